package io.statedesk.ui.workspace;

import io.statedesk.engine.model.StateItem;
import io.statedesk.ui.common.Icons;
import io.statedesk.ui.common.MessageLine;
import io.statedesk.ui.editor.ValueEditorView;
import io.statedesk.ui.history.HistoryView;
import io.statedesk.ui.keys.KeyRow;
import io.statedesk.ui.keys.KeyTableView;
import io.statedesk.ui.keys.KeyTableViewModel;
import io.statedesk.ui.keys.KeyTreeView;
import io.statedesk.ui.search.SearchBar;
import io.statedesk.ui.search.SearchBarViewModel;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
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
    public static final String TABLE_NAME_ID = "table-name";
    static final int TABLE_NAME_SHOWN = 24;
    public static final String CONTAINS_FIELD_ID = "contains-filter";
    public static final String STATUS_ID = "scan-status";
    public static final String SCAN_ERROR_ID = "scan-error";
    public static final String NOTICE_ID = "tab-notice";
    public static final String READ_ONLY_BANNER_ID = "read-only-banner";
    public static final String SANDBOX_BANNER_ID = "sandbox-banner";
    public static final String AUTO_REFRESH_ID = "auto-refresh";

    static final Duration AUTO_REFRESH = Duration.seconds(10);
    /** Each pane keeps at least this much, whatever the window's size or the messages shown. */
    static final double MIN_TREE_WIDTH = 140;
    public static final double MIN_TABLE_HEIGHT = 88;

    private final BorderPane root = new BorderPane();
    private final StoreTabViewModel model;
    private final KeyTableView table;
    private final ValueEditorView editor;
    private final TextField prefixField = new TextField();
    private final SearchBar search;
    private TransferActions transfers = TransferActions.NONE;
    private final SplitPane split;
    private final SplitPane tableAndEditor;
    private final BiConsumer<String, String> showText;

    /**
     * @param showText shows a long message in full (title, text): the window's DialogService.showText
     */
    public StoreTabView(StoreTabViewModel model, NewKeyPrompt newKeyPrompt, BiConsumer<String, String> showText) {
        this.model = model;
        this.showText = showText;
        KeyTableViewModel keys = model.keys();
        table = new KeyTableView(keys, model.clock());
        KeyTreeView tree = new KeyTreeView(keys);
        editor = new ValueEditorView(model.editor());
        search = new SearchBar(new SearchBarViewModel(keys, model::scan), CONTAINS_FIELD_ID);

        // Only a selection the user made opens a key: rows updated in place never move the editor.
        table.chosenRowProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.open(row);
            }
        });
        model.setOnStay(table::selectQuietly);
        // Enter on an exact key in the key filter: the row it found is selected and opened.
        keys.lookedUpProperty().addListener((obs, old, row) -> {
            if (row != null) {
                table.selectQuietly(row.storedKey());
                table.table().scrollTo(row);
                model.open(row);
            }
        });
        KeyActions actions = new KeyActions(this);
        table.table().setContextMenu(actions.contextMenu());
        editor.header().getChildren().add(actions.itemMenu());

        // Each pane keeps a usable minimum: the editor's value area never shrinks to nothing under a message.
        table.table().setMinHeight(MIN_TABLE_HEIGHT);
        tree.tree().setMinWidth(MIN_TREE_WIDTH);

        // Tree on the left; on the right the table above the editor, so the table gets the window's width.
        tableAndEditor = new SplitPane(table.table(), editor.root());
        tableAndEditor.setOrientation(Orientation.VERTICAL);
        tableAndEditor.setDividerPositions(0.55);
        split = new SplitPane(tree.tree(), tableAndEditor);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.18);
        SplitPane.setResizableWithParent(tree.tree(), false);

        VBox top = new VBox(TabBanners.of(model), toolbar(newKeyPrompt));
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

    public ValueEditorView editor() {
        return editor;
    }

    KeyTableView table() {
        return table;
    }

    List<KeyRow> selectedRows() {
        return List.copyOf(table.table().getSelectionModel().getSelectedItems());
    }

    /** The keys selected in the table now. */
    public List<KeyRow> selectedKeys() {
        return selectedRows();
    }

    public void focusFilter() {
        prefixField.requestFocus();
        prefixField.selectAll();
    }

    /** True when the keyboard focus is in the value editor (its text, its TTL), where Escape means "revert". */
    public boolean editorHasFocus() {
        javafx.scene.Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        for (javafx.scene.Node node = focused; node != null; node = node.getParent()) {
            if (node == editor.root()) {
                return true;
            }
        }
        return false;
    }

    public void deleteSelection() {
        model.delete(selectedRows());
    }

    public void showHistory() {
        StateItem open = model.editor().itemProperty().get();
        if (open != null && !model.editor().draftProperty().get()) {
            new HistoryView(model.history(open.key().stored()), root.getScene().getWindow()).show();
        }
    }

    /** The whole item as DynamoDB holds it. */
    public void showRaw(String key) {
        model.raw(key, item -> new RawItemView(key, item, root.getScene().getWindow()).show());
    }

    void showText(String title, String text) {
        showText.accept(title, text);
    }

    private HBox toolbar(NewKeyPrompt newKeyPrompt) {
        KeyTableViewModel keys = model.keys();
        String tableName = model.session().config().table();
        Label where = new Label(shortTableName(tableName));
        where.setId(TABLE_NAME_ID);
        where.setGraphic(Icons.icon(Feather.DATABASE));
        where.setTooltip(new Tooltip("Table " + tableName + " at " + model.session().location()));
        where.getStyleClass().add("text-bold");
        // The table's name stays readable: long names are cut in the middle here, never squeezed to "d…".
        where.setMinWidth(Region.USE_PREF_SIZE);

        prefixField.setId(PREFIX_FIELD_ID);
        prefixField.setPromptText("Key prefix (server-side), e.g. orders||");
        prefixField.setPrefColumnCount(18);
        prefixField.setTooltip(new Tooltip("Scan only keys beginning with this text (Enter). Ctrl+F"));
        prefixField.setOnAction(event -> {
            keys.prefixProperty().set(prefixField.getText());
            model.scan();
        });

        Button refresh = Icons.iconButton(Feather.REFRESH_CW, "Scan again (F5)");
        refresh.setOnAction(event -> {
            keys.prefixProperty().set(prefixField.getText());
            model.scan();
        });
        Button stop = Icons.iconButton(Feather.STOP_CIRCLE, "Stop the scan (Escape)");
        stop.setOnAction(event -> keys.cancel());
        stop.disableProperty().bind(keys.scanningProperty().not());
        Button add = Icons.button(Feather.PLUS, "New key", "A new key, written on Save with first-write (never"
                + " replaces one)");
        add.setOnAction(event -> newKeyPrompt.ask(model));
        add.disableProperty().bind(model.readOnlyProperty());
        Button delete = Icons.iconButton(Feather.TRASH_2, "Delete the selected keys, ETag-checked (Delete)");
        delete.setOnAction(event -> deleteSelection());
        delete.disableProperty().bind(model.readOnlyProperty()
                .or(Bindings.isEmpty(table.table().getSelectionModel().getSelectedItems())));
        CheckBox autoRefresh = new CheckBox("Auto-refresh the open key");
        autoRefresh.setId(AUTO_REFRESH_ID);
        autoRefresh.setSelected(true);
        autoRefresh.setTooltip(new Tooltip(String.format(Locale.ROOT, "Read the key open in the editor again every"
                + " %.0f s and show a newer version (never replaces an unsaved edit). The key list is scanned"
                + " again only with F5.", AUTO_REFRESH.toSeconds())));
        Timeline timer = new Timeline(new KeyFrame(AUTO_REFRESH, event -> model.reloadOpenItem()));
        timer.setCycleCount(Animation.INDEFINITE);
        // runs only while the tab is on screen and the box is ticked
        root.sceneProperty().addListener((obs, old, scene) ->
                updateTimer(timer, scene != null && autoRefresh.isSelected()));
        autoRefresh.selectedProperty().addListener((obs, old, on) -> updateTimer(timer, on && root.getScene() != null));
        Button history = Icons.iconButton(Feather.CLOCK, "Writes StateDesk made to the open key, with restore");
        history.setOnAction(event -> showHistory());
        history.disableProperty().bind(model.editor().itemProperty().isNull().or(model.editor().draftProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (Region fixed : new Region[] {refresh, stop, add, delete, history, autoRefresh}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        prefixField.setMinWidth(80);
        HBox bar = new HBox(8, where, prefixField, search.root(), refresh, stop, spacer, autoRefresh, history, add,
                delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("tool-bar");
        return bar;
    }

    /** A table name of at most {@value #TABLE_NAME_SHOWN} characters: the start and the end of a longer one. */
    static String shortTableName(String name) {
        if (name.length() <= TABLE_NAME_SHOWN) {
            return name;
        }
        int tail = TABLE_NAME_SHOWN / 2 - 1;
        return name.substring(0, TABLE_NAME_SHOWN - tail - 1) + "…" + name.substring(name.length() - tail);
    }

    private static void updateTimer(Timeline timer, boolean running) {
        if (running) {
            timer.play();
        } else {
            timer.stop();
        }
    }

    private HBox statusBar() {
        KeyTableViewModel keys = model.keys();
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(keys.scanningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.setId(STATUS_ID);
        status.setMinWidth(Region.USE_PREF_SIZE);
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            String base = keys.statusProperty().get();
            int shown = keys.visibleRows().size();
            long loaded = keys.loadedProperty().get();
            return shown == loaded ? base : base + String.format(Locale.ROOT, " · %,d shown", shown);
        }, keys.statusProperty(), keys.loadedProperty(), keys.visibleRows()));
        keys.staleProperty().addListener((obs, was, stale) -> {
            status.getStyleClass().remove("warning");
            if (stale) {
                status.getStyleClass().add("warning");
            }
        });
        MessageLine error = new MessageLine(SCAN_ERROR_ID, "Why the scan failed", keys.errorProperty(),
                new javafx.beans.property.SimpleBooleanProperty(true), showText, null);
        MessageLine notice = new MessageLine(NOTICE_ID, "Message", model.noticeProperty(),
                model.noticeIsProblemProperty(), showText, model::dismissNotice);
        HBox.setHgrow(error.root(), Priority.SOMETIMES);
        HBox.setHgrow(notice.root(), Priority.ALWAYS);
        notice.root().setAlignment(Pos.CENTER_RIGHT);
        notice.label().setAlignment(Pos.CENTER_RIGHT);
        HBox bar = new HBox(8, progress, status, error.root(), notice.root());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** What the window offers beyond this tab (copy to another open component, compare, export); set by the shell. */
    public void setTransferActions(TransferActions actions) {
        transfers = actions;
    }

    TransferActions transfers() {
        return transfers;
    }

    /** Copy, compare and export, which need the other open tabs: the shell implements them. */
    public interface TransferActions {
        TransferActions NONE = new TransferActions() {
        };

        /** Copies the selected keys to another open component. */
        default void copy(StoreTabViewModel from, List<KeyRow> rows) {
        }

        /** Shows two keys' values side by side. */
        default void compareValues(StoreTabViewModel tab, KeyRow left, KeyRow right) {
        }

        /** Exports the selection, the keys shown (a search's result) or a prefix, with progress. */
        default void export(StoreTabViewModel tab, List<KeyRow> selected) {
            tab.export(selected);
        }
    }

    /** Asks for an app id, a key and a storage type; the view model builds the stored key. */
    @FunctionalInterface
    public interface NewKeyPrompt {
        void ask(StoreTabViewModel model);
    }
}
