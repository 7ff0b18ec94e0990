package io.statedesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.app.StateDeskApplication;
import io.statedesk.folders.AppFolders;
import io.statedesk.sandbox.SampleState;
import io.statedesk.ui.keys.KeyRow;
import io.statedesk.ui.keys.KeyTableView;
import io.statedesk.ui.workspace.StoreTabView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** The app as `./mvnw javafx:run` starts it: no component given, so the sandbox opens with sample state. */
@ExtendWith(ApplicationExtension.class)
class SandboxFxTest {

    @TempDir
    static Path home;

    private StateDeskApplication app;

    @BeforeAll
    static void isolatedAppData() {
        System.setProperty(AppFolders.OVERRIDE_PROPERTY, home.toString());
    }

    @AfterAll
    static void restoreAppData() {
        System.clearProperty(AppFolders.OVERRIDE_PROPERTY);
    }

    @Start
    void start(Stage stage) {
        app = new StateDeskApplication();
        app.start(stage, List.of());
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void noComponentGiven_opensTheSandbox_withSampleState_andABanner(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !app.model().tabs().isEmpty()
                && !app.model().tabs().get(0).keys().scanningProperty().get()
                && app.model().tabs().get(0).keys().loadedProperty().get() > 0);
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TableView<KeyRow> table = robot.lookup("#" + KeyTableView.TABLE_ID).queryAs(TableView.class);
        assertThat(table.getItems()).extracting(KeyRow::storedKey)
                .contains("orders||greeting", "billing||OrderActor||o-77||status", "legacy||profile",
                        "shipping||" + SampleState.WORKFLOW_ACTOR + "||ship-9f2c||history-000000");
        assertThat(table.getItems().size()).isGreaterThan(SampleState.INVENTORY_ITEMS);
        Label banner = robot.lookup("#" + StoreTabView.SANDBOX_BANNER_ID).queryAs(Label.class);
        assertThat(banner.getText()).contains("Sandbox").contains("http://127.0.0.1:")
                .contains("dynoxide").contains("local DynamoDB emulator");
        assertThat(Files.readString(home.resolve("sandbox/components/statestore.yaml")))
                .contains("state.aws.dynamodb").contains("dapr-state");
        robot.interact(() -> {
            KeyRow row = table.getItems().stream().filter(r -> r.storedKey().equals("orders||order-1004"))
                    .findFirst().orElseThrow();
            table.getSelectionModel().select(row);
            table.scrollTo(Math.max(0, table.getItems().indexOf(row) - 3));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> app.model().tabs().get(0).editor().itemProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(table.getScene(), "main-window"));

        robot.interact(() -> {
            KeyRow row = table.getItems().stream().filter(r -> r.storedKey().equals("orders||exact")).findFirst()
                    .orElseThrow();
            table.getSelectionModel().select(row);
            table.scrollTo(Math.max(0, table.getItems().indexOf(row) - 3));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "orders||exact".equals(
                app.model().tabs().get(0).editor().itemProperty().get().key().stored()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(table.getScene(), "editor"));
    }
}
