package io.statedesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.RawItems;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.conflict.ConflictDialog;
import io.statedesk.ui.editor.ValueEditorView;
import io.statedesk.ui.history.HistoryView;
import io.statedesk.ui.keys.KeyRow;
import io.statedesk.ui.keys.KeyTableView;
import io.statedesk.ui.workspace.StoreTabView;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@WithTestDatabase
@ExtendWith(ApplicationExtension.class)
class WorkbenchFxTest {

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

    private StoreTabView scanned() throws Exception {
        return workbench.openAndScan();
    }

    @SuppressWarnings("unchecked")
    private TableView<KeyRow> keyTable(FxRobot robot) {
        return robot.lookup("#" + KeyTableView.TABLE_ID).queryAs(TableView.class);
    }

    /** Narrows the table to one key with the contains filter, then clicks its row, as a user would. */
    private void openKey(FxRobot robot, String storedKey) throws Exception {
        robot.clickOn("#" + StoreTabView.CONTAINS_FIELD_ID).eraseText(40).write(storedKey);
        TableView<KeyRow> table = keyTable(robot);
        // the filter runs in the background after a short pause in typing (decision 0031)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty() && table.getItems().stream()
                .allMatch(row -> row.storedKey().toLowerCase(java.util.Locale.ROOT)
                        .contains(storedKey.toLowerCase(java.util.Locale.ROOT))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(KeyRow::storedKey).contains(storedKey);
        Node cell = robot.lookup(".table-row-cell").match(node -> node instanceof javafx.scene.control.TableRow<?> row
                && row.getItem() instanceof KeyRow key && key.storedKey().equals(storedKey)).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            var item = workbench.view.currentView().model().editor().itemProperty().get();
            return item != null && item.key().stored().equals(storedKey);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private CodeArea code(FxRobot robot) {
        return robot.lookup("#" + ValueEditorView.CODE_AREA_ID).queryAs(CodeArea.class);
    }

    private void replaceValue(FxRobot robot, String text) {
        CodeArea code = code(robot);
        robot.interact(() -> code.replaceText(text));
    }

    private void clickSave(FxRobot robot) {
        robot.clickOn("#" + ValueEditorView.SAVE_ID);
    }

    private void waitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !workbench.view.currentView().model().editor().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DialogPane dialog(FxRobot robot, String styleOrTitle) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    @Test
    void sandboxLikeTab_opensWithItsKeys(FxRobot robot) throws Exception {
        StoreTabView view = scanned();

        int stored = client.scan(b -> b.tableName(table)).count();
        assertThat(keyTable(robot).getItems()).hasSize(stored);
        assertThat(robot.lookup("#" + StoreTabView.STATUS_ID).queryAs(Label.class).getText())
                .isEqualTo(stored + " keys");
        assertThat(view.model().keys().treeProperty().get().children()).extracting(g -> g.label())
                .contains("orders", "billing", "shipping", "checkout");
    }

    @Test
    void prefixFilter_scansServerSide_forKeysBeginningWithIt(FxRobot robot) throws Exception {
        scanned();

        robot.clickOn("#" + StoreTabView.PREFIX_FIELD_ID).write("billing||").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !workbench.view.currentView().model().keys().scanningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(keyTable(robot).getItems()).hasSize(7)
                .allSatisfy(row -> assertThat(row.storedKey()).startsWith("billing||"));
    }

    @Test
    void treeNode_filtersTheTable(FxRobot robot) throws Exception {
        scanned();
        @SuppressWarnings("unchecked")
        TreeView<io.statedesk.ui.keys.KeyGroup> tree = robot.lookup("#" + io.statedesk.ui.keys.KeyTreeView.TREE_ID)
                .queryAs(TreeView.class);
        robot.interact(() -> tree.getRoot().getChildren().forEach(app -> app.setExpanded(true)));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(robot.lookup(".tree-cell").match(node -> node instanceof Label == false
                && ((javafx.scene.control.TreeCell<?>) node).getText() != null
                && ((javafx.scene.control.TreeCell<?>) node).getText().startsWith("OrderActor")).queryAs(Node.class));
        // the filter runs in the background (decision 0031): wait for its result, then check it
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> keyTable(robot).getItems().size() < 20);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(keyTable(robot).getItems()).hasSize(6)
                .allSatisfy(row -> assertThat(row.actorType()).isEqualTo("OrderActor"));
    }

    @Test
    void editingJson_andSaving_writesCompactJsonWithExactNumbers(FxRobot robot) throws Exception {
        scanned();
        openKey(robot, "orders||exact");
        assertThat(code(robot).getText()).contains("12345678901234567890").contains("\n");

        replaceValue(robot, code(robot).getText().replace("0.1", "0.30"));
        clickSave(robot);
        waitIdle();

        assertThat(raw.get("orders||exact").get("value").s())
                .isEqualTo("{\"id\":12345678901234567890,\"price\":0.30,\"html\":\"<b>&</b>\"}");
    }

    @Test
    void savingABinaryValue_withOnlyANewTtl_keepsItsBytes(FxRobot robot) throws Exception {
        scanned();
        byte[] before = raw.get("events||last-event").get("value").b().asByteArray();
        String etag = raw.etag("events||last-event");
        openKey(robot, "events||last-event");

        robot.clickOn("#" + ValueEditorView.TTL_ID).write("2h");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitIdle();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !etag.equals(raw.etag("events||last-event")));

        assertThat(raw.get("events||last-event").get("value").b().asByteArray()).containsExactly(before);
        assertThat(raw.get("events||last-event")).containsKey("expiresAt");
    }

