package io.statedesk.app;

import io.statedesk.build.BuildInfo;
import io.statedesk.cli.CommandLineMain;
import io.statedesk.cli.ExitCodes;
import io.statedesk.cli.HelpPages;
import io.statedesk.component.aws.ClientWarmUp;
import io.statedesk.folders.AppFolders;
import io.statedesk.logging.LogFiles;
import java.util.Arrays;
import javafx.application.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of the jar and of the installed app. It is deliberately not an {@link Application}: a subcommand
 * runs the headless command line without ever starting the JavaFX toolkit.
 */
public final class Launcher {

    private Launcher() {
    }

    /** SLF4J's own provider that drops everything: chosen before any logger exists, so logback never starts. */
    private static final String NO_LOGGING = "org.slf4j.helpers.NOP_FallbackServiceProvider";

    public static void main(String[] args) {
        boolean commandLine = CommandLineMain.isCommandLine(args);
        if (commandLine && CommandLineMain.onlyPrintsInformation(args)) {
            if (HelpPages.printIfStored(args, System.out)) {
                System.exit(ExitCodes.OK);
            }
            // --help, --version, completion: nothing to log, and starting logback took 180 of --help's 650 ms.
            System.setProperty("slf4j.provider", NO_LOGGING);
            System.setProperty("slf4j.internal.verbosity", "WARN"); // else SLF4J says on stderr which one it took
            System.exit(CommandLineMain.run(args));
        }
        LogFiles.prepare(commandLine, Arrays.asList(args).contains("--debug"));
        if (!commandLine || CommandLineMain.reachesAStore(args)) {
            // The SDK's classes load on the other core while this one starts the window or reads the component.
            ClientWarmUp.startInBackground();
        }
        Logger log = LoggerFactory.getLogger(Launcher.class);
        log.info("StateDesk {} ({}), Java {} ({}), JavaFX {}, {} {}; folders {}", BuildInfo.version(),
                commandLine ? "command line" : "window", System.getProperty("java.runtime.version"),
                System.getProperty("java.vendor"), BuildInfo.javaFxVersion(), System.getProperty("os.name"),
                System.getProperty("os.arch"), AppFolders.current());
        Thread.UncaughtExceptionHandler printing = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            // Into the log file too: a desktop user never sees stderr.
            log.error("Uncaught on thread {}", thread.getName(), error);
            if (printing != null) {
                printing.uncaughtException(thread, error);
            } else {
                thread.getThreadGroup().uncaughtException(thread, error);
            }
        });
        if (commandLine) {
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
