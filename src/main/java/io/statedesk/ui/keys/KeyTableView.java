package io.statedesk.ui.keys;

import java.time.Clock;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** The virtualized key table: only visible rows are rendered, so 100,000 keys scroll smoothly. */
public final class KeyTableView {

    public static final String TABLE_ID = "key-table";

    private final TableView<KeyRow> table = new TableView<>();

    public KeyTableView(KeyTableViewModel model, Clock clock) {
        table.setId(TABLE_ID);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        // One row height for all: the virtual flow then never measures rows, which keeps 100,000 rows cheap.
        table.setFixedCellSize(28);
        // Unsorted, the table shows the filtered rows directly: a SortedList re-indexes every row on each insert,
        // which makes a 100,000-key scan quadratic. A sorted view is put in place only while a column is sorted.
        table.setItems(model.visibleRows());
        table.setSortPolicy(view -> {
            if (view.getComparator() == null) {
                if (view.getItems() != model.visibleRows()) {
                    view.setItems(model.visibleRows());
                }
            } else if (!(view.getItems() instanceof SortedList<?>)) {
                SortedList<KeyRow> sorted = new SortedList<>(model.visibleRows());
                sorted.comparatorProperty().bind(view.comparatorProperty());
                view.setItems(sorted);
            }
            return true;
        });
        table.getColumns().add(text("App / prefix", 110, KeyRow::app));
        table.getColumns().add(text("Actor type", 140, KeyRow::actorType));
        table.getColumns().add(text("Actor id", 80, KeyRow::actorId));
        table.getColumns().add(text("Key", 180, KeyRow::stateKey));
        table.getColumns().add(text("Type", 45, KeyRow::storage));
        TableColumn<KeyRow, Integer> size = new TableColumn<>("Size");
        size.setPrefWidth(65);
        size.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().valueSize()));
        size.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Integer bytes, boolean empty) {
                super.updateItem(bytes, empty);
                setText(empty || bytes == null ? null : formatBytes(bytes));
            }
        });
        table.getColumns().add(size);
        table.getColumns().add(text("Value", 300, KeyRow::preview));
        table.getColumns().add(text("ETag", 125, KeyRow::etag));
        TableColumn<KeyRow, String> ttl = text("TTL", 90, row -> row.ttl(clock.instant()));
        ttl.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
                getStyleClass().remove("expired");
                setTooltip(null);
                if (!empty && "expired".equals(value)) {
                    getStyleClass().add("expired");
                    setTooltip(new Tooltip("Dapr treats this key as missing: its TTL has passed, but DynamoDB "
                            + "has not deleted it yet."));
                }
            }
        });
        table.getColumns().add(ttl);
        Label placeholder = new Label("No keys to show.");
        placeholder.getStyleClass().add("text-muted");
        table.setPlaceholder(placeholder);
    }

    public TableView<KeyRow> table() {
        return table;
    }

    private static TableColumn<KeyRow, String> text(String title, double width, Function<KeyRow, String> value) {
        TableColumn<KeyRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    static String formatBytes(int bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
