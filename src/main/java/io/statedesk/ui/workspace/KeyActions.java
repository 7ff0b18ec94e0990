package io.statedesk.ui.workspace;

import io.statedesk.engine.model.StateItem;
import io.statedesk.ui.common.Icons;
import io.statedesk.ui.keys.KeyRow;
import io.statedesk.ui.workspace.StoreTabViewModel.CopyWhat;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.kordamp.ikonli.feather.Feather;

/** What can be done with selected keys (the table's context menu) and with the open key (the editor's menu). */
final class KeyActions {

    static final String ITEM_MENU_ID = "item-menu";

    private final StoreTabView view;
    private final StoreTabViewModel model;

    KeyActions(StoreTabView view) {
        this.view = view;
        this.model = view.model();
    }

    ContextMenu contextMenu() {
        MenuItem copyKey = item("Copy key", Feather.COPY, () -> copy(CopyWhat.KEY));
        MenuItem copyValue = item("Copy value", null, () -> copy(CopyWhat.VALUE));
        MenuItem copyJson = item("Copy as JSON", null, () -> copy(CopyWhat.JSON));
        MenuItem export = item("Export…", Feather.DOWNLOAD, () -> view.transfers().export(model,
                view.selectedRows()));
        MenuItem copyTo = item("Copy to another component…", Feather.COPY, () -> view.transfers().copy(model,
                view.selectedRows()));
        MenuItem compare = item("Compare the two values…", Feather.COLUMNS, () -> {
            List<KeyRow> rows = view.selectedRows();
            if (rows.size() == 2) {
                view.transfers().compareValues(model, rows.get(0), rows.get(1));
            }
        });
        MenuItem raw = item("Raw item…", Feather.LIST, () -> first().ifPresent(row -> view.showRaw(row.storedKey())));
        MenuItem delete = item("Delete…", Feather.TRASH_2, view::deleteSelection);
        ContextMenu menu = new ContextMenu(copyKey, copyValue, copyJson, new SeparatorMenuItem(), export, copyTo,
                compare, raw, new SeparatorMenuItem(), delete);
        menu.setOnShowing(event -> {
            List<KeyRow> rows = view.selectedRows();
            boolean none = rows.isEmpty();
            for (MenuItem entry : List.of(copyKey, copyValue, copyJson, copyTo)) {
                entry.setDisable(none);
            }
            copyJson.setText(rows.size() > 1 ? "Copy as JSON (one line per key)" : "Copy as JSON");
            copyTo.setText(rows.size() > 1 ? "Copy " + rows.size() + " keys to another component…"
                    : "Copy to another component…");
            compare.setDisable(rows.size() != 2);
            raw.setDisable(rows.size() != 1);
            delete.setDisable(none || model.readOnlyProperty().get());
        });
        return menu;
    }

    /** The editor's menu for the open key. */
    MenuButton itemMenu() {
        MenuItem raw = item("Raw item…", Feather.LIST, () -> openKey().ifPresent(view::showRaw));
        MenuItem history = item("History…", Feather.CLOCK, view::showHistory);
        MenuItem save = item("Save value to file…", Feather.DOWNLOAD, model::saveValueToFile);
        MenuItem load = item("Load value from file…", Feather.UPLOAD, model::loadValueFromFile);
        MenuButton menu = new MenuButton("Item", Icons.icon(Feather.MORE_HORIZONTAL), raw, history,
                new SeparatorMenuItem(), save, load);
        menu.setId(ITEM_MENU_ID);
        menu.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        menu.disableProperty().bind(model.editor().itemProperty().isNull());
        menu.setOnShowing(event -> {
            boolean draft = model.editor().draftProperty().get();
            raw.setDisable(draft);
            history.setDisable(draft);
            save.setDisable(draft);
            load.setDisable(!model.editor().editable());
        });
        return menu;
    }

    private java.util.Optional<String> openKey() {
        StateItem open = model.editor().itemProperty().get();
        return open == null || model.editor().draftProperty().get() ? java.util.Optional.empty()
                : java.util.Optional.of(open.key().stored());
    }

    private java.util.Optional<KeyRow> first() {
        List<KeyRow> rows = view.selectedRows();
        return rows.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(rows.get(0));
    }

    private void copy(CopyWhat what) {
        List<KeyRow> rows = view.selectedRows();
        if (rows.isEmpty()) {
            return;
        }
        model.copyText(rows, what, text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private static MenuItem item(String text, Feather icon, Runnable action) {
        MenuItem item = new MenuItem(text, icon == null ? null : Icons.icon(icon));
        item.setOnAction(event -> action.run());
        return item;
    }
}
