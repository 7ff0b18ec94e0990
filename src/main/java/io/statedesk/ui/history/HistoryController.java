package io.statedesk.ui.history;

import io.statedesk.ui.common.LineDiff;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;

/** The controller of HistoryView.fxml: binds the list, the side toggle, the diff and restore to the view model. */
public final class HistoryController {

    private final HistoryViewModel model;
    @FXML
    private ListView<HistoryViewModel.Entry> list;
    @FXML
    private ToggleGroup sides;
    @FXML
    private ToggleButton before;
    @FXML
    private ToggleButton after;
    @FXML
    private Label current;
    @FXML
    private Label comparison;
    @FXML
    private ListView<LineDiff.Line> diff;
    @FXML
    private Button restore;
    @FXML
    private Label message;

    HistoryController(HistoryViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        list.setItems(model.entries());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null) {
                model.selectedProperty().set(entry);
            }
        });
        model.selectedProperty().addListener((obs, old, entry) -> {
            if (entry != null && list.getSelectionModel().getSelectedItem() != entry) {
                list.getSelectionModel().select(entry);
            }
        });
        model.sideProperty().addListener((obs, old, now) -> showSide());
        showSide();
        current.textProperty().bind(model.currentProperty());
        comparison.textProperty().bind(model.comparisonProperty());
        diff.setItems(model.diff());
        diff.setCellFactory(view -> new DiffCell());
        restore.disableProperty().bind(model.canRestoreProperty().not().or(model.busyProperty()));
        message.textProperty().bind(model.messageProperty());
    }

    /** A toggle clicked twice stays selected: one of the two sides is always shown. */
    private void showSide() {
        sides.selectToggle(model.sideProperty().get() == HistoryViewModel.Side.BEFORE ? before : after);
    }

    @FXML
    private void showBefore() {
        model.sideProperty().set(HistoryViewModel.Side.BEFORE);
        showSide();
    }

    @FXML
    private void showAfter() {
        model.sideProperty().set(HistoryViewModel.Side.AFTER);
        showSide();
    }

    @FXML
    private void restore() {
        model.restore();
    }

    /** "- " lines are the current value's, "+ " lines the chosen version's. */
    private static final class DiffCell extends ListCell<LineDiff.Line> {
        @Override
        protected void updateItem(LineDiff.Line line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("diff-theirs", "diff-mine");
            if (empty || line == null) {
                setText(null);
                return;
            }
            switch (line.side()) {
                case OLD -> {
                    setText("- " + line.text());
                    getStyleClass().add("diff-theirs");
                }
                case NEW -> {
                    setText("+ " + line.text());
                    getStyleClass().add("diff-mine");
                }
                case BOTH -> setText("  " + line.text());
            }
        }
    }
}
