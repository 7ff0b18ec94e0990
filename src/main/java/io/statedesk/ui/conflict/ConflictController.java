package io.statedesk.ui.conflict;

import io.statedesk.ui.common.Texts;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;

/** The controller of ConflictDialog.fxml: the conflict's texts and its line differences, marked by side. */
public final class ConflictController {

    private final ConflictViewModel conflict;
    @FXML
    private Label explain;
    @FXML
    private TextArea theirs;
    @FXML
    private TextArea mine;
    @FXML
    private ListView<ConflictViewModel.DiffLine> diff;

    ConflictController(ConflictViewModel conflict) {
        this.conflict = conflict;
    }

    @FXML
    private void initialize() {
        explain.setText(conflict.deletedMeanwhile()
                ? "Your edit was not saved. Choose: discard it, keep editing, or create the key again with your value."
                : "Your edit was not saved. " + Texts.count(conflict.changedLineCount(), "line")
                        + (conflict.changedLineCount() == 1 ? " differs" : " differ") + ". Overwriting is checked "
                        + "against their new ETag " + conflict.theirsEtag().orElse("(none)")
                        + ", so a third writer is still caught.");
        theirs.setText(conflict.theirs().isEmpty() ? "(deleted)" : conflict.theirs());
        mine.setText(conflict.mine());
        diff.getItems().setAll(conflict.lines());
        diff.setCellFactory(list -> new DiffCell());
    }

    /** "- " theirs, "+ " mine, each in its colour; lines on both sides plain. */
    private static final class DiffCell extends ListCell<ConflictViewModel.DiffLine> {
        @Override
        protected void updateItem(ConflictViewModel.DiffLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("diff-theirs", "diff-mine");
            if (empty || line == null) {
                setText(null);
                return;
            }
            switch (line.side()) {
                case THEIRS -> {
                    setText("- " + line.text());
                    getStyleClass().add("diff-theirs");
                }
                case MINE -> {
                    setText("+ " + line.text());
                    getStyleClass().add("diff-mine");
                }
                case BOTH -> setText("  " + line.text());
            }
        }
    }
}
