package io.statedesk.ui.keys;

import io.statedesk.ui.common.NaturalOrder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The virtualized key table: only visible rows are rendered, so 100,000 keys scroll smoothly.
 *
 * <p>The selection belongs to the user. When the view model changes the rows (a key read again, saved, added,
 * deleted, a scan's next batch), the table's own selection model resets its selection to the focused index, which
 * after a sort may hold another key. So the selected keys are noted before each change and selected again after it,
 * and only a selection the user made is reported as {@link #chosenRowProperty()}.
 */
public final class KeyTableView {

    public static final String TABLE_ID = "key-table";

    private final TableView<KeyRow> table = new TableView<>();
    private final ReadOnlyObjectWrapper<KeyRow> chosen = new ReadOnlyObjectWrapper<>();
    private List<String> keptKeys;
    private String keptFocus;
    private boolean keptAll;
    private boolean restoring;

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
                // Ties (a column of blank actor ids) are broken by key: a row updated in place keeps its index.
                sorted.comparatorProperty().bind(Bindings.createObjectBinding(() -> view.getComparator() == null
                        ? null : view.getComparator().thenComparing(KeyTableViewModel.BY_KEY),
                        view.comparatorProperty()));
                view.setItems(sorted);
            }
            return true;
        });
        model.updatingProperty().addListener((obs, was, now) -> {
            if (now) {
                remember();
            } else {
                restore();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!model.updatingProperty().get() && !restoring) {
                chosen.set(row);
            }
        });
        table.getColumns().add(text("App / prefix", 110, KeyRow::app));
        table.getColumns().add(text("Actor type", 140, KeyRow::actorType));
        table.getColumns().add(text("Actor id", 80, KeyRow::actorId));
        table.getColumns().add(text("Key", 180, KeyRow::stateKey));
        // The listing reads keys only: these three read the value of the rows on screen, and only of those (a sort
        // by them would read every value, so they do not sort).
        table.getColumns().add(lazy(model, "Type", 45, ValuePreview::storage));
        table.getColumns().add(lazy(model, "Size", 65,
                preview -> preview.size() < 0 ? "" : formatBytes(preview.size())));
        table.getColumns().add(lazy(model, "Value", 300, ValuePreview::preview));
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

    /** The row the user selected last (by click or keyboard); never a row the table moved the selection to. */
    public ReadOnlyObjectProperty<KeyRow> chosenRowProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** Selects the key's row without reporting it as chosen: for putting the selection back where the editor is. */
    public void selectQuietly(String storedKey) {
        restoring = true;
        try {
            table.getSelectionModel().clearSelection();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).storedKey().equals(storedKey)) {
                    table.getSelectionModel().select(i);
                    table.getFocusModel().focus(i);
                    break;
                }
            }
        } finally {
            restoring = false;
        }
    }

    private void remember() {
        List<KeyRow> items = table.getItems();
        keptKeys = table.getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull)
                .map(KeyRow::storedKey).toList();
        int focus = table.getFocusModel().getFocusedIndex();
        keptFocus = focus >= 0 && focus < items.size() ? items.get(focus).storedKey() : null;
        keptAll = !items.isEmpty() && table.getSelectionModel().getSelectedIndices().size() == items.size();
    }

    /** Selects the noted keys again (those still shown), the focused one last so that it stays the selected item. */
    private void restore() {
        if (keptKeys == null) {
            return;
        }
        List<KeyRow> items = table.getItems();
        int focusNow = table.getFocusModel().getFocusedIndex();
        String focusKey = focusNow >= 0 && focusNow < items.size() ? items.get(focusNow).storedKey() : null;
        List<String> selectedNow = table.getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull)
                .map(KeyRow::storedKey).toList();
        if (selectedNow.equals(keptKeys) && Objects.equals(focusKey, keptFocus)) {
            keptKeys = null;
            return;
        }
        restoring = true;
        try {
            if (keptAll && !items.isEmpty()) {
                table.getSelectionModel().selectAll();
            } else {
                Set<String> wanted = new HashSet<>(keptKeys);
                List<Integer> indices = new ArrayList<>();
                int focusIndex = -1;
                // one pass at most, ending once every noted key is found; none when nothing was noted
                int found = 0;
                for (int i = 0; i < items.size()
                        && (found < wanted.size() || keptFocus != null && focusIndex < 0); i++) {
                    String key = items.get(i).storedKey();
                    if (key.equals(keptFocus)) {
                        focusIndex = i;
                    }
                    if (wanted.contains(key)) {
                        found++;
                        if (!key.equals(keptFocus)) {
                            indices.add(i);
                        }
                    }
                }
                if (focusIndex >= 0 && wanted.contains(keptFocus)) {
                    indices.add(focusIndex);
                }
                table.getSelectionModel().clearSelection();
                if (!indices.isEmpty()) {
                    int[] rest = indices.subList(1, indices.size()).stream().mapToInt(Integer::intValue).toArray();
                    table.getSelectionModel().selectIndices(indices.get(0), rest);
                }
                if (focusIndex >= 0) {
                    table.getFocusModel().focus(focusIndex);
                }
            }
        } finally {
            restoring = false;
            keptKeys = null;
        }
    }

    private static TableColumn<KeyRow, String> text(String title, double width, Function<KeyRow, String> value) {
        TableColumn<KeyRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setComparator(NaturalOrder.INSTANCE);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<KeyRow, String> lazy(KeyTableViewModel model, String title, double width,
            Function<ValuePreview, String> part) {
        TableColumn<KeyRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> {
            ReadOnlyObjectProperty<ValuePreview> preview = model.valueOf(cell.getValue());
            return Bindings.createStringBinding(() -> part.apply(preview.get()), preview);
        });
        return column;
    }

    static String formatBytes(int bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
