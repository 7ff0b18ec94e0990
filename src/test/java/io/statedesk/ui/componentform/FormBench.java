package io.statedesk.ui.componentform;

import atlantafx.base.theme.PrimerLight;
import io.statedesk.app.AppParts;
import io.statedesk.history.WriteHistory;
import io.statedesk.session.SandboxControl;
import io.statedesk.session.StoreSession;
import io.statedesk.ui.common.FxTaskRunner;
import io.statedesk.ui.common.UiPreferences;
import io.statedesk.ui.conflict.FxConflictDialogs;
import io.statedesk.ui.shell.MainView;
import io.statedesk.ui.shell.MainViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The main window wired as the app wires it (real opener, real connections, real dialogs), for form FX tests. */
final class FormBench {

    final FxTaskRunner runner = new FxTaskRunner();
    final MainViewModel model;
    final MainView view;
    final ComponentFormWindows forms;
    final Scene scene;

    FormBench(Stage stage, Path home, Path defaultFolder, Map<String, String> environment) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SandboxControl noSandbox = new SandboxControl() {
            @Override
            public StoreSession start(boolean replaceLegacy) {
                throw new UnsupportedOperationException("no sandbox in form tests");
            }

            @Override
            public StoreSession reset() {
                throw new UnsupportedOperationException("no sandbox in form tests");
            }

            @Override
            public StoreSession useEndpoint(java.net.URI endpoint) {
                throw new UnsupportedOperationException("no sandbox in form tests");
            }
        };
        FxConflictDialogs dialogs = new FxConflictDialogs(() -> stage);
        model = new MainViewModel(runner, dialogs, AppParts.sessions(runner.executor()), noSandbox,
                new WriteHistory(home.resolve("history.jsonl")), Clock.systemUTC());
        view = new MainView(model, new UiPreferences(home.resolve("ui.properties")), dark -> { });
        String css = FormBench.class.getResource("/io/statedesk/ui/statedesk.css").toExternalForm();
        forms = new ComponentFormWindows(() -> stage, new FormServices(runner, dialogs, AppParts.connections(),
                environment, model::reopen), () -> defaultFolder, css);
        view.setComponentForms(forms);
        scene = new Scene(view.root(), 1100, 760);
        scene.getStylesheets().add(css);
        view.installShortcuts(scene);
        stage.setScene(scene);
        stage.setTitle("StateDesk");
        stage.show();
    }

    ComponentFormWindow onlyForm() {
        return forms.open().get(forms.open().size() - 1);
    }
}
