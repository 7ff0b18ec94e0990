package io.statedesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.app.StateDeskApplication;
import io.statedesk.folders.AppFolders;
import io.statedesk.ui.common.UiPreferences;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The app's window opens where and as large as it was left, and says so again when it closes. */
@ExtendWith(ApplicationExtension.class)
class WindowGeometryFxTest {

    @TempDir
    static Path home;

    private StateDeskApplication app;
    private Stage stage;

    @BeforeAll
    static void isolatedAppData() {
        System.setProperty(AppFolders.OVERRIDE_PROPERTY, home.toString());
        UiPreferences preferences = new UiPreferences(home.resolve("ui.properties"));
        preferences.setNumber("window.x", 40);
        preferences.setNumber("window.y", 30);
        preferences.setNumber("window.width", 1000);
        preferences.setNumber("window.height", 700);
        preferences.setFlag("window.maximized", false);
        preferences.save();
    }

    @AfterAll
    static void restoreAppData() {
        System.clearProperty(AppFolders.OVERRIDE_PROPERTY);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setMaximized(false);
        app = new StateDeskApplication();
        app.start(stage, List.of());
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void opensAtTheRememberedSizeAndPlace_andRemembersTheNextOnClose(FxRobot robot) throws Exception {
        assertThat(stage.getX()).isEqualTo(40);
        assertThat(stage.getY()).isEqualTo(30);
        assertThat(stage.getWidth()).isEqualTo(1000);
        assertThat(stage.getHeight()).isEqualTo(700);

        robot.interact(() -> {
            stage.setX(60);
            stage.setWidth(1100);
            stage.setMaximized(true);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !app.model().tabs().isEmpty());
        robot.interact(() -> app.view().quit());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());

        UiPreferences saved = new UiPreferences(home.resolve("ui.properties"));
        assertThat(saved.number("window.x", 0)).isEqualTo(60);
        assertThat(saved.number("window.width", 0)).isEqualTo(1100);
        assertThat(saved.flag("window.maximized")).isTrue();
    }
}
