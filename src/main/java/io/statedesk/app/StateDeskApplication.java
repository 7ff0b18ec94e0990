package io.statedesk.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.statedesk.component.ComponentLoader;
import io.statedesk.build.BuildInfo;
import io.statedesk.history.WriteHistory;
import io.statedesk.ui.help.AboutFacts;
import io.statedesk.ui.help.FxDesktop;
import io.statedesk.ui.help.HelpMenu;
import io.statedesk.ui.help.HelpViewModel;
import io.statedesk.folders.AppFolders;
import io.statedesk.sandbox.Sandbox;
import io.statedesk.session.ConnectionTests;
import io.statedesk.session.SessionContext;
import io.statedesk.ui.common.FxTaskRunner;
import io.statedesk.ui.common.UiPreferences;
import io.statedesk.ui.componentform.ComponentFormWindows;
import io.statedesk.ui.conflict.FxConflictDialogs;
import io.statedesk.ui.componentform.FormServices;
import io.statedesk.ui.shell.MainView;
import io.statedesk.ui.shell.MainViewModel;
import io.statedesk.ui.shell.WindowGeometry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: the composition root of the window. With no argument it opens the sandbox; with a path it
 * opens that component file or folder.
 */
public final class StateDeskApplication extends Application {

    public static final String TITLE = "StateDesk";

    private FxTaskRunner taskRunner;
    private AppSandbox sandbox;
    private UiPreferences preferences;
    private MainViewModel model;
    private MainView view;

    @Override
    public void start(Stage stage) {
        start(stage, getParameters() == null ? List.of() : getParameters().getRaw());
    }

    /** Builds and shows the window; {@code args} as on the command line. */
    public void start(Stage stage, List<String> args) {
        AppFolders folders = AppFolders.current();
        preferences = new UiPreferences(folders.configFile("ui.properties"));
        applyTheme(preferences.flag("theme.dark"));
        taskRunner = new FxTaskRunner();
        sandbox = new AppSandbox(Sandbox.defaultFolder(), taskRunner.executor());
        SessionContext sessions = AppSessions.context();
        WriteHistory history = new WriteHistory(folders.dataFile("history.jsonl"));
        model = new MainViewModel(taskRunner, new FxConflictDialogs(() -> stage,
                url -> getHostServices().showDocument(url)), AppSessions.sessions(sessions, taskRunner.executor()),
                sandbox, history, Clock.systemDefaultZone());
        view = new MainView(model, preferences, StateDeskApplication::applyTheme);
        view.addMenu(HelpMenu.create(new HelpViewModel(AboutFacts.current(folders), BuildInfo.thirdPartyInventory(),
                history, taskRunner, model.dialogs(), new FxDesktop(url -> getHostServices().showDocument(url)),
                Path.of(System.getProperty("user.home"))), () -> stage));
        Scene scene = new Scene(view.root());
        String css = StateDeskApplication.class.getResource("/io/statedesk/ui/statedesk.css").toExternalForm();
        scene.getStylesheets().add(css);
        ComponentFormWindows forms = new ComponentFormWindows(() -> stage, new FormServices(taskRunner,
                model.dialogs(), new ConnectionTests(sessions), System.getenv(), model::reopen,
                () -> model.profileProperty().get() == null ? null : model.profileProperty().get().profileOrNull()),
                ComponentLoader::defaultFolder, css);
        view.setComponentForms(forms);
        // Closing the window asks about unsaved edits (component forms, then tabs); Cancel keeps it open.
        view.installWindowHandling(stage);
        view.installShortcuts(scene);
        stage.setTitle(TITLE);
        stage.getIcons().add(new Image(StateDeskApplication.class.getResource("/io/statedesk/icons/statedesk-256.png")
                .toExternalForm()));
        stage.setScene(scene);
        WindowGeometry.restore(stage, preferences);
        WindowGeometry.track(stage, preferences);
        stage.setOnHiding(event -> preferences.save());
        stage.show();
        Instant processStart = StartupTimeline.processStart();
        if (processStart != null) {
            StartupTimeline timeline = new StartupTimeline(Instant::now, processStart,
                    LoggerFactory.getLogger(StateDeskApplication.class)::info);
            timeline.windowShown();
            timeline.watch(model.tabs());
        }
        model.loadProfiles();
        // The sandbox (or the component) opens in the background: the window is there at once.
        List<String> paths = args.stream().filter(arg -> !arg.startsWith("-")).toList();
        if (paths.isEmpty()) {
            model.openSandbox();
        } else {
            paths.forEach(path -> model.open(Path.of(path)));
        }
    }

    public MainViewModel model() {
        return model;
    }

    public MainView view() {
        return view;
    }

    @Override
    public void stop() {
        if (model != null) {
            List.copyOf(model.tabs()).forEach(tab -> tab.session().close());
        }
        if (sandbox != null) {
            sandbox.close();
        }
        if (taskRunner != null) {
            taskRunner.close();
        }
    }

    static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
