package io.statedesk.app;

import io.statedesk.cli.CommandLineMain;
import javafx.application.Application;

/**
 * The entry point of the jar and of the installed app. It is deliberately not an {@link Application}: a subcommand
 * runs the headless command line without ever starting the JavaFX toolkit.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (CommandLineMain.isCommandLine(args)) {
            System.exit(CommandLineMain.run(args));
        }
        Application.launch(StateDeskApplication.class, args);
    }
}
