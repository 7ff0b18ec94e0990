package io.statedesk.app;

import io.statedesk.component.settings.StateDeskSettings;
import io.statedesk.folders.AppFolders;
import io.statedesk.session.DefaultSessions;
import io.statedesk.session.KubeClusters;
import io.statedesk.session.SessionContext;
import io.statedesk.session.Sessions;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;

/** The window's session layer: this process's environment, the user's home and the settings file the CLI reads too. */
public final class AppSessions {

    private AppSessions() {
    }

    public static SessionContext context() {
        return SessionContext.standard(System.getenv(), home(), StateDeskSettings.load(
                StateDeskSettings.location(System.getenv(),
                        AppFolders.current().configFile(StateDeskSettings.FILE_NAME).getParent())));
    }

    /** Opens components over the given context, with the user's Kubernetes clusters. */
    public static Sessions sessions(SessionContext context, ExecutorService executor) {
        return new DefaultSessions(context, executor, KubeClusters.standard(System.getenv(), home()));
    }

    private static Path home() {
        return Path.of(System.getProperty("user.home"));
    }
}
