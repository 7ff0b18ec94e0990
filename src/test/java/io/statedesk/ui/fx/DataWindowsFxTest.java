package io.statedesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.compare.DiffEntry;
import io.statedesk.compare.DiffKind;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.RawItems;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.compare.CompareView;
import io.statedesk.ui.compare.ValueDiffPane;
import io.statedesk.ui.keys.KeyRow;
import io.statedesk.ui.keys.KeyTableView;
import io.statedesk.ui.search.SearchBar;
import io.statedesk.ui.search.SearchMode;
import io.statedesk.session.StoreSession;
import io.statedesk.ui.transfer.TransferRow;
import io.statedesk.ui.transfer.TransferView;
import io.statedesk.ui.workspace.StoreTabView;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Issue 16 in the real window: a JSON query streams its matches into the key table; Data > Compare components…
 * compares a local store with a "staging" copy; its differences are copied back ETag-checked, and a write made on
 * staging after the comparison is reported, not overwritten. Saves the README's three screenshots.
 */
@WithTestDatabase
@ExtendWith(ApplicationExtension.class)
class DataWindowsFxTest {

    private static DynamoDbClient client;
    private static DaprTables tables;

    @TempDir
    static Path home;

    private Workbench workbench;
    private RawItems staging;

    @BeforeAll
    static void database(DynamoDbClient sharedClient, DaprTables sharedTables) {
        client = sharedClient;
        tables = sharedTables;
    }

    private static StoreSession session(String title, String table) {
        return new StoreSession(title, "http://127.0.0.1 · table " + table, false, false, UiStores.configFor(table),
                config -> UiStores.store(client, config));
    }

