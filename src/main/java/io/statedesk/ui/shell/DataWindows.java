package io.statedesk.ui.shell;

import io.statedesk.transfer.Expected;
import io.statedesk.ui.compare.CompareSide;
import io.statedesk.ui.compare.CompareView;
import io.statedesk.ui.compare.CompareViewModel;
import io.statedesk.ui.compare.ValueDiffModel;
import io.statedesk.ui.compare.ValueDiffPane;
import io.statedesk.ui.keys.KeyRow;
import io.statedesk.ui.transfer.ExportView;
import io.statedesk.ui.transfer.ExportViewModel;
import io.statedesk.ui.transfer.TransferSource;
import io.statedesk.ui.transfer.TransferTarget;
import io.statedesk.ui.transfer.TransferView;
import io.statedesk.ui.transfer.TransferViewModel;
import io.statedesk.ui.workspace.StoreTabView;
import io.statedesk.ui.workspace.StoreTabViewModel;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The windows that span open components (issue 16): compare, copy, import, export. Each works on the tabs open now
 * and runs its I/O on the window's task runner; none writes before the user confirms.
 */
public final class DataWindows implements StoreTabView.TransferActions {

    private final MainViewModel model;
    private final Supplier<Window> owner;

    public DataWindows(MainViewModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
    }

    private List<CompareSide> sides() {
        return model.tabs().stream().map(tab -> new CompareSide(model.titleOf(tab), tab.session())).toList();
    }

    private List<TransferTarget> targets() {
        return model.tabs().stream().map(tab -> new TransferTarget(model.titleOf(tab), tab.session())).toList();
    }

    /** Compares the current tab with another open one (or with itself, by two prefixes). */
    public CompareView compare(StoreTabViewModel current) {
        List<CompareSide> sides = sides();
        if (sides.isEmpty()) {
            return null;
        }
        CompareSide left = current == null ? sides.get(0) : sides.stream()
                .filter(side -> side.session() == current.session()).findFirst().orElse(sides.get(0));
        CompareSide right = sides.stream().filter(side -> side != left).findFirst().orElse(left);
        StoreTabViewModel any = current != null ? current : model.tabs().get(0);
        CompareViewModel compare = new CompareViewModel(sides, left, right, any.runner(), any.dialogs());
        compare.setOnCopy((keys, target) -> transfer(keys, new TransferTarget(target.title(), target.session()),
                any));
        CompareView view = new CompareView(compare);
        show(view.root(), "Compare", 1180, 760);
        return view;
    }

    @Override
    public void copy(StoreTabViewModel from, List<KeyRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<TransferSource.Request> requests = rows.stream().map(row -> new TransferSource.Request(
                row.storedKey(), new Expected.Unknown())).toList();
        TransferTarget initial = targets().stream().filter(t -> t.session() != from.session()).findFirst()
                .orElse(targets().stream().filter(t -> t.session() == from.session()).findFirst().orElse(null));
        transfer(new TransferSource.Keys(from.session(), model.titleOf(from), requests), initial, from);
    }

    /** Copies every key of the tab beginning with its prefix field's text. */
    public TransferView copyPrefix(StoreTabViewModel from) {
        String prefix = from.keys().prefixProperty().get() == null ? "" : from.keys().prefixProperty().get();
        TransferTarget initial = targets().stream().filter(t -> t.session() != from.session()).findFirst()
                .orElse(null);
        return transfer(new TransferSource.Prefix(from.session(), model.titleOf(from), prefix.strip()), initial,
                from);
    }

    /** Imports a file the user picks into the tab's component. */
    public TransferView importInto(StoreTabViewModel into) {
        return into.dialogs().chooseFileToOpen("Import JSON Lines (as exported) or CSV (key,value)")
                .map(file -> transfer(new TransferSource.File(file), targets().stream()
                        .filter(t -> t.session() == into.session()).findFirst().orElse(null), into))
                .orElse(null);
    }

    public TransferView transfer(TransferSource source, TransferTarget initial, StoreTabViewModel runnerOf) {
        TransferViewModel transfer = new TransferViewModel(source, targets(), initial, runnerOf.runner(),
                runnerOf.dialogs(), model.history(), runnerOf.clock());
        Stage[] stage = new Stage[1];
        TransferView view = new TransferView(transfer, () -> stage[0].close());
        stage[0] = show(view.root(), source instanceof TransferSource.File ? "Import" : "Copy", 1040, 640);
        stage[0].setOnCloseRequest(event -> transfer.cancel());
        return view;
    }

    @Override
    public void compareValues(StoreTabViewModel tab, KeyRow left, KeyRow right) {
        ValueDiffModel values = new ValueDiffModel(tab.runner());
        show(new ValueDiffPane(values).root(), "Compare two values · " + model.titleOf(tab), 1000, 620);
        values.show(tab.session(), left.storedKey(), tab.session(), right.storedKey());
    }

    @Override
    public void export(StoreTabViewModel tab, List<KeyRow> selected) {
        List<String> chosen = selected.stream().map(KeyRow::storedKey).toList();
        List<String> shown = tab.keys().visibleRows().stream().map(KeyRow::storedKey).toList();
        ExportViewModel export = new ExportViewModel(tab.session(), chosen, shown,
                tab.keys().prefixProperty().get(), tab.runner(), tab.dialogs());
        Stage[] stage = new Stage[1];
        ExportView view = new ExportView(export, () -> stage[0].close());
        stage[0] = show(view.root(), "Export · " + model.titleOf(tab), 580, 330);
        stage[0].setOnCloseRequest(event -> export.cancel());
    }

    private Stage show(Parent root, String title, double width, double height) {
        Scene scene = new Scene(root, width, height);
        Window parent = owner.get();
        if (parent != null && parent.getScene() != null) {
            scene.getStylesheets().addAll(parent.getScene().getStylesheets());
            scene.getRoot().getStyleClass().addAll(parent.getScene().getRoot().getStyleClass());
        }
        Stage stage = new Stage();
        stage.setTitle(title);
        if (parent != null) {
            stage.initOwner(parent);
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
