package io.statedesk.ui.workspace;

import io.statedesk.ui.common.Icons;
import io.statedesk.ui.editor.ValueEditorView;
import io.statedesk.ui.history.HistoryDialog;
import io.statedesk.ui.keys.KeyRow;
import io.statedesk.ui.keys.KeyTableView;
import io.statedesk.ui.keys.KeyTableViewModel;
import io.statedesk.ui.keys.KeyTreeView;
import java.util.List;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/** One component's tab: where it points, the toolbar, tree | table | editor, and a status line. */
public final class StoreTabView {

    public static final String PREFIX_FIELD_ID = "prefix-filter";
    public static final String CONTAINS_FIELD_ID = "contains-filter";
    public static final String STATUS_ID = "scan-status";
    public static final String NOTICE_ID = "tab-notice";
    public static final String READ_ONLY_BANNER_ID = "read-only-banner";
    public static final String SANDBOX_BANNER_ID = "sandbox-banner";

    static final Duration AUTO_REFRESH = Duration.seconds(10);

    private final BorderPane root = new BorderPane();
    private final StoreTabViewModel model;
    private final KeyTableView table;
    private final ValueEditorView editor;
    private final TextField prefixField = new TextField();
    private final TextField containsField = new TextField();
    private final SplitPane split;
    private final SplitPane tableAndEditor;

