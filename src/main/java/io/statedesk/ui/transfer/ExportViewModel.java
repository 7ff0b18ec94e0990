package io.statedesk.ui.transfer;

import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.scan.ScanControl;
import io.statedesk.engine.scan.ScanRequest;
import io.statedesk.engine.scan.ScanSummary;
import io.statedesk.search.ScanCost;
import io.statedesk.transfer.FileFormat;
import io.statedesk.transfer.ItemExporter;
import io.statedesk.ui.common.DialogService;
import io.statedesk.session.ErrorText;
import io.statedesk.ui.common.TaskRunner;
import io.statedesk.ui.common.Texts;
import io.statedesk.session.StoreSession;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Export from the window: the selected keys, the keys the table shows (a search's result, a filter), or every key
 * with a prefix (a scan), as JSON Lines (the command line's format, which import reads back) or CSV of text values;
 * with progress and cancel. A cancelled or failed export leaves no file.
 */
public final class ExportViewModel {

    public enum Scope { SELECTION, SHOWN, PREFIX }

    // ---- state ----
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.SELECTION);
    private final ObjectProperty<FileFormat> format = new SimpleObjectProperty<>(FileFormat.JSON_LINES);
    private final StringProperty prefix = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final LongProperty written = new SimpleLongProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty problem = new SimpleBooleanProperty();

    private final StoreSession session;
    /** Stored keys: the table's rows keep no values, so the export reads each item when it writes it. */
    private final List<String> selected;
    private final List<String> shown;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    /** Items read in one request to the store while exporting the selected or shown keys. */
    private static final int READ_BATCH = 100;
    private ScanControl control;

    public ExportViewModel(StoreSession session, List<String> selected, List<String> shown, String prefix,
            TaskRunner runner, DialogService dialogs) {
        this.session = session;
        this.selected = List.copyOf(selected);
        this.shown = List.copyOf(shown);
        this.prefix.set(prefix == null ? "" : prefix);
        this.runner = runner;
        this.dialogs = dialogs;
        scope.set(selected.isEmpty() ? Scope.SHOWN : Scope.SELECTION);
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<FileFormat> formatProperty() {
        return format;
    }

    public StringProperty prefixProperty() {
        return prefix;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyLongProperty writtenProperty() {
        return written;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty problemProperty() {
        return problem;
    }

    public int selectedCount() {
        return selected.size();
    }

    public int shownCount() {
        return shown.size();
    }

    public String title() {
        return session.title();
    }

    // ---- commands ----

    /** Asks where to write, then exports. */
    public void export() {
        if (busy.get()) {
            return;
        }
        String suggested = session.config().table() + "-" + switch (scope.get()) {
            case SELECTION -> selected.size() + "-keys";
            case SHOWN -> "shown";
            case PREFIX -> prefix.get().isEmpty() ? "all" : prefix.get().replaceAll("[^A-Za-z0-9._-]+", "_");
        } + "." + format.get().extension();
        dialogs.chooseFileToSave("Export as " + format.get().label(), suggested).ifPresent(this::exportTo);
    }

    /** Exports to this file (after the question about the cost of a scan on AWS, for a prefix). */
    public void exportTo(Path file) {
        if (scope.get() == Scope.PREFIX && session.realAws()) {
            runner.run(() -> session.store().checkTable(), check -> {
                if (dialogs.confirm("Scan the table on AWS", ScanCost.question("Exporting by prefix",
                        session.config().table(), session.location(), check.size()), "Scan")) {
                    start(file);
                } else {
                    tell("Not exported: nothing was read.", false);
                }
            }, failure -> tell(ErrorText.of(failure), true));
            return;
        }
        start(file);
    }

    private void start(Path file) {
        Scope what = scope.get();
        FileFormat as = format.get();
        String keyPrefix = prefix.get() == null ? "" : prefix.get();
        cancelled.set(false);
        control = new ScanControl();
        ScanControl scan = control;
        busy.set(true);
        written.set(0);
        tell("Exporting…", false);
        runner.run(() -> {
            try (ItemExporter exporter = new ItemExporter(file, as)) {
                if (what == Scope.PREFIX) {
                    ScanSummary summary = session.store().scan(ScanRequest.withPrefix(keyPrefix.isEmpty() ? null
                            : keyPrefix), page -> {
                                page.items().forEach(exporter::accept);
                                long count = exporter.written();
                                runner.onUiThread(() -> written.set(count));
                            }, scan);
                    if (!summary.complete() || cancelled.get()) {
                        return null;
                    }
                } else {
                    List<String> keys = what == Scope.SELECTION ? selected : shown;
                    for (int from = 0; from < keys.size(); from += READ_BATCH) {
                        if (cancelled.get()) {
                            return null;
                        }
                        // A key deleted since it was listed is left out: there is nothing to export.
                        for (var item : session.store().browseAll(keys.subList(from,
                                Math.min(keys.size(), from + READ_BATCH)))) {
                            item.ifPresent(exporter::accept);
                        }
                        long count = exporter.written();
                        runner.onUiThread(() -> written.set(count));
                    }
                }
                return exporter.commit();
            }
        }, result -> {
            busy.set(false);
            if (result == null) {
                tell("Stopped: no file was written.", false);
                return;
            }
            written.set(result.written());
            tell("Exported " + Texts.count(result.written(), "key") + " to " + result.file()
                    + (result.skipped() > 0 ? " (" + Texts.count(result.skipped(), "value") + " that CSV cannot hold,"
                    + " binary or encrypted, left out: JSON Lines keeps them)" : "")
                    + (as == FileFormat.JSON_LINES ? ". Import… or statedesk import reads it back." : "."), false);
        }, failure -> {
            busy.set(false);
            tell("Not exported: " + ErrorText.of(failure), true);
        });
    }

    public void cancel() {
        cancelled.set(true);
        if (control != null) {
            control.cancel();
        }
    }

    private void tell(String text, boolean isProblem) {
        status.set(text);
        problem.set(isProblem);
    }
}
