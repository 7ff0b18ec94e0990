package io.statedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.ui.shell.MainView;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        new StateDeskApplication().start(stage);
    }

    @Test
    void window_hasTitle_andSaysWhatToDoNext(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("StateDesk");
        Node emptyState = robot.lookup("#" + MainView.EMPTY_STATE_ID).query();
        assertThat(emptyState.isVisible()).isTrue();
        assertThat(robot.lookup(".label").queryAllAs(Label.class))
                .extracting(Label::getText)
                .anySatisfy(text -> assertThat(text).contains("Ctrl+O"));
    }
}