    private void concurrentEditOf(FxRobot robot, String key) throws Exception {
        scanned();
        openKey(robot, key);
        raw.putS(key, "\"written by another app\"");
        replaceValue(robot, "\"mine\"");
        clickSave(robot);
    }

    @Test
    void conflict_takeTheirs(FxRobot robot) throws Exception {
        concurrentEditOf(robot, "orders||greeting");
        DialogPane pane = dialog(robot, "conflict");
        assertThat(pane.getHeaderText()).contains("changed by someone else");
        robot.interact(() -> Screenshots.save(pane.getScene(), "conflict-dialog"));

        robot.clickOn(((Button) pane.lookupButton(ConflictDialog.TAKE_THEIRS)));
        waitIdle();

        assertThat(raw.get("orders||greeting").get("value").s()).isEqualTo("\"written by another app\"");
        assertThat(code(robot).getText()).isEqualTo("\"written by another app\"");
    }

    @Test
    void conflict_keepEditing(FxRobot robot) throws Exception {
        concurrentEditOf(robot, "orders||greeting");
        DialogPane pane = dialog(robot, "conflict");

        robot.clickOn(((Button) pane.lookupButton(ConflictDialog.KEEP_EDITING)));
        waitIdle();

        assertThat(raw.get("orders||greeting").get("value").s()).isEqualTo("\"written by another app\"");
        assertThat(code(robot).getText()).isEqualTo("\"mine\"");
    }

    @Test
    void conflict_overwriteTheirs(FxRobot robot) throws Exception {
        concurrentEditOf(robot, "orders||greeting");
        DialogPane pane = dialog(robot, "conflict");

        robot.clickOn(((Button) pane.lookupButton(ConflictDialog.OVERWRITE_THEIRS)));
        waitIdle();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "\"mine\"".equals(raw.get("orders||greeting").get("value").s()));

        assertThat(raw.get("orders||greeting").get("value").s()).isEqualTo("\"mine\"");
    }

    @Test
    void delete_withStaleEtag_isRefused(FxRobot robot) throws Exception {
        scanned();
        openKey(robot, "orders||order-1005");
        raw.putS("orders||order-1005", "{\"changed\":true}");

        robot.interact(() -> keyTable(robot).requestFocus());
        robot.type(KeyCode.DELETE);
        DialogPane confirm = dialog(robot, "confirm");
        robot.clickOn(confirm.getButtonTypes().stream().filter(b -> b.getText().startsWith("Delete"))
                .map(confirm::lookupButton).findFirst().orElseThrow());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#" + StoreTabView.NOTICE_ID)
                .queryAs(Label.class).getText().isEmpty());

        assertThat(raw.get("orders||order-1005").get("value").s()).isEqualTo("{\"changed\":true}");
        assertThat(robot.lookup("#" + StoreTabView.NOTICE_ID).queryAs(Label.class).getText()).contains("kept 1");
    }

    @Test
    void readOnly_refusesAWrite(FxRobot robot) throws Exception {
        realAws = true;
        org.testfx.api.FxToolkit.setupFixture(workbench.model::openSandbox);
        DialogPane cost = dialog(robot, "scan cost");
        assertThat(cost.getContentText()).contains("read capacity units");
        robot.clickOn(cost.getButtonTypes().stream().filter(b -> b.getText().equals("Scan"))
                .map(cost::lookupButton).findFirst().orElseThrow());
        workbench.waitForScan(20);
        assertThat(robot.lookup("#" + StoreTabView.READ_ONLY_BANNER_ID).queryAs(Label.class).isVisible()).isTrue();
        String etag = raw.etag("orders||greeting");
        openKey(robot, "orders||greeting");

        replaceValue(robot, "\"mine\"");
        robot.clickOn("#" + ValueEditorView.CODE_AREA_ID).press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workbench.view.currentView().model().editor().errorProperty().get()).contains("read-only");
        assertThat(raw.etag("orders||greeting")).isEqualTo(etag);
    }

    @Test
    void historyRestore_putsTheEarlierValueBack(FxRobot robot) throws Exception {
        scanned();
        openKey(robot, "orders||greeting");
        replaceValue(robot, "\"edited\"");
        clickSave(robot);
        waitIdle();
        assertThat(raw.get("orders||greeting").get("value").s()).isEqualTo("\"edited\"");

        robot.interact(() -> workbench.view.currentView().showHistory());
        dialog(robot, "history");
        javafx.scene.control.ListView<?> list = robot.lookup("#" + HistoryView.LIST_ID)
                .queryAs(javafx.scene.control.ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        robot.clickOn("#" + HistoryView.RESTORE_ID);
        java.util.function.Supplier<java.util.Optional<DialogPane>> restoreQuestion = () -> robot.lookup(
                ".dialog-pane").match(node -> node instanceof DialogPane pane && pane.getHeaderText() != null
                && pane.getHeaderText().startsWith("Restore")).tryQueryAs(DialogPane.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> restoreQuestion.get().isPresent());
        DialogPane confirm = restoreQuestion.get().orElseThrow();
        robot.clickOn(confirm.getButtonTypes().stream().filter(b -> b.getText().equals("Restore"))
                .map(confirm::lookupButton).findFirst().orElseThrow());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "\"hello\"".equals(raw.get("orders||greeting").get("value").s()));

        assertThat(raw.get("orders||greeting").get("value").s()).isEqualTo("\"hello\"");
    }
}
