package io.statedesk.app;

import io.statedesk.session.ComponentOpener;
import java.util.concurrent.ExecutorService;

/** The app's package-private parts, for tests that build the window as the app does. */
public final class AppParts {

    private AppParts() {
    }

    public static ComponentOpener componentOpener(ExecutorService executor) {
        return new AppComponentOpener(executor);
    }
}
