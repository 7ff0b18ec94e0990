package io.statedesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.history.WriteHistory;
import io.statedesk.history.WriteRecord;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.RawItems;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.workspace.StoreTabView;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
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

/** Nothing is written that the user did not ask for, and the safe answer is the one a stray key press gives. */
@WithTestDatabase
@ExtendWith(ApplicationExtension.class)
class WriteSafetyFxTest {

    private static DynamoDbClient client;
    private static DaprTables tables;

    @TempDir
    static Path home;

    private Workbench workbench;
    private RawItems raw;
    private String table;
    private boolean realAws;

    @BeforeAll
    static void database(DynamoDbClient sharedClient, DaprTables sharedTables) {
        client = sharedClient;
        tables = sharedTables;
    }

    @Start
    void start(Stage stage) {
        table = UiStores.sampleTable(tables);
        raw = new RawItems(client, table);
        workbench = new Workbench(stage, () -> UiStores.session(client, table, realAws), home);
    }

    private WorkbenchRobot scanned(FxRobot robot) throws Exception {
        workbench.openAndScan();
        return new WorkbenchRobot(robot, workbench);
    }

    /** A component on real AWS: read-only, and its first scan asks first. */
    private WorkbenchRobot scannedOnAws(FxRobot robot) throws Exception {
        realAws = true;
        org.testfx.api.FxToolkit.setupFixture(workbench.model::openSandbox);
        WorkbenchRobot user = new WorkbenchRobot(robot, workbench);
        user.answer("Scan");
        workbench.waitForScan(20);
        return user;
    }

    private java.util.List<WriteRecord> history(String key) {
        return new WriteHistory(home.resolve("history.jsonl")).forKey(table, key);
    }

    @Test
    void ctrlS_withNothingChanged_writesNothing(FxRobot robot) throws Exception {
        WorkbenchRobot user = scanned(robot);
        String etag = raw.etag("orders||greeting");
        user.open("orders||greeting");

        robot.clickOn(user.code());
        user.pressCtrl(KeyCode.S);
        workbench.waitForIdle();

        assertThat(raw.etag("orders||greeting")).isEqualTo(etag);
        assertThat(history("orders||greeting")).isEmpty();
    }

    @Test
    void ctrlS_afterAllowWrites_withNothingChanged_writesNothing(FxRobot robot) throws Exception {
        WorkbenchRobot user = scannedOnAws(robot);
        String etag = raw.etag("orders||greeting");
        user.open("orders||greeting");
        robot.clickOn("Allow writes…");
        user.answer("Allow writes");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !user.tab().readOnlyProperty().get());

        robot.clickOn(user.code());
        user.pressCtrl(KeyCode.S);
        workbench.waitForIdle();

        assertThat(raw.etag("orders||greeting")).isEqualTo(etag);
        assertThat(history("orders||greeting")).isEmpty();
    }

    @Test
    void enter_inTheDeleteConfirmation_deletesNothing(FxRobot robot) throws Exception {
        WorkbenchRobot user = scanned(robot);
        user.open("orders||order-1005");

        robot.interact(() -> user.table().requestFocus());
        robot.type(KeyCode.DELETE);
        user.dialog();
        robot.type(KeyCode.ENTER);
        workbench.waitForIdle();

        assertThat(raw.get("orders||order-1005")).isNotEmpty();
        WorkbenchRobot.assertNoDialog(robot);
    }

    @Test
    void enter_inTheAllowWritesConfirmation_keepsTheComponentReadOnly(FxRobot robot) throws Exception {
        WorkbenchRobot user = scannedOnAws(robot);

        robot.clickOn("Allow writes…");
        user.dialog();
        robot.type(KeyCode.ENTER);
        workbench.waitForIdle();

        assertThat(user.tab().readOnlyProperty().get()).isTrue();
        WorkbenchRobot.assertNoDialog(robot);
    }

    @Test
    void escape_inTheFilterField_keepsTheEdit(FxRobot robot) throws Exception {
        WorkbenchRobot user = scanned(robot);
        user.open("orders||greeting");
        user.replaceValue("\"my edit\"");

        robot.clickOn("#" + StoreTabView.CONTAINS_FIELD_ID).write("ord");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(user.code().getText()).isEqualTo("\"my edit\"");
        assertThat(user.tab().editor().dirtyProperty().get()).isTrue();
    }

    @Test
    void newKey_isWrittenOnlyOnSave_withFirstWrite(FxRobot robot) throws Exception {
        WorkbenchRobot user = scanned(robot);

        robot.clickOn("New key");
        DialogPane dialog = user.dialog();
        robot.clickOn(field(robot, dialog, "app id")).write("orders");
        robot.clickOn(field(robot, dialog, "key,")).write("order-9001");
        robot.clickOn(user.button(dialog, "Create"));
        workbench.waitForIdle();

        assertThat(raw.get("orders||order-9001")).as("written before Save").isEmpty();
        assertThat(user.openKey()).isEqualTo("orders||order-9001");

        user.replaceValue("{\"qty\": 2}");
        robot.clickOn(user.code());
        user.pressCtrl(KeyCode.S);
        workbench.waitForIdle();

        assertThat(raw.get("orders||order-9001").get("value").s()).isEqualTo("{\"qty\":2}");
        assertThat(history("orders||order-9001")).singleElement().satisfies(record -> {
            assertThat(record.before()).isNull();
            assertThat(record.etagBefore()).isNull();
        });
    }

    @Test
    void newKey_thatAnAppCreatedMeanwhile_isNotOverwritten(FxRobot robot) throws Exception {
        WorkbenchRobot user = scanned(robot);
        robot.clickOn("New key");
        DialogPane dialog = user.dialog();
        robot.clickOn(field(robot, dialog, "app id")).write("orders");
        robot.clickOn(field(robot, dialog, "key,")).write("order-9002");
        robot.clickOn(user.button(dialog, "Create"));
        workbench.waitForIdle();
        raw.putS("orders||order-9002", "\"the app's\"");

        user.replaceValue("\"mine\"");
        robot.clickOn(user.code());
        user.pressCtrl(KeyCode.S);
        DialogPane conflict = user.dialog();
        robot.clickOn(user.button(conflict, "Keep editing"));
        workbench.waitForIdle();

        assertThat(raw.get("orders||order-9002").get("value").s()).isEqualTo("\"the app's\"");
    }

    @Test
    void jsonWithADuplicateKey_asksBeforeSaving_andCancelWritesNothing(FxRobot robot) throws Exception {
        WorkbenchRobot user = scanned(robot);
        String etag = raw.etag("orders||greeting");
        user.open("orders||greeting");
        user.replaceValue("{\n  \"qty\": 1,\n  \"qty\": 2\n}");

        robot.clickOn(user.code());
        user.pressCtrl(KeyCode.S);
        DialogPane warning = user.dialog();
        assertThat(warning.getContentText()).contains("\"qty\"").contains("line 3");
        robot.clickOn(user.button(warning, "Cancel"));
        workbench.waitForIdle();

        assertThat(raw.etag("orders||greeting")).isEqualTo(etag);
        assertThat(user.tab().editor().dirtyProperty().get()).isTrue();
    }

    private static Node field(FxRobot robot, DialogPane dialog, String promptStart) {
        return robot.from(dialog).lookup(".text-field").match(node -> node instanceof TextField field
                && field.getPromptText() != null && field.getPromptText().startsWith(promptStart)).query();
    }
}
