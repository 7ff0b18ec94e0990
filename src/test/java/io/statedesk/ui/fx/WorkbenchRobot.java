package io.statedesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.engine.model.StateItem;
import io.statedesk.ui.editor.ValueEditorView;
import io.statedesk.ui.keys.KeyRow;
import io.statedesk.ui.keys.KeyTableView;
import io.statedesk.ui.workspace.StoreTabView;
import io.statedesk.ui.workspace.StoreTabViewModel;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a user does in the workbench window, as steps for TestFX tests: click a row, type, answer a dialog. */
final class WorkbenchRobot {

    private final FxRobot robot;
    private final Workbench workbench;

    WorkbenchRobot(FxRobot robot, Workbench workbench) {
        this.robot = robot;
        this.workbench = workbench;
    }

    StoreTabView view() {
        return workbench.view.currentView();
    }

    StoreTabViewModel tab() {
        return view().model();
    }

    @SuppressWarnings("unchecked")
    TableView<KeyRow> table() {
        return robot.lookup("#" + KeyTableView.TABLE_ID).queryAs(TableView.class);
    }

    CodeArea code() {
        return robot.lookup("#" + ValueEditorView.CODE_AREA_ID).queryAs(CodeArea.class);
    }

    Optional<StateItem> openItem() {
        return Optional.ofNullable(tab().editor().itemProperty().get());
    }

    String openKey() {
        return openItem().map(item -> item.key().stored()).orElse(null);
    }

    List<String> selectedKeys() {
        return table().getSelectionModel().getSelectedItems().stream().map(KeyRow::storedKey).toList();
    }

    /** Scrolls the row of {@code storedKey} into view and returns its row node. */
    Node row(String storedKey) {
        TableView<KeyRow> table = table();
        KeyRow row = table.getItems().stream().filter(r -> r.storedKey().equals(storedKey)).findFirst()
                .orElseThrow(() -> new AssertionError(storedKey + " is not in the table"));
        robot.interact(() -> table.scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".table-row-cell").match(node -> node instanceof TableRow<?> tableRow
                && tableRow.getItem() instanceof KeyRow key && key.storedKey().equals(storedKey)).query();
    }

    /** Clicks the row as a user would and waits until the editor shows that key. */
    void open(String storedKey) throws Exception {
        robot.clickOn(row(storedKey));
        waitUntilOpen(storedKey);
    }

    void waitUntilOpen(String storedKey) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> storedKey.equals(openKey()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    void ctrlClick(String storedKey) {
        Node row = row(storedKey);
        robot.press(KeyCode.CONTROL).clickOn(row).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void shiftClick(String storedKey) {
        Node row = row(storedKey);
        robot.press(KeyCode.SHIFT).clickOn(row).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void replaceValue(String text) {
        CodeArea code = code();
        robot.interact(() -> code.replaceText(text));
    }

    void pressCtrl(KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void waitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !tab().editor().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The dialog that is open now (waits for one to appear). */
    DialogPane dialog() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    boolean dialogOpen() {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".dialog-pane").tryQuery().isPresent();
    }

    /** The button of the open dialog whose text starts with {@code text}. */
    Button button(DialogPane pane, String text) {
        ButtonType type = pane.getButtonTypes().stream().filter(b -> b.getText().startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no button \"" + text + "\" in " + pane.getButtonTypes()));
        return (Button) pane.lookupButton(type);
    }

    void answer(String buttonText) throws Exception {
        DialogPane pane = dialog();
        robot.clickOn(button(pane, buttonText));
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void assertNoDialog(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("an open dialog").isEmpty();
    }
}
