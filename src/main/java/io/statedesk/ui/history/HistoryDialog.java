package io.statedesk.ui.history;

import io.statedesk.history.WriteRecord;
import io.statedesk.ui.common.ValueKind;
import io.statedesk.ui.workspace.StoreTabViewModel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The writes StateDesk made to one key, newest first, each restorable (an ETag-checked write). */
public final class HistoryDialog extends Dialog<Void> {

    public static final String LIST_ID = "history-list";
    public static final String RESTORE_BEFORE_ID = "restore-before";

    public HistoryDialog(StoreTabViewModel model, String key, Window owner) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("History of " + key);
        setHeaderText("Writes StateDesk made to \"" + key + "\" (kept on this computer)");
        setResizable(true);
        ListView<WriteRecord> list = new ListView<>();
        list.setId(LIST_ID);
        list.getItems().setAll(model.historyOf(key));
        list.setPlaceholder(new Label("StateDesk has not written this key yet."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(WriteRecord record, boolean empty) {
                super.updateItem(record, empty);
                setText(empty || record == null ? null : record.time() + "  " + record.action() + "  ETag "
                        + record.etagBefore() + " → " + record.etagAfter());
            }
        });
        TextArea before = new TextArea();
        TextArea after = new TextArea();
        before.setEditable(false);
        after.setEditable(false);
        before.setPrefRowCount(8);
        after.setPrefRowCount(8);
        Button restoreBefore = new Button("Restore the value before this write");
        restoreBefore.setId(RESTORE_BEFORE_ID);
        Button restoreAfter = new Button("Restore the value this write saved");
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, record) -> {
            before.setText(record == null ? "" : show(record.before()));
            after.setText(record == null ? "" : show(record.after()));
            restoreBefore.setDisable(record == null || record.before() == null);
            restoreAfter.setDisable(record == null || record.after() == null);
        });
        restoreBefore.setDisable(true);
        restoreAfter.setDisable(true);
        restoreBefore.setOnAction(event -> {
            WriteRecord record = list.getSelectionModel().getSelectedItem();
            model.restore(record, record.before());
            close();
        });
        restoreAfter.setOnAction(event -> {
            WriteRecord record = list.getSelectionModel().getSelectedItem();
            model.restore(record, record.after());
            close();
        });
        VBox content = new VBox(8, list, new Label("Before"), before, new Label("After"), after,
                new HBox(8, restoreBefore, restoreAfter), new Label(
                        "A restore is checked against the key's current ETag, and is itself recorded here."));
        content.setPadding(new Insets(8));
        content.setPrefWidth(720);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    private static String show(byte[] bytes) {
        if (bytes == null) {
            return "(did not exist)";
        }
        String text = ValueKind.utf8OrNull(bytes);
        return text != null && ValueKind.of(bytes, null) != ValueKind.BINARY
                ? new String(bytes, StandardCharsets.UTF_8)
                : "base64: " + Base64.getEncoder().encodeToString(bytes);
    }
}
