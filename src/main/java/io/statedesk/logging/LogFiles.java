package io.statedesk.logging;

import io.statedesk.folders.AppFolders;
import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The log file of this process: {@code statedesk.log} for the window, {@code statedesk-cli.log} for the command line
 * (two front ends may run at once, and each rotates its own file), in the log folder. Set by the launcher before
 * anything logs; tests point {@link #FOLDER_PROPERTY} at their target folder.
 */
public final class LogFiles {

    /** The log folder, instead of the OS's (tests; the property is read when logging starts). */
    public static final String FOLDER_PROPERTY = "statedesk.logs";
    /** {@code window} or {@code cli}. */
    public static final String FRONT_END_PROPERTY = "statedesk.log.frontend";
    /** true raises StateDesk's and the AWS SDK's loggers to DEBUG ({@code --debug}). */
    public static final String DEBUG_PROPERTY = "statedesk.log.debug";

    private LogFiles() {
    }

    /** Called by the launcher before the first logger exists. */
    public static void prepare(boolean commandLine, boolean debug) {
        System.setProperty(FRONT_END_PROPERTY, commandLine ? "cli" : "window");
        if (debug) {
            System.setProperty(DEBUG_PROPERTY, "true");
        }
    }

    /**
     * Raises StateDesk's and the AWS SDK's loggers to DEBUG, or puts them back, in a running process (the launcher
     * sets {@link #DEBUG_PROPERTY} before logging starts instead).
     */
    public static void debug(boolean on) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            LogConfigurator.levels(context, on);
        }
    }

    public static Path folder() {
        String folder = System.getProperty(FOLDER_PROPERTY);
        return folder != null && !folder.isBlank() ? Path.of(folder) : AppFolders.current().logs();
    }

    public static Path current() {
        String frontEnd = System.getProperty(FRONT_END_PROPERTY, "window");
        return folder().resolve(frontEnd.equals("cli") ? "statedesk-cli.log" : "statedesk.log");
    }
}
