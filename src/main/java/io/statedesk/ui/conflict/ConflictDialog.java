package io.statedesk.ui.conflict;

import io.statedesk.ui.common.FxTaskRunner;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
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

        Label explain = new Label(conflict.deletedMeanwhile()
                ? "Your edit was not saved. Choose: discard it, keep editing, or create the key again with your value."
                : "Your edit was not saved. " + io.statedesk.ui.common.Texts.count(conflict.changedLineCount(), "line")
                        + (conflict.changedLineCount() == 1 ? " differs" : " differ") + ". Overwriting is checked "
                        + "against their new ETag " + conflict.theirsEtag().orElse("(none)")
                        + ", so a third writer is still caught.");
        explain.setWrapText(true);

        TextArea theirs = pane(conflict.theirs().isEmpty() ? "(deleted)" : conflict.theirs());
        TextArea mine = pane(conflict.mine());
        GridPane sides = new GridPane();
        sides.setHgap(8);
        sides.setVgap(4);
        sides.add(new Label("Theirs (now in the table)"), 0, 0);
        sides.add(new Label("Mine (not saved)"), 1, 0);
        sides.add(theirs, 0, 1);
        sides.add(mine, 1, 1);
        GridPane.setHgrow(theirs, Priority.ALWAYS);
        GridPane.setHgrow(mine, Priority.ALWAYS);

        ListView<ConflictViewModel.DiffLine> diff = new ListView<>();
        diff.setId(DIFF_ID);
        diff.getItems().setAll(conflict.lines());
        diff.setPrefHeight(220);
        diff.setCellFactory(list -> new ListCell<>() {
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
        });
        Label diffTitle = new Label("Differences: - theirs, + mine");
        VBox content = new VBox(8, explain, sides, diffTitle, diff);
        content.setPadding(new Insets(8));
        content.setPrefWidth(860);
        getDialogPane().setContent(content);
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

    private static TextArea pane(String text) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setPrefRowCount(10);
        area.getStyleClass().add("code");
        return area;
    }
}
