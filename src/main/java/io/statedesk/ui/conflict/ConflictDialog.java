package io.statedesk.ui.conflict;

import io.statedesk.ui.common.FxTaskRunner;
import io.statedesk.ui.common.Fxml;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Theirs against mine, with the differences highlighted, and three explicit choices. Closing the dialog any other
 * way means "keep editing": nothing is written without a deliberate click.
 */
public final class ConflictDialog extends Dialog<ConflictChoice> {

    public static final String DIFF_ID = "conflict-diff";
    public static final ButtonType TAKE_THEIRS = new ButtonType("Take theirs (discard mine)",
            ButtonBar.ButtonData.LEFT);
    public static final ButtonType KEEP_EDITING = new ButtonType("Keep editing", ButtonBar.ButtonData.CANCEL_CLOSE);
    public static final ButtonType OVERWRITE_THEIRS = new ButtonType("Overwrite theirs",
            ButtonBar.ButtonData.OTHER);
    public static final ButtonType RECREATE = new ButtonType("Create it again with mine", ButtonBar.ButtonData.OTHER);

    public ConflictDialog(ConflictViewModel conflict, Window owner) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Save conflict");
        setHeaderText(conflict.headline());
        setResizable(true);

        getDialogPane().setContent(Fxml.load(ConflictDialog.class, "ConflictDialog", ConflictController.class,
                () -> new ConflictController(conflict)).root());
        getDialogPane().getStyleClass().add("conflict-dialog");
        ButtonType overwrite = conflict.deletedMeanwhile() ? RECREATE : OVERWRITE_THEIRS;
        getDialogPane().getButtonTypes().setAll(TAKE_THEIRS, KEEP_EDITING, overwrite);
        getDialogPane().setPrefWidth(900);
        getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        for (ButtonType type : getDialogPane().getButtonTypes()) {
            ((javafx.scene.control.Button) getDialogPane().lookupButton(type)).setMinWidth(Region.USE_PREF_SIZE);
        }
        // The safe choice has the focus: a stray Enter neither discards the edit nor overwrites theirs.
        setOnShown(event -> FxTaskRunner.nextTurn(() -> getDialogPane().lookupButton(KEEP_EDITING).requestFocus()));
        getDialogPane().getStylesheets().addAll(ConflictDialog.class.getResource("/io/statedesk/ui/statedesk.css")
                .toExternalForm());
        setResultConverter(button -> {
            if (button == TAKE_THEIRS) {
                return ConflictChoice.TAKE_THEIRS;
            }
            if (button == OVERWRITE_THEIRS || button == RECREATE) {
                return ConflictChoice.OVERWRITE;
            }
            return ConflictChoice.KEEP_EDITING;
        });
    }
}
