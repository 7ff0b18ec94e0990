package io.statedesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.RawItems;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.editor.ValueEditorView;
import io.statedesk.ui.keys.KeyRow;
import io.statedesk.ui.workspace.StoreTabView;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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

/** The key table's selection belongs to the user: rows updated in place, deletes and sorting never move it. */
@WithTestDatabase
@ExtendWith(ApplicationExtension.class)
class KeySelectionFxTest {

    private static DynamoDbClient client;
    private static DaprTables tables;

    @TempDir
    static Path home;

    private Workbench workbench;
    private RawItems raw;

    @BeforeAll
    static void database(DynamoDbClient sharedClient, DaprTables sharedTables) {
        client = sharedClient;
        tables = sharedTables;
    }

    @Start
    void start(Stage stage) {
        String table = UiStores.sampleTable(tables);
        raw = new RawItems(client, table);
        workbench = new Workbench(stage, () -> UiStores.session(client, table, false), home);
    }

    private WorkbenchRobot scanned(FxRobot robot) throws Exception {
        workbench.openAndScan();
        return new WorkbenchRobot(robot, workbench);
    }

    private static void sortBy(FxRobot robot, TableView<KeyRow> table, String title) {
        robot.interact(() -> {
            TableColumn<KeyRow, ?> column = table.getColumns().stream().filter(c -> c.getText().equals(title))
                    .findFirst().orElseThrow();
            column.setSortType(TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(List.of(column));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForRowEtag(WorkbenchRobot user, String key, String etag) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> user.tab().keys().visibleRows().stream()
                .anyMatch(row -> row.storedKey().equals(key) && etag.equals(row.etagValue())));
        workbench.waitForIdle();
    }

    @Test
    void sortedByAColumnFullOfTies_aRowReadAgain_keepsTheSelectionOnItsKey(FxRobot robot) throws Exception {
        WorkbenchRobot user = scanned(robot);
        sortBy(robot, user.table(), "Actor id");
        user.open("orders||order-1003");
        String theirs = raw.putS("orders||order-1003", "{\"changed\":\"by an app\"}");

        robot.interact(() -> user.tab().reloadOpenItem());
        waitForRowEtag(user, "orders||order-1003", theirs);

        assertThat(user.selectedKeys()).containsExactly("orders||order-1003");
        assertThat(user.openKey()).isEqualTo("orders||order-1003");
        assertThat(user.code().getText()).contains("by an app");
    }

    @Test
    void sortedByAColumnFullOfTies_aSave_keepsTheSelectionAndTheEditorOnItsKey(FxRobot robot) throws Exception {
        WorkbenchRobot user = scanned(robot);
        sortBy(robot, user.table(), "Actor id");
        user.open("orders||greeting");

        user.replaceValue("\"saved\"");
        robot.clickOn("#" + ValueEditorView.SAVE_ID);
        user.waitIdle();
        waitForRowEtag(user, "orders||greeting", raw.etag("orders||greeting"));

        assertThat(raw.get("orders||greeting").get("value").s()).isEqualTo("\"saved\"");
        assertThat(user.selectedKeys()).containsExactly("orders||greeting");
        assertThat(user.openKey()).isEqualTo("orders||greeting");
    }

    @Test
    void ctrlClick_addsARow_toTheSelection(FxRobot robot) throws Exception {
        WorkbenchRobot user = scanned(robot);
        user.open("orders||order-1001");

        user.ctrlClick("orders||order-1004");
        user.waitUntilOpen("orders||order-1004");
        workbench.waitForIdle();

        assertThat(user.selectedKeys()).containsExactlyInAnyOrder("orders||order-1001", "orders||order-1004");
    }

    @Test
    void shiftClick_andShiftDown_extendTheSelection(FxRobot robot) throws Exception {
        WorkbenchRobot user = scanned(robot);
        TableView<KeyRow> table = user.table();
        String first = table.getItems().get(3).storedKey();
        String fifth = table.getItems().get(7).storedKey();
        user.open(first);

        user.shiftClick(fifth);
        user.waitUntilOpen(fifth);
        workbench.waitForIdle();
        assertThat(table.getSelectionModel().getSelectedIndices()).containsExactlyInAnyOrder(3, 4, 5, 6, 7);

        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        workbench.waitForIdle();
        assertThat(table.getSelectionModel().getSelectedIndices()).containsExactlyInAnyOrder(3, 4, 5, 6, 7, 8);
    }

    @Test
    void bulkDelete_countsAgree_andTheNoticeSaysWhatTheUserDid(FxRobot robot) throws Exception {
        WorkbenchRobot user = scanned(robot);
        TableView<KeyRow> table = user.table();
        long before = user.tab().keys().loadedProperty().get();
        user.open("orders||order-1001");
        robot.interact(() -> {
            for (String key : List.of("orders||order-1002", "orders||order-1003")) {
                table.getSelectionModel().select(table.getItems().stream()
                        .filter(row -> row.storedKey().equals(key)).findFirst().orElseThrow());
            }
        });
        workbench.waitForIdle();
        assertThat(user.selectedKeys()).hasSize(3);

        robot.interact(table::requestFocus);
        robot.type(KeyCode.DELETE);
        user.answer("Delete 3 keys");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> raw.get("orders||order-1003").isEmpty());
        workbench.waitForIdle();

        String notice = robot.lookup("#" + StoreTabView.NOTICE_ID).queryAs(Label.class).getText();
        assertThat(notice).isEqualTo("Deleted 3 keys.");
        String status = robot.lookup("#" + StoreTabView.STATUS_ID).queryAs(Label.class).getText();
        assertThat(status).startsWith(String.format("%,d keys", before - 3));
        assertThat(user.tab().keys().treeProperty().get().count()).isEqualTo(before - 3);
    }

    @Test
    void aNewKey_isCounted_inTheStatusLine(FxRobot robot) throws Exception {
        WorkbenchRobot user = scanned(robot);
        long before = user.tab().keys().loadedProperty().get();
        raw.putS("orders||arrived-later", "\"new\"");

        robot.interact(() -> user.tab().keys().upsert(user.tab().session().store().browse("orders||arrived-later")
                .orElseThrow()));

        String status = robot.lookup("#" + StoreTabView.STATUS_ID).queryAs(Label.class).getText();
        assertThat(status).startsWith(String.format("%,d keys", before + 1));
    }
}
