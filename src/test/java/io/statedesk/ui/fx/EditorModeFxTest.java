package io.statedesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.UiStores;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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

/** The editor's mode follows the key it shows now and the tab's write permission now, never the previous ones. */
@WithTestDatabase
@ExtendWith(ApplicationExtension.class)
class EditorModeFxTest {

    private static DynamoDbClient client;
    private static DaprTables tables;

    @TempDir
    static Path home;

    private Workbench workbench;
    private boolean realAws;

    @BeforeAll
    static void database(DynamoDbClient sharedClient, DaprTables sharedTables) {
        client = sharedClient;
        tables = sharedTables;
    }

    @Start
    void start(Stage stage) {
        String table = UiStores.sampleTable(tables);
        workbench = new Workbench(stage, () -> UiStores.session(client, table, realAws), home);
    }

    private boolean detailsSay(FxRobot robot, String text) {
        return robot.lookup(".label").match(node -> node instanceof Label label && label.isVisible()
                && label.getText() != null && label.getText().contains(text)).tryQuery().isPresent();
    }

    @Test
    void plainJson_afterAnEncryptedValue_isEditable_andNotCalledEncrypted(FxRobot robot) throws Exception {
        workbench.openAndScan();
        WorkbenchRobot user = new WorkbenchRobot(robot, workbench);
        user.open("secure||card");
        assertThat(user.code().isEditable()).isFalse();
        assertThat(detailsSay(robot, "encrypted by daprd")).isTrue();

        user.open("orders||greeting");

        assertThat(user.code().isEditable()).isTrue();
        assertThat(detailsSay(robot, "encrypted by daprd")).isFalse();
    }

    @Test
    void allowingWrites_makesTheOpenKeyEditable_atOnce(FxRobot robot) throws Exception {
        realAws = true;
        org.testfx.api.FxToolkit.setupFixture(workbench.model::openSandbox);
        WorkbenchRobot user = new WorkbenchRobot(robot, workbench);
        user.answer("Scan");
        workbench.waitForScan(20);
        user.open("orders||greeting");
        assertThat(user.code().isEditable()).isFalse();

        robot.clickOn("Allow writes…");
        user.answer("Allow writes");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !user.tab().readOnlyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(user.code().isEditable()).isTrue();
    }
}
