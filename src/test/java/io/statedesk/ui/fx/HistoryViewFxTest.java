package io.statedesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.RawItems;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.common.LineDiff;
import io.statedesk.ui.editor.ValueEditorView;
import io.statedesk.ui.history.HistoryView;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The history of a key: fits the screen, shows the difference, asks before a restore and never restores blindly. */
@WithTestDatabase
@ExtendWith(ApplicationExtension.class)
class HistoryViewFxTest {

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

    /** Opens orders||exact, saves edits of its price (0.1 to each given price in turn), and opens its history. */
    private WorkbenchRobot historyAfterAnEdit(FxRobot robot, String... prices) throws Exception {
        workbench.openAndScan();
        WorkbenchRobot user = new WorkbenchRobot(robot, workbench);
        user.open("orders||exact");
        String price = "0.1";
        for (String next : prices.length == 0 ? new String[] {"0.25"} : prices) {
            user.replaceValue(user.code().getText().replace(price, next));
            robot.clickOn("#" + ValueEditorView.SAVE_ID);
            user.waitIdle();
            price = next;
        }
        robot.interact(() -> user.view().showHistory());
        user.dialog();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !diff(robot).getItems().isEmpty());
        return user;
    }

    @SuppressWarnings("unchecked")
    private static ListView<LineDiff.Line> diff(FxRobot robot) {
        return robot.lookup("#" + HistoryView.DIFF_ID).tryQueryAs(ListView.class).orElse(new ListView<>());
    }

    @Test
    void fitsAScreen900PixelsHigh_withADiffAgainstTheCurrentValue_inLocalTime(FxRobot robot) throws Exception {
        historyAfterAnEdit(robot, "0.19", "0.25");

        Window window = robot.lookup("#" + HistoryView.DIFF_ID).query().getScene().getWindow();
        assertThat(window.getHeight()).as("history window height").isLessThanOrEqualTo(860);
        ListView<?> list = robot.lookup("#" + HistoryView.LIST_ID).queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(2);
        assertThat(diff(robot).getItems()).extracting(LineDiff.Line::text).contains("  \"price\": 0.19,",
                "  \"price\": 0.25,");
        robot.interact(() -> list.getSelectionModel().select(1));
        assertThat(diff(robot).getItems()).extracting(LineDiff.Line::text).contains("  \"price\": 0.1,",
                "  \"price\": 0.25,");
        assertThat(list.getItems().get(0).toString()).matches("(?s)\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}  Saved\\nETag .*")
                .doesNotContain("Z ");
        robot.interact(() -> Screenshots.save(window.getScene(), "history-view"));
    }

    @Test
    void restore_asksFirst_andCancelWritesNothing(FxRobot robot) throws Exception {
        WorkbenchRobot user = historyAfterAnEdit(robot);
        String etag = raw.etag("orders||exact");

        robot.clickOn("#" + HistoryView.RESTORE_ID);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> restoreQuestion(robot) != null);
        robot.clickOn(user.button(restoreQuestion(robot), "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(raw.etag("orders||exact")).isEqualTo(etag);
    }

    @Test
    void restore_afterAnAppWrote_isRefused_andSaysWhy(FxRobot robot) throws Exception {
        WorkbenchRobot user = historyAfterAnEdit(robot);
        raw.putS("orders||exact", "{\"written\":\"by an app\"}");

        robot.clickOn("#" + HistoryView.RESTORE_ID);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> restoreQuestion(robot) != null);
        robot.clickOn(user.button(restoreQuestion(robot), "Restore"));
        workbench.waitForIdle();

        assertThat(raw.get("orders||exact").get("value").s()).isEqualTo("{\"written\":\"by an app\"}");
        assertThat(robot.lookup("#" + HistoryView.MESSAGE_ID).queryAs(Label.class).getText())
                .startsWith("Not restored");
    }

    private static DialogPane restoreQuestion(FxRobot robot) {
        return robot.lookup(".dialog-pane").match(node -> node instanceof DialogPane pane
                && pane.getHeaderText() != null && pane.getHeaderText().startsWith("Restore an earlier value"))
                .tryQueryAs(DialogPane.class).orElse(null);
    }
}
