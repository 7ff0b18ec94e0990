package io.statedesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.session.StoreSession;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.editor.ValueEditorView;
import io.statedesk.ui.shell.WindowGeometry;
import io.statedesk.ui.workspace.StoreTabView;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** At the window's minimum size, with messages showing, every pane keeps a usable size. */
@WithTestDatabase
@ExtendWith(ApplicationExtension.class)
class SmallWindowFxTest {

    private static DynamoDbClient client;
    private static DaprTables tables;

    @TempDir
    static Path home;

    private Workbench workbench;
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
        // a sandbox tab: its banner is the longest line above the panes
        workbench = new Workbench(stage, () -> new StoreSession("Sandbox · statestore", "http://127.0.0.1:45123",
                false, true, UiStores.configFor(table), config -> UiStores.store(client, config))
                .describedAs("dynoxide 3.2.0, a local DynamoDB emulator", ""), home);
        stage.setWidth(WindowGeometry.MIN_WIDTH);
        stage.setHeight(WindowGeometry.MIN_HEIGHT);
    }

    @Test
    void aDividerTheUserDrags_isRemembered(FxRobot robot) throws Exception {
        workbench.openAndScan();
        robot.interact(() -> {
            stage.setWidth(1200);
            stage.setHeight(800);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node divider = robot.from(workbench.view.currentView().tableAndEditor()).lookup(".split-pane-divider").query();

        robot.drag(divider).dropBy(0, 60);

        assertThat(workbench.preferences.number("divider.editor", -1)).isCloseTo(
                workbench.view.currentView().tableAndEditor().getDividerPositions()[0],
                org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void atTheMinimumSize_messagesLeaveTheValueAndSaveUsable(FxRobot robot) throws Exception {
        workbench.openAndScan();
        WorkbenchRobot user = new WorkbenchRobot(robot, workbench);
        user.open("orders||greeting");
        user.replaceValue("{\"a\": 1, \"a\": 2,");
        robot.interact(() -> user.tab().editor().ttlProperty().set("whenever it suits the operations team best"));
        robot.clickOn(user.code());
        user.pressCtrl(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(user.tab().editor().errorProperty().get()).isNotEmpty();
        assertThat(user.tab().editor().warningProperty().get()).isNotEmpty();
        robot.interact(() -> Screenshots.save(stage.getScene(), "small-window"));

        assertThat(user.code().getHeight()).as("height of the value").isGreaterThanOrEqualTo(
                ValueEditorView.MIN_CODE_HEIGHT);
        Node save = robot.lookup("#" + ValueEditorView.SAVE_ID).query();
        Bounds inScene = save.localToScene(save.getBoundsInLocal());
        assertThat(inScene.getMaxY()).as("bottom of Save").isLessThanOrEqualTo(stage.getScene().getHeight());
        assertThat(user.table().getHeight()).as("height of the key table").isGreaterThanOrEqualTo(StoreTabView.MIN_TABLE_HEIGHT);
        assertThat(workbench.preferences.number("divider.editor", -1)).as("a divider moved by a small window is not"
                + " remembered").isEqualTo(-1);
        Node status = robot.lookup("#" + StoreTabView.STATUS_ID).query();
        assertThat(status.localToScene(status.getBoundsInLocal()).getMaxY()).as("bottom of the status line")
                .isLessThanOrEqualTo(stage.getScene().getHeight());
    }
}
