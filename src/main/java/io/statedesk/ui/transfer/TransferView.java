package io.statedesk.ui.transfer;

import io.statedesk.transfer.CopyMode;
import io.statedesk.ui.common.Icons;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
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
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/** The copy (or import) window: from where, to where, how; the dry run's plan, then each key's outcome. */
public final class TransferView {

    public static final String TARGET_ID = "transfer-target";
    public static final String MODE_ID = "transfer-mode";
    public static final String PREVIEW_ID = "transfer-preview";
    public static final String RUN_ID = "transfer-run";
    public static final String STOP_ID = "transfer-stop";
    public static final String TABLE_ID = "transfer-table";
    public static final String STATUS_ID = "transfer-status";
    public static final String REWRITE_TO_ID = "transfer-rewrite-to";

    private final BorderPane root = new BorderPane();

    public TransferView(TransferViewModel model, Runnable close) {
        root.setTop(header(model));
        root.setCenter(table(model));
        root.setBottom(footer(model, close));
        root.setPrefSize(1040, 640);
    }

    public BorderPane root() {
        return root;
    }

    private VBox header(TransferViewModel model) {
        Label from = new Label((model.isImport() ? "Import " : "Copy ") + model.source().describe());
        from.getStyleClass().add("title-4");
        from.setWrapText(true);

        ComboBox<TransferTarget> target = new ComboBox<>(model.targets());
        target.setId(TARGET_ID);
        target.valueProperty().bindBidirectional(model.targetProperty());
        target.setPrefWidth(420);
        Label into = new Label("into");
        into.setLabelFor(target);
        HBox where = new HBox(8, into, target);
        where.setAlignment(Pos.CENTER_LEFT);

        ComboBox<CopyMode> mode = new ComboBox<>();
        mode.getItems().setAll(CopyMode.values());
        mode.setId(MODE_ID);
        mode.valueProperty().bindBidirectional(model.modeProperty());
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(CopyMode value) {
                return value == null ? "" : switch (value) {
                    case CREATE_ONLY -> "create-only: keep keys the target has";
                    case OVERWRITE -> "overwrite: replace them";
                    case ETAG_CHECKED -> "etag-checked: write only where the target is as compared";
                };
            }

            @Override
            public CopyMode fromString(String text) {
                return CopyMode.parse(text).orElse(CopyMode.CREATE_ONLY);
            }
        });
        mode.setTooltip(new Tooltip("create-only writes only keys the target does not have (first-write). "
                + "overwrite replaces what the target holds. etag-checked replaces an item only while it still has "
                + "the ETag it had when compared or previewed, and creates a key only while it is still absent: a "
                + "write made meanwhile is reported, never overwritten."));
        Label modeLabel = new Label("Mode");
        modeLabel.setLabelFor(mode);
        HBox how = new HBox(8, modeLabel, mode);
        how.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(8, from, where, how);
        if (!model.isImport()) {
            CheckBox ttl = new CheckBox("Keep the TTL (the same expiry time)");
            ttl.selectedProperty().bindBidirectional(model.keepTtlProperty());
            TextField fromPrefix = new TextField();
            fromPrefix.textProperty().bindBidirectional(model.rewriteFromProperty());
            fromPrefix.setPrefColumnCount(12);
            fromPrefix.setPromptText("e.g. orders||");
            TextField toPrefix = new TextField();
            toPrefix.setId(REWRITE_TO_ID);
            toPrefix.textProperty().bindBidirectional(model.rewriteToProperty());
            toPrefix.setPrefColumnCount(12);
            toPrefix.setPromptText("e.g. orders-v2||");
            Label rewrite = new Label("Keys beginning with");
            Label becomes = new Label("begin with");
            Label hint = new Label("in the target (change it when the app ids differ)");
            hint.getStyleClass().add("text-muted");
            HBox keys = new HBox(8, rewrite, fromPrefix, becomes, toPrefix, hint);
            keys.setAlignment(Pos.CENTER_LEFT);
            how.getChildren().addAll(new Region(), ttl);
            box.getChildren().add(keys);
        }
        box.getStyleClass().add("window-header");
        return box;
    }

    private TableView<TransferRow> table(TransferViewModel model) {
        TableView<TransferRow> table = new TableView<>(model.rows());
        table.setId(TABLE_ID);
        table.getStyleClass().add("transfer-table");
        table.getColumns().add(column(model.isImport() ? "From" : "Source key", 180, TransferRow::source));
        table.getColumns().add(column("Target key", 180, TransferRow::target));
        table.getColumns().add(column("Plan / outcome", 140, TransferRow::state));
        table.getColumns().add(column("Why", 520, TransferRow::detail));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(TransferRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("tone-planned", "tone-done", "tone-left", "tone-problem");
                setTooltip(null);
                if (!empty && row != null) {
                    getStyleClass().add("tone-" + row.tone().name().toLowerCase(java.util.Locale.ROOT));
                    Tooltip why = new Tooltip(row.state() + ": " + row.detail());
                    why.setWrapText(true);
                    why.setMaxWidth(520);
                    setTooltip(why);
                }
            }
        });
        Label placeholder = new Label("Preview shows what each key would do: nothing is written before Copy.");
        placeholder.getStyleClass().add("text-muted");
        table.setPlaceholder(placeholder);
        return table;
    }

    private static TableColumn<TransferRow, String> column(String title, double width,
            java.util.function.Function<TransferRow, String> value) {
        TableColumn<TransferRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(
                cell.getValue())));
        return column;
    }

    private VBox footer(TransferViewModel model, Runnable close) {
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.setPrefWidth(200);
        progress.visibleProperty().bind(model.busyProperty());
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
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);

        Button preview = Icons.button(Feather.EYE, "Preview", "Dry run: read the source and the target and show "
                + "what each key would do; writes nothing");
        preview.setId(PREVIEW_ID);
        preview.setOnAction(event -> model.preview());
        preview.disableProperty().bind(model.busyProperty().or(model.targetProperty().isNull()));
        Button run = Icons.button(model.isImport() ? Feather.UPLOAD : Feather.COPY, model.isImport() ? "Import"
                : "Copy", "Write the previewed plan, each key with its check (asks first)");
        run.setId(RUN_ID);
        run.setOnAction(event -> model.run());
        run.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canRunProperty().get(),
                model.canRunProperty()));
        Button stop = Icons.button(Feather.STOP_CIRCLE, "Stop", "Stop after the key in flight; the rest is not "
                + "written");
        stop.setId(STOP_ID);
        stop.setOnAction(event -> model.cancel());
        stop.disableProperty().bind(model.busyProperty().not());
        Button done = new Button("Close");
        done.setOnAction(event -> close.run());
        for (Region fixed : new Region[] {preview, run, stop, done}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox line = new HBox(8, progress, status, preview, run, stop, done);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(line);
        box.getStyleClass().add("window-footer");
        return box;
    }
}
