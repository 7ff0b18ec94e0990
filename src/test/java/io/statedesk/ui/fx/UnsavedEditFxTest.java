package io.statedesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.RawItems;
import io.statedesk.ui.UiStores;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** An unsaved edit is never lost without asking: closing its tab and quitting ask Save / Discard / Cancel. */
@WithTestDatabase
@ExtendWith(ApplicationExtension.class)
class UnsavedEditFxTest {

    private static DynamoDbClient client;
    private static DaprTables tables;

    @TempDir
    static Path home;

    private Workbench workbench;
    private RawItems raw;
    private Stage stage;

    @BeforeAll
    static void database(DynamoDbClient sharedClient, DaprTables sharedTables) {
        client = sharedClient;
        tables = sharedTables;
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        String table = UiStores.sampleTable(tables);
        raw = new RawItems(client, table);
        workbench = new Workbench(stage, () -> UiStores.session(client, table, false), home);
    }

    private WorkbenchRobot editing(FxRobot robot, String key, String text) throws Exception {
        workbench.openAndScan();
        WorkbenchRobot user = new WorkbenchRobot(robot, workbench);
        user.open(key);
        user.replaceValue(text);
        return user;
    }

    private void closeTab(FxRobot robot) {
        Node close = robot.lookup(".tab-close-button").query();
        robot.clickOn(close);
    }

    @Test
    void closingTheTab_asks_andCancelKeepsTheTabAndTheEdit(FxRobot robot) throws Exception {
        WorkbenchRobot user = editing(robot, "orders||greeting", "\"unsaved\"");

        closeTab(robot);
        DialogPane question = user.dialog();
        assertThat(question.getButtonTypes()).extracting(b -> b.getText())
                .contains("Save", "Discard", "Cancel");
        robot.clickOn(user.button(question, "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workbench.model.tabs()).hasSize(1);
        assertThat(user.code().getText()).isEqualTo("\"unsaved\"");
    }

    @Test
    void closingTheTab_save_writesTheEdit_thenCloses(FxRobot robot) throws Exception {
        WorkbenchRobot user = editing(robot, "orders||greeting", "\"saved on close\"");

        closeTab(robot);
        robot.clickOn(user.button(user.dialog(), "Save"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.model.tabs().isEmpty());

        assertThat(raw.get("orders||greeting").get("value").s()).isEqualTo("\"saved on close\"");
    }

    @Test
    void closingTheTab_discard_closesWithoutWriting(FxRobot robot) throws Exception {
        String etag = raw.etag("orders||greeting");
        WorkbenchRobot user = editing(robot, "orders||greeting", "\"dropped\"");

        closeTab(robot);
        robot.clickOn(user.button(user.dialog(), "Discard"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.model.tabs().isEmpty());

        assertThat(raw.etag("orders||greeting")).isEqualTo(etag);
    }

    @Test
    void ctrlQ_withAnUnsavedEdit_asks_andCancelKeepsTheWindow(FxRobot robot) throws Exception {
        WorkbenchRobot user = editing(robot, "orders||greeting", "\"unsaved\"");

        robot.clickOn(user.code());
        user.pressCtrl(KeyCode.Q);
        robot.clickOn(user.button(user.dialog(), "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.isShowing()).isTrue();
        assertThat(user.code().getText()).isEqualTo("\"unsaved\"");
    }

    @Test
    void closingTheWindow_withAnUnsavedEdit_asks_andSaveWritesBeforeClosing(FxRobot robot) throws Exception {
        WorkbenchRobot user = editing(robot, "orders||greeting", "\"saved on quit\"");

        // not through interact: the question is a nested event loop, which interact would wait for
        javafx.application.Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage,
                WindowEvent.WINDOW_CLOSE_REQUEST)));
        DialogPane question = user.dialog();
        assertThat(stage.isShowing()).isTrue();
        robot.clickOn(user.button(question, "Save"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());

        assertThat(raw.get("orders||greeting").get("value").s()).isEqualTo("\"saved on quit\"");
    }

    @Test
    void switchingKeys_withAnUnsavedEdit_offersSave(FxRobot robot) throws Exception {
        WorkbenchRobot user = editing(robot, "orders||greeting", "\"saved on switch\"");

        robot.clickOn(user.row("orders||order-1001"));
        robot.clickOn(user.button(user.dialog(), "Save"));
        user.waitUntilOpen("orders||order-1001");

        assertThat(raw.get("orders||greeting").get("value").s()).isEqualTo("\"saved on switch\"");
    }
}
