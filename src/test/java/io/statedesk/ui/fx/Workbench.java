package io.statedesk.ui.fx;

import atlantafx.base.theme.PrimerLight;
import io.statedesk.history.WriteHistory;
import io.statedesk.session.ComponentChoice;
import io.statedesk.session.PreparedComponent;
import io.statedesk.session.SandboxControl;
import io.statedesk.session.Sessions;
import io.statedesk.session.StoreSession;
import io.statedesk.ui.common.FxTaskRunner;
import io.statedesk.ui.common.UiPreferences;
import io.statedesk.ui.conflict.FxConflictDialogs;
import io.statedesk.ui.shell.MainView;
import io.statedesk.ui.shell.MainViewModel;
import io.statedesk.ui.workspace.StoreTabView;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, wired as the app wires it, around one store session: for TestFX tests. */
public final class Workbench {

    public final MainViewModel model;
    public final MainView view;
    /** The window's I/O threads, watched so that a test can wait until no read or write is left in flight. */
    private final ThreadPoolExecutor io = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "workbench-io");
                thread.setDaemon(true);
                return thread;
            });
    public final FxTaskRunner runner = new FxTaskRunner(io);
    public final Scene scene;
    public final UiPreferences preferences;

    public Workbench(Stage stage, Supplier<StoreSession> session, Path home) {
        this(stage, session, home, null);
    }

    /** With {@code components} null, opening component files is not part of the test. */
    public Workbench(Stage stage, Supplier<StoreSession> session, Path home, Sessions components) {
        retirePrevious();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SandboxControl sandbox = new SandboxControl() {
            @Override
            public StoreSession start(boolean replaceLegacy) {
                return session.get();
            }

            @Override
            public StoreSession reset() {
                return session.get();
            }

            @Override
            public StoreSession useEndpoint(java.net.URI endpoint) {
                return session.get();
            }
        };
        Sessions opener = components != null ? components : new Sessions() {
            @Override
            public PreparedComponent prepare(ComponentChoice choice, String profile) {
                throw new UnsupportedOperationException("not used in this test");
            }

            @Override
            public String createTable(PreparedComponent component) {
                throw new UnsupportedOperationException("not used in this test");
            }

            @Override
            public List<ComponentChoice> list(Path fileOrFolder) {
                return List.of();
            }

            @Override
            public StoreSession open(PreparedComponent component) {
                throw new UnsupportedOperationException("not used in this test");
            }

            @Override
            public List<io.statedesk.session.AwsProfileChoice> profiles() {
                return List.of();
            }

            @Override
            public java.util.Optional<io.statedesk.session.SignInNeed> signInNeeded(PreparedComponent component) {
                return java.util.Optional.empty();
            }

            @Override
            public void signIn(String profile, io.statedesk.session.SignInPrompt prompt,
                    java.util.function.BooleanSupplier cancelled) {
                throw new UnsupportedOperationException("not used in this test");
            }
        };
        model = new MainViewModel(runner, new FxConflictDialogs(() -> stage), opener, sandbox,
                new WriteHistory(home.resolve("history.jsonl")), Clock.systemUTC());
        preferences = new UiPreferences(home.resolve("ui.properties"));
        view = new MainView(model, preferences, dark -> { });
        scene = new Scene(view.root(), 1280, 800);
        scene.getStylesheets().add(Workbench.class.getResource("/io/statedesk/ui/statedesk.css").toExternalForm());
        view.installShortcuts(scene);
        view.installWindowHandling(stage);
        stage.setScene(scene);
        stage.setTitle("StateDesk");
        stage.show();
        previous = this;
    }

    /** The window of the test before, on the same stage (TestFX reuses it). */
    private static Workbench previous;

    /**
     * Takes the last test's window out of its scene: a tab's timers (auto-refresh) run while its view is in a scene,
     * and a scene the stage no longer shows would keep them reading keys through the rest of the suite.
     */
    private static void retirePrevious() {
        if (previous != null) {
            previous.scene.setRoot(new javafx.scene.Group());
            previous = null;
        }
    }

    /** Opens the session in a tab and waits until its first scan is done. */
    public StoreTabView openAndScan() throws Exception {
        return openAndScanWithin(20);
    }

    public StoreTabView openAndScanWithin(int seconds) throws Exception {
        org.testfx.api.FxToolkit.setupFixture(model::openSandbox);
        return waitForScan(seconds);
    }

    /** Waits until the open tab's scan is done and has loaded keys. */
    public StoreTabView waitForScan(int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> view.currentView() != null
                && !view.currentView().model().keys().scanningProperty().get()
                && view.currentView().model().keys().loadedProperty().get() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        return view.currentView();
    }

    /**
     * Waits until no background work of the window is running and the UI thread has taken its results: what a
     * read or write started by a click has done by then is all it will do.
     */
    public void waitForIdle() throws Exception {
        for (int round = 0; round < 3; round++) {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> io.getActiveCount() == 0);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
