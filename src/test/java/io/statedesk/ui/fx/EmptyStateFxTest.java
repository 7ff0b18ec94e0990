package io.statedesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.ui.shell.MainView;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Before any component is open, the window says what to do next and offers both ways in. */
@ExtendWith(ApplicationExtension.class)
class EmptyStateFxTest {

    @TempDir
    static Path home;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new Workbench(stage, () -> {
            throw new AssertionError("nothing is opened in this test");
        }, home);
    }

    @Test
    void window_hasTitle_andSaysWhatToDoNext(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("StateDesk");
        Node emptyState = robot.lookup("#" + MainView.EMPTY_STATE_ID).query();
        assertThat(emptyState.isVisible()).isTrue();
        assertThat(robot.from(emptyState).lookup(".label").queryAllAs(Label.class))
                .extracting(Label::getText)
                .anySatisfy(text -> assertThat(text).contains("Ctrl+O").contains("sandbox"));
        assertThat(robot.from(emptyState).lookup(".button").queryAllAs(Button.class))
                .extracting(Button::getText)
                .containsExactly("Open component…", "Open sandbox");
    }
}
