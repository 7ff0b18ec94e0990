package io.statedesk.app;

import atlantafx.base.theme.PrimerLight;
import io.statedesk.ui.common.FxTaskRunner;
import io.statedesk.ui.shell.MainView;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: the composition root of the window. It builds, it does not decide. */
public final class StateDeskApplication extends Application {

    public static final String TITLE = "StateDesk";

    private FxTaskRunner taskRunner;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        taskRunner = new FxTaskRunner();
        MainView view = new MainView();
        Scene scene = new Scene(view.root(), 1200, 760);
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.show();
    }

    @Override
    public void stop() {
        if (taskRunner != null) {
            taskRunner.close();
        }
    }
}
