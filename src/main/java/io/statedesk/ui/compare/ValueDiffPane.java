package io.statedesk.ui.compare;

import io.statedesk.compare.ValueDiff;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** The side-by-side view of two values: a changed line in yellow, a line only one side has in green on that side. */
public final class ValueDiffPane {

    public static final String TABLE_ID = "value-diff";

    private final BorderPane root = new BorderPane();

    public ValueDiffPane(ValueDiffModel model) {
        TableView<ValueDiff.Row> table = new TableView<>(model.rows());
        table.setId(TABLE_ID);
        table.getStyleClass().add("value-diff");
        TableColumn<ValueDiff.Row, String> left = new TableColumn<>();
        left.textProperty().bind(model.leftTitleProperty());
        left.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().left()));
        left.getStyleClass().add("left-side");
        left.setSortable(false);
        TableColumn<ValueDiff.Row, String> right = new TableColumn<>();
        right.textProperty().bind(model.rightTitleProperty());
        right.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().right()));
        right.getStyleClass().add("right-side");
        right.setSortable(false);
        table.getColumns().add(left);
        table.getColumns().add(right);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setFixedCellSize(22);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(ValueDiff.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("diff-equal", "diff-change", "diff-insert", "diff-delete");
                if (!empty && row != null) {
                    getStyleClass().add("diff-" + row.tag().name().toLowerCase(Locale.ROOT));
                }
            }
        });
        Label placeholder = new Label("Choose a key to see both values side by side.");
        placeholder.getStyleClass().add("text-muted");
        table.setPlaceholder(placeholder);
        Label summary = new Label();
        summary.textProperty().bind(model.summaryProperty());
        summary.setWrapText(true);
        summary.getStyleClass().add("text-muted");
        summary.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        root.setTop(summary);
        root.setCenter(table);
    }

    public BorderPane root() {
        return root;
    }
}
