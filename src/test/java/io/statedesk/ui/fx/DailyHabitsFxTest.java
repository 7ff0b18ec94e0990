package io.statedesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.RawItems;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.common.NaturalOrder;
import io.statedesk.ui.editor.ValueEditorView;
import io.statedesk.ui.keys.KeyRow;
import io.statedesk.ui.workspace.RawItemView;
import io.statedesk.ui.workspace.StoreTabView;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
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

/** The desktop habits a daily user expects: natural order, a context menu, the raw item, readable notices. */
@WithTestDatabase
@ExtendWith(ApplicationExtension.class)
class DailyHabitsFxTest {

    private static DynamoDbClient client;
    private static DaprTables tables;

    @TempDir
    static Path home;

    private Workbench workbench;
    private RawItems raw;
    private boolean realAws;

    @BeforeAll
    static void database(DynamoDbClient sharedClient, DaprTables sharedTables) {
        client = sharedClient;
        tables = sharedTables;
    }

    @Start
    void start(Stage stage) {
        String table = UiStores.sampleTable(tables);
        raw = new RawItems(client, table);
        workbench = new Workbench(stage, () -> UiStores.session(client, table, realAws), home);
    }

    private WorkbenchRobot scanned(FxRobot robot) throws Exception {
        workbench.openAndScan();
        return new WorkbenchRobot(robot, workbench);
    }

    private static String clipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    /** Opens the table's context menu on a row (Monocle turns no right click into a menu request). */
    private static FxRobot contextMenu(FxRobot robot, WorkbenchRobot user, String key) {
        Node row = user.row(key);
        robot.interact(() -> {
            javafx.geometry.Bounds bounds = row.localToScreen(row.getBoundsInLocal());
            user.table().getContextMenu().show(row, bounds.getMinX() + 40, bounds.getMaxY());
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot;
    }

    @Test
    void keys_areInNaturalOrder_untilAColumnIsSorted(FxRobot robot) throws Exception {
        WorkbenchRobot user = scanned(robot);

        assertThat(user.table().getItems()).extracting(KeyRow::storedKey)
                .isSortedAccordingTo(NaturalOrder.INSTANCE);
    }

    @Test
    void contextMenu_copiesTheKey_theValue_andTheJsonOfGet(FxRobot robot) throws Exception {
        WorkbenchRobot user = scanned(robot);
        user.open("orders||exact");

        contextMenu(robot, user, "orders||exact").clickOn("Copy key");
        assertThat(clipboard(robot)).isEqualTo("orders||exact");
        contextMenu(robot, user, "orders||exact").clickOn("Copy value");
        assertThat(clipboard(robot)).isEqualTo("{\"id\":12345678901234567890,\"price\":0.1,\"html\":\"<b>&</b>\"}");
        contextMenu(robot, user, "orders||exact").clickOn("Copy as JSON");
        assertThat(clipboard(robot)).startsWith("{\"key\":\"orders||exact\",\"storage\":\"S\",\"valueBase64\":")
                .endsWith("\"expired\":false}");
    }

    @Test
    void rawItem_showsEveryAttributeWithItsType(FxRobot robot) throws Exception {
        WorkbenchRobot user = scanned(robot);
        user.open("orders||session-live");

        robot.clickOn("Item").clickOn("Raw item…");
        DialogPane pane = user.dialog();
        TableView<?> attributes = robot.lookup("#" + RawItemView.TABLE_ID).queryAs(TableView.class);

        assertThat(attributes.getItems()).extracting(Object::toString).containsExactly(
                "RawAttribute[name=key, type=S, value=orders||session-live]",
                "RawAttribute[name=value, type=S, value=\"active\"]",
                "RawAttribute[name=etag, type=S, value=" + raw.etag("orders||session-live") + "]",
                "RawAttribute[name=expiresAt, type=N, value=" + raw.get("orders||session-live").get("expiresAt").n()
                        + "]");
        robot.interact(() -> Screenshots.save(pane.getScene(), "raw-item"));
    }

    @Test
    void ttl_typedAsADuration_saysWhenItExpires_inLocalTime(FxRobot robot) throws Exception {
        WorkbenchRobot user = scanned(robot);
        user.open("orders||greeting");

        robot.clickOn("#" + ValueEditorView.TTL_ID).write("2h");

        assertThat(robot.lookup("#" + ValueEditorView.TTL_HINT_ID).queryAs(Label.class).getText())
                .matches("On Save: expires \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} .+ \\(in 2h\\)\\.");
    }

    @Test
    void aLongNotice_canBeReadInFull_andDismissed(FxRobot robot) throws Exception {
        WorkbenchRobot user = scanned(robot);
        user.open("orders||order-1005");
        raw.putS("orders||order-1005", "{\"changed\":true}");
        robot.interact(() -> user.table().requestFocus());
        robot.type(KeyCode.DELETE);
        user.answer("Delete key");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !user.tab().noticeProperty().get().isEmpty());
        workbench.waitForIdle();

        Button whole = robot.lookup(".button").match(node -> node instanceof Button button
                && "Show the whole message".equals(button.getAccessibleText()) && button.isVisible()).query();
        robot.clickOn(whole);
        DialogPane full = user.dialog();
        assertThat(robot.from(full).lookup(".text-area").queryAs(javafx.scene.control.TextArea.class).getText())
                .startsWith("Deleted 0, kept 1: orders||order-1005");
        robot.clickOn(user.button(full, "Close"));

        Node dismiss = robot.lookup(".button").match(node -> node instanceof Button button
                && "Dismiss this message".equals(button.getAccessibleText()) && button.isVisible()).query();
        robot.clickOn(dismiss);
        assertThat(robot.lookup("#" + StoreTabView.NOTICE_ID).queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void theTableName_isNotSqueezedOutOfTheToolbar(FxRobot robot) throws Exception {
        scanned(robot);

        Label name = robot.lookup("#" + StoreTabView.TABLE_NAME_ID).queryAs(Label.class);
        assertThat(name.getWidth()).isGreaterThanOrEqualTo(name.prefWidth(-1));
    }

    @Test
    void autoRefresh_saysWhatItRefreshes(FxRobot robot) throws Exception {
        scanned(robot);

        assertThat(robot.lookup("#" + StoreTabView.AUTO_REFRESH_ID).queryAs(CheckBox.class).getText())
                .isEqualTo("Auto-refresh the open key");
    }

    @Test
    void aRemoteConnection_isMarkedInItsOwnColour_onTheTabAndTheBanner(FxRobot robot) throws Exception {
        realAws = true;
        org.testfx.api.FxToolkit.setupFixture(workbench.model::openSandbox);
        WorkbenchRobot user = new WorkbenchRobot(robot, workbench);
        user.answer("Scan");
        workbench.waitForScan(20);

        Label banner = robot.lookup("#connection-banner").queryAs(Label.class);
        assertThat(banner.getText()).startsWith("Remote (read-only): http://127.0.0.1");
        assertThat(banner.getParent().getStyle()).startsWith("-fx-background-color: #");
        javafx.scene.control.TabPane tabs = robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class);
        assertThat(tabs.getTabs().get(0).getStyle()).contains("-fx-border-color: #");
        assertThat(tabs.getTabs().get(0).getStyle()).contains(banner.getParent().getStyle()
                .substring("-fx-background-color: ".length(), "-fx-background-color: ".length() + 7));
    }
}
