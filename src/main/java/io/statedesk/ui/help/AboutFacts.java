package io.statedesk.ui.help;

import io.statedesk.build.BuildInfo;
import io.statedesk.folders.AppFolders;
import io.statedesk.logging.LogFiles;
import java.nio.file.Path;

/**
 * What Help > About and a problem report say about this copy of StateDesk.
 *
 * @param build      when the jar was built
 * @param javaFx     the JavaFX runtime's version (the build's when the toolkit has not said)
 * @param logFile    this window's log file
 */
public record AboutFacts(String version, String build, String java, String javaFx, String os, Path config,
                         Path data, Path logs, Path logFile) {

    /** This process: the build's facts, the running Java and OS, the folders in use. */
    public static AboutFacts current(AppFolders folders) {
        return new AboutFacts(BuildInfo.version(), BuildInfo.buildTime(),
                System.getProperty("java.runtime.version", System.getProperty("java.version")) + " ("
                        + System.getProperty("java.vendor", "unknown vendor") + ")",
                System.getProperty("javafx.runtime.version", BuildInfo.javaFxVersion()),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")",
                folders.config(), folders.data(), LogFiles.folder(), LogFiles.current());
    }
}
