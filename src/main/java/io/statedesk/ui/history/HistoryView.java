package io.statedesk.ui.history;

import io.statedesk.ui.common.DialogSizing;
import io.statedesk.ui.common.LineDiff;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
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

        ListView<HistoryViewModel.Entry> list = new ListView<>(model.entries());
        list.setId(LIST_ID);
        list.setPlaceholder(new Label("StateDesk has not written this key yet."));
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
        list.setMinWidth(220);
        list.getStyleClass().add("history-list");
        list.setFixedCellSize(46);

        ToggleGroup sides = new ToggleGroup();
        ToggleButton before = side("Value before this write", HistoryViewModel.Side.BEFORE, sides, model);
        before.setId(BEFORE_ID);
        ToggleButton after = side("Value this write saved", HistoryViewModel.Side.AFTER, sides, model);
        after.setId(AFTER_ID);
        HBox sideBar = new HBox(0, before, after);
        sideBar.getStyleClass().add("segmented");
        model.sideProperty().addListener((obs, old, now) -> sides.selectToggle(now == HistoryViewModel.Side.BEFORE
                ? before : after));
        sides.selectToggle(model.sideProperty().get() == HistoryViewModel.Side.BEFORE ? before : after);

        Label current = new Label();
        current.textProperty().bind(model.currentProperty());
        current.getStyleClass().add("text-muted");
        current.setWrapText(true);
        Label comparison = new Label();
        comparison.textProperty().bind(model.comparisonProperty());
        comparison.setWrapText(true);

        ListView<LineDiff.Line> diff = new ListView<>(model.diff());
        diff.setId(DIFF_ID);
        diff.getStyleClass().add("diff-list");
        diff.setPlaceholder(new Label("No difference to show."));
        diff.setCellFactory(view -> new DiffCell());
        diff.setFixedCellSize(22);
        VBox.setVgrow(diff, Priority.ALWAYS);

        Button restore = new Button("Restore this version…");
        restore.setId(RESTORE_ID);
        restore.getStyleClass().add("accent");
        restore.disableProperty().bind(model.canRestoreProperty().not().or(model.busyProperty()));
        restore.setOnAction(event -> model.restore());
        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Label note = new Label("A restore is checked against the ETag of the current value shown above, keeps the"
                + " key's TTL, and is itself recorded here.");
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        HBox actions = new HBox(8, restore, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(message, Priority.ALWAYS);
        restore.setMinWidth(Region.USE_PREF_SIZE);

        for (Label wrapped : new Label[] {current, comparison, message, note}) {
            wrapped.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox right = new VBox(8, current, sideBar, comparison, diff, actions, note);
        right.setPadding(new Insets(0, 0, 0, 8));
        right.setMinWidth(320);
        SplitPane split = new SplitPane(list, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.32);
        SplitPane.setResizableWithParent(list, false);
        split.setPrefSize(960, 520);
        split.setMinSize(560, 260);
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

    private static ToggleButton side(String text, HistoryViewModel.Side side, ToggleGroup group,
            HistoryViewModel model) {
        ToggleButton button = new ToggleButton(text);
        button.setToggleGroup(group);
        button.setOnAction(event -> {
            model.sideProperty().set(side);
            group.selectToggle(button);
        });
        return button;
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
