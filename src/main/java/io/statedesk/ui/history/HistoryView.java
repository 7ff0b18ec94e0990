package io.statedesk.ui.history;

import io.statedesk.ui.common.DialogSizing;
import io.statedesk.ui.common.Fxml;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.SplitPane;
import javafx.stage.Window;

/**
 * The history of one key: the writes StateDesk made to it (local time) on the left; on the right a line diff of
 * the chosen version against the current value, and a confirmed, ETag-checked restore. Resizable, and never taller
 * than the screen it opens on.
 */
public final class HistoryView extends Dialog<Void> {

    public static final String LIST_ID = "history-list";
    public static final String DIFF_ID = "history-diff";
    public static final String RESTORE_ID = "history-restore";
    public static final String BEFORE_ID = "history-before";
    public static final String AFTER_ID = "history-after";
    public static final String MESSAGE_ID = "history-message";
    private static final double WIDTH = 1000;
    private static final double HEIGHT = 680;

    public HistoryView(HistoryViewModel model, Window owner) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("History of " + model.key());
        setHeaderText("Writes StateDesk made to \"" + model.key() + "\" (kept on this computer), newest first");
        setResizable(true);

        SplitPane split = Fxml.<SplitPane, HistoryController>load(HistoryView.class, "HistoryView",
                HistoryController.class, () -> new HistoryController(model)).root();
        split.setDividerPositions(0.32);
        getDialogPane().setMinSize(640, 400);

        getDialogPane().setContent(split);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().getStyleClass().add("history-view");
        getDialogPane().getStylesheets().add(HistoryView.class.getResource("/io/statedesk/ui/statedesk.css")
                .toExternalForm());
        getDialogPane().setPrefSize(1000, 680);
        DialogSizing.fit(this, WIDTH, HEIGHT);
        model.load();
    }
}
