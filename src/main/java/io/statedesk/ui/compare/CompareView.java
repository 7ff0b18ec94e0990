package io.statedesk.ui.compare;

import io.statedesk.compare.DiffEntry;
import io.statedesk.compare.DiffKind;
import io.statedesk.compare.Snapshot;
import io.statedesk.ui.common.Icons;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The store comparison window: two sides, the keys by class, and the chosen key's values side by side. */
public final class CompareView {

    public static final String COMPARE_ID = "compare-run";
    public static final String TABLE_ID = "compare-table";
    public static final String COPY_ID = "compare-copy";
    public static final String STATUS_ID = "compare-status";

    private final BorderPane root = new BorderPane();
    private final TableView<DiffEntry> table = new TableView<>();

    public CompareView(CompareViewModel model) {
        root.setTop(header(model));
        table.setItems(model.shown());
        table.setId(TABLE_ID);
        table.getStyleClass().add("compare-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().add(column("Key", 300, DiffEntry::key));
        table.getColumns().add(column("Status", 110, entry -> label(entry.kind())));
        table.getColumns().add(column("What differs", 130, DiffEntry::reason));
        table.getColumns().add(column("Left ETag", 150, entry -> etag(entry.left())));
        table.getColumns().add(column("Right ETag", 150, entry -> etag(entry.right())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(DiffEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                for (DiffKind kind : DiffKind.values()) {
                    getStyleClass().remove("kind-" + kind.text());
                }
                if (!empty && entry != null) {
                    getStyleClass().add("kind-" + entry.kind().text());
                }
            }
        });
        Label placeholder = new Label("No keys to show: compare, or tick the classes above.");
        placeholder.getStyleClass().add("text-muted");
        table.setPlaceholder(placeholder);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) ->
                model.chosenProperty().set(entry));
        SplitPane split = new SplitPane(table, new ValueDiffPane(model.values()).root());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        root.setCenter(split);
        root.setBottom(footer(model));
        root.setPrefSize(1180, 760);
    }

    public BorderPane root() {
        return root;
    }

    public TableView<DiffEntry> table() {
        return table;
    }

    private VBox header(CompareViewModel model) {
        HBox sides = new HBox(8, side("Left", model.sides(), model, true), new Label("with"),
                side("Right", model.sides(), model, false));
        sides.setAlignment(Pos.CENTER_LEFT);
        Button compare = Icons.button(Feather.COLUMNS, "Compare", "Read both sides and compare them key by key");
        compare.setId(COMPARE_ID);
        compare.setDefaultButton(true);
        compare.setOnAction(event -> model.compare());
        compare.disableProperty().bind(model.busyProperty());
        Button stop = Icons.iconButton(Feather.STOP_CIRCLE, "Stop the comparison");
        stop.setOnAction(event -> model.cancel());
        stop.disableProperty().bind(model.busyProperty().not());
        sides.getChildren().addAll(compare, stop);

        HBox filters = new HBox(14);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.getChildren().add(new Label("Show:"));
        for (DiffKind kind : DiffKind.values()) {
            CheckBox box = new CheckBox();
            box.setId("compare-show-" + kind.text());
            box.selectedProperty().bindBidirectional(model.showProperty(kind));
            box.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "%s (%,d)",
                    label(kind), model.countProperty(kind).get()), model.countProperty(kind)));
            filters.getChildren().add(box);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button copy = Icons.button(Feather.COPY, "Copy to the right…", "Copy the selected keys (or, with none "
                + "selected, every key only the left has or that differs) to the right side; with etag-checked, a "
                + "key written on the right since this comparison is reported, never overwritten");
        copy.setId(COPY_ID);
        copy.setOnAction(event -> model.copyToRight(List.copyOf(table.getSelectionModel().getSelectedItems())));
        copy.disableProperty().bind(model.busyProperty());
        filters.getChildren().addAll(spacer, copy);
        VBox box = new VBox(8, sides, filters);
        box.getStyleClass().add("window-header");
        return box;
    }

    private static HBox side(String name, javafx.collections.ObservableList<CompareSide> sides,
            CompareViewModel model, boolean left) {
        ComboBox<CompareSide> choice = new ComboBox<>(sides);
        choice.setId("compare-" + name.toLowerCase(Locale.ROOT));
        choice.valueProperty().bindBidirectional(left ? model.leftProperty() : model.rightProperty());
        choice.setPrefWidth(240);
        TextField prefix = new TextField();
        prefix.setId("compare-" + name.toLowerCase(Locale.ROOT) + "-prefix");
        prefix.textProperty().bindBidirectional(left ? model.leftPrefixProperty() : model.rightPrefixProperty());
        prefix.setPromptText("key prefix (optional)");
        prefix.setPrefColumnCount(11);
        prefix.setTooltip(new Tooltip("Compare only keys beginning with this; keys are matched by what follows it"));
        Label label = new Label(name);
        label.getStyleClass().add("text-bold");
        HBox box = new HBox(6, label, choice, prefix);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private HBox footer(CompareViewModel model) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.setId(STATUS_ID);
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        model.problemProperty().addListener((obs, was, now) -> {
            status.getStyleClass().remove("danger");
            if (now) {
                status.getStyleClass().add("danger");
            }
        });
        HBox line = new HBox(8, progress, status);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("status-bar");
        return line;
    }

    static String label(DiffKind kind) {
        return switch (kind) {
            case ONLY_LEFT -> "Only left";
            case ONLY_RIGHT -> "Only right";
            case DIFFERENT -> "Different";
            case SAME -> "Same";
        };
    }

    private static String etag(Snapshot snapshot) {
        return snapshot == null ? "" : snapshot.etag() == null ? "(none)" : snapshot.etag();
    }

    private static TableColumn<DiffEntry, String> column(String title, double width,
            Function<DiffEntry, String> value) {
        TableColumn<DiffEntry, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
