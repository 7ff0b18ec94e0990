package io.statedesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.workspace.StoreTabView;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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

/** F5 that fails keeps what was listed, says it may be out of date, and says why. */
@WithTestDatabase
@ExtendWith(ApplicationExtension.class)
class RefreshFailureFxTest {

    private static DynamoDbClient client;
    private static DaprTables tables;

    @TempDir
    static Path home;

    private Workbench workbench;
    private String table;

    @BeforeAll
    static void database(DynamoDbClient sharedClient, DaprTables sharedTables) {
        client = sharedClient;
        tables = sharedTables;
    }

    @Start
    void start(Stage stage) {
        table = UiStores.sampleTable(tables);
        workbench = new Workbench(stage, () -> UiStores.session(client, table, false), home);
    }

    @Test
    void f5_thatFails_keepsTheKeys_markedStale(FxRobot robot) throws Exception {
        workbench.openAndScan();
        WorkbenchRobot user = new WorkbenchRobot(robot, workbench);
        int listed = user.table().getItems().size();
        client.deleteTable(b -> b.tableName(table));

        robot.clickOn(user.table());
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !user.tab().keys().errorProperty().get().isEmpty());
        workbench.waitForIdle();

        assertThat(user.table().getItems()).hasSize(listed);
        assertThat(robot.lookup("#" + StoreTabView.STATUS_ID).queryAs(Label.class).getText())
                .startsWith("Refresh failed: showing the " + listed + " keys of the last scan");
        assertThat(robot.lookup("#" + StoreTabView.SCAN_ERROR_ID).queryAs(Label.class).getText()).isNotBlank();
    }
}