    public StoreTabView(StoreTabViewModel model, NewKeyPrompt newKeyPrompt) {
        this.model = model;
        KeyTableViewModel keys = model.keys();
        table = new KeyTableView(keys, model.clock());
        KeyTreeView tree = new KeyTreeView(keys);
        editor = new ValueEditorView(model.editor());

        table.table().getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.open(row);
            }
        });
        table.table().setContextMenu(contextMenu());

        // Tree on the left; on the right the table above the editor, so the table gets the window's width.
        SplitPane tableAndEditor = new SplitPane(table.table(), editor.root());
        tableAndEditor.setOrientation(Orientation.VERTICAL);
        tableAndEditor.setDividerPositions(0.55);
        split = new SplitPane(tree.tree(), tableAndEditor);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.18);
        SplitPane.setResizableWithParent(tree.tree(), false);
        this.tableAndEditor = tableAndEditor;

        VBox top = new VBox(banners(), toolbar(newKeyPrompt));
        root.setTop(top);
        root.setCenter(split);
        root.setBottom(statusBar());
    }

    public BorderPane root() {
        return root;
    }

    public StoreTabViewModel model() {
        return model;
    }

    /** Tree | (table over editor). */
    public SplitPane split() {
        return split;
    }

    public SplitPane tableAndEditor() {
        return tableAndEditor;
    }

    public void focusFilter() {
        prefixField.requestFocus();
        prefixField.selectAll();
    }

    public void deleteSelection() {
        List<KeyRow> selected = List.copyOf(table.table().getSelectionModel().getSelectedItems());
        model.delete(selected);
    }

    public void showHistory() {
        var open = model.editor().itemProperty().get();
        if (open != null) {
            new HistoryDialog(model, open.key().stored(), root.getScene().getWindow()).show();
        }
    }

    private VBox banners() {
        VBox banners = new VBox();
        if (model.session().sandbox()) {
            String server = model.session().serverDescription().isEmpty() ? "a local DynamoDB"
                    : model.session().serverDescription();
            String notice = model.session().notice().isEmpty() ? "" : " " + model.session().notice();
            Label sandbox = new Label("Sandbox: sample Dapr state on " + server + " at "
                    + model.session().location() + ", on this computer only. Edit freely; File > Reset sandbox"
                    + " starts over." + notice);
            sandbox.setWrapText(true);
            sandbox.setId(SANDBOX_BANNER_ID);
            sandbox.setGraphic(Icons.icon(Feather.BOX));
            sandbox.getStyleClass().addAll("banner", "banner-sandbox");
            sandbox.setMaxWidth(Double.MAX_VALUE);
            Button copy = Icons.iconButton(Feather.COPY, "Copy the endpoint, to point a local daprd at it");
            copy.setOnAction(event -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(model.session().location());
                Clipboard.getSystemClipboard().setContent(content);
            });
            HBox row = new HBox(8, sandbox, copy);
            HBox.setHgrow(sandbox, Priority.ALWAYS);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("banner-row");
            banners.getChildren().add(row);
        }
        Label readOnly = new Label();
        readOnly.setId(READ_ONLY_BANNER_ID);
        readOnly.setGraphic(Icons.icon(Feather.LOCK));
        readOnly.getStyleClass().addAll("banner", "banner-read-only");
        readOnly.setMaxWidth(Double.MAX_VALUE);
        readOnly.setText(model.session().realAws()
                ? "Read-only: this component points at real AWS (" + model.session().location()
                        + "). Writes are refused until you allow them."
                : "Read-only: writes are refused.");
        Button allow = new Button("Allow writes…", Icons.icon(Feather.UNLOCK));
        allow.setTooltip(new Tooltip("Allow writes to this table for this session (asks first)"));
        allow.setOnAction(event -> model.setWritesAllowed(true));
        HBox readOnlyRow = new HBox(8, readOnly, allow);
        HBox.setHgrow(readOnly, Priority.ALWAYS);
        readOnlyRow.setAlignment(Pos.CENTER_LEFT);
        readOnlyRow.getStyleClass().add("banner-row");
        readOnlyRow.visibleProperty().bind(model.readOnlyProperty());
        readOnlyRow.managedProperty().bind(readOnlyRow.visibleProperty());
        banners.getChildren().add(readOnlyRow);
        return banners;
    }

    private HBox toolbar(NewKeyPrompt newKeyPrompt) {
        KeyTableViewModel keys = model.keys();
        Label where = new Label(model.session().config().table());
        where.setGraphic(Icons.icon(Feather.DATABASE));
        where.setTooltip(new Tooltip("Table " + model.session().config().table() + " at "
                + model.session().location()));
        where.getStyleClass().add("text-bold");

        prefixField.setId(PREFIX_FIELD_ID);
        prefixField.setPromptText("Key prefix (server-side), e.g. orders||");
        prefixField.setPrefColumnCount(18);
        prefixField.setTooltip(new Tooltip("Scan only keys beginning with this text (Enter). Ctrl+F"));
        prefixField.setOnAction(event -> {
            keys.prefixProperty().set(prefixField.getText());
            model.scan();
        });
        containsField.setId(CONTAINS_FIELD_ID);
        containsField.setPromptText("Contains (loaded keys)");
        containsField.setPrefColumnCount(14);
        containsField.setTooltip(new Tooltip("Filter the loaded keys by any part of the key"));
        keys.containsProperty().bind(containsField.textProperty());

        Button refresh = Icons.iconButton(Feather.REFRESH_CW, "Scan again (F5)");
        refresh.setOnAction(event -> {
            keys.prefixProperty().set(prefixField.getText());
            model.scan();
        });
        Button stop = Icons.iconButton(Feather.STOP_CIRCLE, "Stop the scan (Escape)");
        stop.setOnAction(event -> keys.cancel());
        stop.disableProperty().bind(keys.scanningProperty().not());
        Button add = Icons.button(Feather.PLUS, "New key", "Create a key (first-write: never replaces one)");
        add.setOnAction(event -> newKeyPrompt.ask(model));
        add.disableProperty().bind(model.readOnlyProperty());
        Button delete = Icons.iconButton(Feather.TRASH_2, "Delete the selected keys, ETag-checked (Delete)");
        delete.setOnAction(event -> deleteSelection());
        delete.disableProperty().bind(model.readOnlyProperty()
                .or(Bindings.isEmpty(table.table().getSelectionModel().getSelectedItems())));
        CheckBox autoRefresh = new CheckBox("Auto-refresh");
        autoRefresh.setSelected(true);
        autoRefresh.setTooltip(new Tooltip("Re-read the open key every " + AUTO_REFRESH.toSeconds()
                + " s and show a newer version (never replaces an unsaved edit)"));
        Timeline timer = new Timeline(new KeyFrame(AUTO_REFRESH, event -> model.reloadOpenItem()));
        timer.setCycleCount(Animation.INDEFINITE);
        // runs only while the tab is on screen and the box is ticked
        root.sceneProperty().addListener((obs, old, scene) ->
                updateTimer(timer, scene != null && autoRefresh.isSelected()));
        autoRefresh.selectedProperty().addListener((obs, old, on) -> updateTimer(timer, on && root.getScene() != null));
        Button history = Icons.iconButton(Feather.CLOCK, "Writes StateDesk made to the open key, with restore");
        history.setOnAction(event -> showHistory());
        history.disableProperty().bind(model.editor().itemProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, where, prefixField, containsField, refresh, stop, spacer, autoRefresh, history, add,
                delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("tool-bar");
        return bar;
    }

    private static void updateTimer(Timeline timer, boolean running) {
        if (running) {
            timer.play();
        } else {
            timer.stop();
        }
    }

    private ContextMenu contextMenu() {
        MenuItem copyKey = new MenuItem("Copy stored key");
        copyKey.setOnAction(event -> {
            KeyRow row = table.table().getSelectionModel().getSelectedItem();
            if (row != null) {
                ClipboardContent content = new ClipboardContent();
                content.putString(row.storedKey());
                Clipboard.getSystemClipboard().setContent(content);
            }
        });
        MenuItem delete = new MenuItem("Delete…");
        delete.setOnAction(event -> deleteSelection());
        delete.disableProperty().bind(model.readOnlyProperty());
        return new ContextMenu(copyKey, delete);
    }

    private HBox statusBar() {
        KeyTableViewModel keys = model.keys();
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(keys.scanningProperty());
        Label status = new Label();
        status.setId(STATUS_ID);
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            String base = keys.statusProperty().get();
            int shown = keys.visibleRows().size();
            long loaded = keys.loadedProperty().get();
            return shown == loaded ? base
                    : base + String.format(Locale.ROOT, " · %,d shown", shown);
        }, keys.statusProperty(), keys.loadedProperty(), keys.visibleRows()));
        Label error = new Label();
        error.getStyleClass().add("danger");
        error.textProperty().bind(keys.errorProperty());
        Label notice = new Label();
        notice.setId(NOTICE_ID);
        notice.textProperty().bind(model.noticeProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, progress, status, error, spacer, notice);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** Asks for an app id, a key and a storage type; the view model builds the stored key. */
    @FunctionalInterface
    public interface NewKeyPrompt {
        void ask(StoreTabViewModel model);
    }
}
