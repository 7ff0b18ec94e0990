package io.statedesk.app;

import io.statedesk.component.settings.StateDeskSettings;
import io.statedesk.folders.AppFolders;

/** The window reads the same settings file as the command line: one policy for "local", one set of limits. */
final class AppSettings {

    private AppSettings() {
    }

    static StateDeskSettings load() {
        return StateDeskSettings.load(StateDeskSettings.location(System.getenv(),
                AppFolders.current().configFile(StateDeskSettings.FILE_NAME).getParent()));
    }
}
