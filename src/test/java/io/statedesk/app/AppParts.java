package io.statedesk.app;

import io.statedesk.session.ComponentConnections;
import io.statedesk.session.ConnectionTests;
import io.statedesk.session.Sessions;
import java.util.concurrent.ExecutorService;

/** The session layer as the app builds it, for tests that build the window as the app does. */
public final class AppParts {

    private AppParts() {
    }

    public static Sessions sessions(ExecutorService executor) {
        return AppSessions.sessions(AppSessions.context(), executor);
    }

    public static ComponentConnections connections() {
        return new ConnectionTests(AppSessions.context());
    }
}