    @Start
    void start(Stage stage) {
        String local = UiStores.sampleTable(tables);
        // staging starts as an exact copy (the sample's workflow records carry the time they were written)
        String remote = tables.createWithTtl("expiresAt");
        client.scanPaginator(b -> b.tableName(local).consistentRead(true)).items()
                .forEach(item -> client.putItem(b -> b.tableName(remote).item(item)));
        staging = new RawItems(client, remote);
        // staging moved on: two orders changed, one new, one gone
        staging.putS("orders||order-1003", "{\"orderId\":1003,\"customer\":\"customer-3\",\"items\":[{\"sku\":"
                + "\"A3\",\"qty\":1}],\"total\":21.5,\"status\":\"SHIPPED\"}");
        staging.putS("orders||order-1005", "{\"status\":\"CANCELLED\",\"orderId\":1005}");
        staging.putS("orders||order-2001", "{\"orderId\":2001,\"status\":\"NEW\"}");
        staging.delete("orders||order-1007");
        AtomicInteger opened = new AtomicInteger();
        workbench = new Workbench(stage, () -> opened.getAndIncrement() == 0 ? session("local", local)
                : session("staging", remote), home);
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.setupFixture(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && s.getOwner() != null).forEach(w -> ((Stage) w).close()));
    }

    @Test
    void searchCompareAndCopy_inTheRealWindow(FxRobot robot) throws Exception {
        StoreTabView local = workbench.openAndScan();
        FxToolkit.setupFixture(workbench.model::openSandbox);
        workbench.waitForScan(20);
        robot.interact(() -> ((javafx.scene.control.TabPane) workbench.scene.lookup("#" + 
                io.statedesk.ui.shell.MainView.TABS_ID)).getSelectionModel().select(0));
        assertThat(workbench.view.currentView()).isSameAs(local);

        // 1. a JSON query: its matches stream into the key table, what it could not look into is counted
        @SuppressWarnings("unchecked")
        ComboBox<SearchMode> mode = (ComboBox<SearchMode>) local.root().lookup("#" + SearchBar.MODE_ID);
        robot.interact(() -> mode.setValue(SearchMode.JSON_QUERY));
        robot.clickOn(local.root().lookup("#" + StoreTabView.CONTAINS_FIELD_ID)).write("status == 'SHIPPED'")
                .type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !local.model().keys().scanningProperty().get()
                && local.model().keys().loadedProperty().get() == 6);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(local.model().keys().visibleRows()).extracting(KeyRow::storedKey).containsExactly(
                "orders||order-1004", "orders||order-1008", "orders||order-1012", "orders||order-1016",
                "orders||order-1020", "orders||order-1024");
        String status = ((Label) local.root().lookup("#" + StoreTabView.STATUS_ID)).getText();
        assertThat(status).startsWith("6 keys with values where status == 'SHIPPED'").contains("binary")
                .contains("encrypted");
        robot.interact(() -> Screenshots.save(workbench.scene, "search-results"));
        robot.clickOn(local.root().lookup("#" + SearchBar.CLEAR_ID));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !local.model().keys().scanningProperty().get()
                && local.model().keys().loadedProperty().get() > 6);

        // 2. Data > Compare components…: local against staging
        robot.clickOn("Data").clickOn("Compare components…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + CompareView.COMPARE_ID).tryQuery()
                .isPresent());
        robot.clickOn("#compare-left-prefix").write("orders||");
        robot.clickOn("#compare-right-prefix").write("orders||");
        robot.clickOn("#" + CompareView.COMPARE_ID);
        @SuppressWarnings("unchecked")
        TableView<DiffEntry> diff = robot.lookup("#" + CompareView.TABLE_ID).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#" + CompareView.STATUS_ID)
                .queryAs(Label.class).getText().startsWith("Compared:"));
        assertThat(diff.getItems()).extracting(e -> e.key() + " " + e.kind().text()).containsExactlyInAnyOrder(
                "order-1003 different", "order-1005 different", "order-1007 only-left", "order-2001 only-right");
        int row = diff.getItems().stream().map(DiffEntry::key).toList().indexOf("order-1003");
        robot.interact(() -> diff.getSelectionModel().select(row));
        @SuppressWarnings("unchecked")
        TableView<?> sideBySide = robot.lookup("#" + ValueDiffPane.TABLE_ID).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !sideBySide.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(diff.getScene(), "store-diff"));

        // 3. someone writes to staging after the comparison; then the differences are copied, ETag-checked
        staging.putS("orders||order-1005", "{\"status\":\"REFUNDED\",\"orderId\":1005}");
        robot.interact(() -> diff.getSelectionModel().clearSelection());
        robot.clickOn("#" + CompareView.COPY_ID);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + TransferView.PREVIEW_ID).tryQuery()
                .isPresent());
        robot.clickOn("#" + TransferView.PREVIEW_ID);
        @SuppressWarnings("unchecked")
        TableView<TransferRow> plan = robot.lookup("#" + TransferView.TABLE_ID).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> plan.getItems().size() == 3
                && !robot.lookup("#" + TransferView.RUN_ID).queryAs(Button.class).isDisabled());
        assertThat(plan.getItems()).extracting(r -> r.target() + " " + r.state()).containsExactly(
                "orders||order-1003 overwrite", "orders||order-1005 conflict", "orders||order-1007 create");
        robot.clickOn("#" + TransferView.RUN_ID);
        DialogPane confirm = waitForDialog(robot, "Copy");
        assertThat(confirm.getContentText()).startsWith("Write 2 keys to table");
        robot.clickOn((Button) confirm.getButtonTypes().stream().filter(b -> b.getText().equals("Copy"))
                .map(confirm::lookupButton).findFirst().orElseThrow());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> plan.getItems().stream()
                .anyMatch(r -> r.state().equals("written")) && !robot.lookup("#" + TransferView.STOP_ID)
                .queryAs(Button.class).isDisabled() == false);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + TransferView.STATUS_ID)
                .queryAs(Label.class).getText().startsWith("Copied:"));
        assertThat(plan.getItems()).extracting(r -> r.target() + " " + r.state()).containsExactly(
                "orders||order-1003 written", "orders||order-1005 conflict", "orders||order-1007 written");
        assertThat(staging.get("orders||order-1005").get("value").s())
                .isEqualTo("{\"status\":\"REFUNDED\",\"orderId\":1005}");
        assertThat(staging.get("orders||order-1007")).isNotEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(plan.getScene(), "copy-dialog"));
    }

    private static DialogPane waitForDialog(FxRobot robot, String header) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane")
                .match((Node n) -> header.equals(((DialogPane) n).getHeaderText())).tryQuery().isPresent());
        return robot.lookup(".dialog-pane").match((Node n) -> header.equals(((DialogPane) n).getHeaderText()))
                .queryAs(DialogPane.class);
    }
}
