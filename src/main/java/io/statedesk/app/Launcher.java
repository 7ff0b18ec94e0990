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
        String noWindow = CommandLineMain.whyNoWindow(System.getenv());
        if (noWindow != null) {
            // JavaFX would fail with a stack trace; say it in one line, with what to do.
            System.exit(CommandLineMain.refuse(noWindow));
        }
        Application.launch(StateDeskApplication.class, args);
    }
}
