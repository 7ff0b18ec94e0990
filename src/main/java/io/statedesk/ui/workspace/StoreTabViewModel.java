package io.statedesk.ui.workspace;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.error.OutcomeUnknownException;
import io.statedesk.engine.model.DeleteRequest;
import io.statedesk.engine.model.RawItem;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.StateKey;
import io.statedesk.engine.model.Storage;
import io.statedesk.engine.table.TableSize;
import io.statedesk.history.WriteHistory;
import io.statedesk.history.WriteRecord;
import io.statedesk.session.ErrorText;
import io.statedesk.session.StoreSession;
import io.statedesk.ui.common.TaskRunner;
import io.statedesk.ui.common.Texts;
import io.statedesk.ui.common.UnsavedChoice;
import io.statedesk.ui.conflict.ConflictDialogs;
import io.statedesk.ui.editor.ValueEditorViewModel;
import io.statedesk.ui.history.HistoryViewModel;
import io.statedesk.ui.keys.KeyRow;
import io.statedesk.ui.keys.KeyTableViewModel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One open component: its key table, its editor and the actions that span them (open a key, new key, delete,
 * history, raw item, files, allow writes). The notice line says what the last action did; the next action clears it.
 */
public final class StoreTabViewModel {

    /** What copy puts on the clipboard. */
    public enum CopyWhat { KEY, VALUE, JSON }

    // ---- state ----
    private final BooleanProperty readOnly = new SimpleBooleanProperty();
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty noticeIsProblem = new SimpleBooleanProperty();

    private final StoreSession session;
    private final TaskRunner runner;
    private final ConflictDialogs dialogs;
    private final WriteHistory history;
    private final Clock clock;
    private final KeyTableViewModel keys;
    private final ValueEditorViewModel editor;
    private final ItemFiles files;
    private boolean scanCostAccepted;
    /** Puts the table's selection back on the open key when the user chose to stay on it. */
    private Consumer<String> onStay = key -> { };

    public StoreTabViewModel(StoreSession session, TaskRunner runner, ConflictDialogs dialogs, WriteHistory history,
            Clock clock) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.history = history;
        this.clock = clock;
        this.keys = new KeyTableViewModel(session::store, runner);
        keys.setEncryption(session::encryption);
        this.editor = new ValueEditorViewModel(session::store, runner, dialogs, history, clock,
                session.config().componentName());
        this.files = new ItemFiles(session, runner, dialogs, editor, this::tell, this::problem);
        editor.setEncryption(session.encryption());
        editor.setOnSaved(keys::upsert);
        editor.setOnGone(keys::remove);
        readOnly.set(session.readOnly());
    }

    public StoreSession session() {
        return session;
    }

    public KeyTableViewModel keys() {
        return keys;
    }

    public ValueEditorViewModel editor() {
        return editor;
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    /** True when the notice reports something that went wrong, rather than something done. */
    public ReadOnlyBooleanProperty noticeIsProblemProperty() {
        return noticeIsProblem;
    }

    public Clock clock() {
        return clock;
    }

    /** For the Dapr views of this store (workflows, actors), which run their I/O on the same runner. */
    public TaskRunner runner() {
        return runner;
    }

    public ConflictDialogs dialogs() {
        return dialogs;
    }

    public void setOnStay(Consumer<String> listener) {
        onStay = listener;
    }

    // ---- commands ----

    public void dismissNotice() {
        notice.set("");
        noticeIsProblem.set(false);
    }

    private void tell(String text) {
        notice.set(text);
        noticeIsProblem.set(false);
    }

    private void problem(String text) {
        notice.set(text);
        noticeIsProblem.set(true);
    }

    /**
     * Lists the keys again. On real AWS the session's first scan says what it will read (a prefix filters after
     * reading, so it costs the same) and asks first.
     */
    public void scan() {
        dismissNotice();
        if (scanAsksFirst()) {
            askThenScan();
        } else {
            keys.refresh();
        }
    }

    /** True when {@link #scan()} asks before it reads: the session's first scan of a table on real AWS. */
    public boolean scanAsksFirst() {
        return session.realAws() && !scanCostAccepted;
    }

    private void askThenScan() {
        // the check made when the session opened has the figures; DynamoDB refreshes them only every six hours
        runner.run(() -> session.tableCheck().orElseGet(() -> session.store().checkTable()), check -> {
            TableSize size = check.size();
            String amount = size.known()
                    ? String.format(Locale.ROOT, "about %s, %s, costing about %,d read capacity units",
                            Texts.count(size.itemCount(), "item"), megabytes(size.sizeBytes()), size.scanReadUnits())
                    : "an amount DynamoDB does not report";
            String what = keys.searchProperty().get() == null ? "Listing keys"
                    : "Searching " + keys.searchProperty().get().describe();
            if (dialogs.confirm("Scan the table on AWS", what + " scans the whole table "
                    + session.config().table() + " (" + session.location() + "): " + amount
                    + ". A key prefix or a value search filters what was read, so it costs the same. Scan now?",
                    "Scan")) {
                scanCostAccepted = true;
                keys.refresh();
            } else {
                tell("Not scanned. Press F5 to scan when you want the keys.");
            }
        }, failure -> problem(ErrorText.of(failure)));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }

    /**
     * Reads the key again (strongly consistent) and shows it in the editor. Selecting the key already open does
     * nothing; leaving an unsaved edit asks first (Save / Discard / Cancel).
     */
    public void open(KeyRow row) {
        String key = row.storedKey();
        StateItem open = editor.itemProperty().get();
        if (open != null && open.key().stored().equals(key)) {
            return;
        }
        leaveEdit("open \"" + key + "\"", () -> read(key), () -> {
            StateItem stay = editor.itemProperty().get();
            if (stay != null) {
                onStay.accept(stay.key().stored());
            }
        });
    }

    private void read(String key) {
        dismissNotice();
        runner.run(() -> session.store().browse(key), found -> {
            if (found.isPresent()) {
                editor.show(found.get());
                keys.upsert(found.get());
            } else {
                keys.remove(key);
                problem("\"" + key + "\" is no longer in the table: it was deleted since the keys were listed.");
            }
        }, failure -> problem(ErrorText.of(failure)));
    }

    /**
     * Before the open edit is left behind (another key, closing the tab, quitting): with no unsaved edit
     * {@code proceed} runs at once; otherwise the user chooses Save (then proceed once written), Discard (then
     * proceed) or Cancel ({@code stay}).
     */
    public void leaveEdit(String doing, Runnable proceed, Runnable stay) {
        StateItem open = editor.itemProperty().get();
        if (open == null || !editor.dirtyProperty().get()) {
            proceed.run();
            return;
        }
        String what = editor.draftProperty().get() ? "The new key \"" + open.key().stored() + "\" is not saved"
                : "Your edit of \"" + open.key().stored() + "\" is not saved";
        UnsavedChoice choice = dialogs.askUnsaved("Unsaved edit", what + ". Save it before you " + doing
                + "?\n\nSave writes it (checked against the ETag you loaded); Discard drops it; Cancel stays.");
        switch (choice) {
            case SAVE -> editor.saveThen(proceed, stay);
            case DISCARD -> {
                editor.revert();
                editor.clear();
                proceed.run();
            }
            case CANCEL -> stay.run();
        }
    }

    /** Re-reads the open item, e.g. on auto-refresh; an unsaved edit or a new key is never replaced. */
    public void reloadOpenItem() {
        StateItem open = editor.itemProperty().get();
        if (open == null || editor.dirtyProperty().get() || editor.busyProperty().get()
                || editor.draftProperty().get()) {
            return;
        }
        runner.run(() -> session.store().browse(open.key().stored()), found -> {
            StateItem now = editor.itemProperty().get();
            if (editor.dirtyProperty().get() || now == null || !now.key().equals(open.key())) {
                return;
            }
            found.ifPresentOrElse(fresh -> {
                if (!Objects.equals(fresh.etag(), now.etag())) {
                    editor.show(fresh);
                    keys.upsert(fresh);
                }
            }, () -> problem("\"" + open.key().stored() + "\" was deleted outside this window."));
        }, failure -> problem(ErrorText.of(failure)));
    }

    /** The stored key a new user key gets under this component's key prefix rule. */
    public String storedKeyFor(String appId, String userKey) {
        StoreConfig config = session.config();
        return StateKey.storedKey(config.keyPrefix(), appId, config.componentName(), "", userKey);
    }

    /**
     * Opens a new key in the editor, stored as S (daprd's HTTP API) or B (the SDKs over gRPC). Nothing is written
     * until Save, which creates it with first-write: a key that exists (or that an app creates meanwhile) is never
     * replaced, and no app ever reads a placeholder value.
     */
    public void createKey(String appId, String userKey, Storage storage) {
        if (session.readOnly()) {
            problem("This component is open read-only: nothing was written.");
            return;
        }
        String stored;
        try {
            stored = storedKeyFor(appId, userKey);
        } catch (IllegalArgumentException invalid) {
            problem(invalid.getMessage());
            return;
        }
        if (keys.row(stored).isPresent()) {
            problem("\"" + stored + "\" already exists: open it from the list to edit it.");
            return;
        }
        leaveEdit("start the new key", () -> {
            dismissNotice();
            editor.startNew(StateKey.parse(stored, session.config().keyPrefix()), storage);
        }, () -> { });
    }

    /** Deletes the rows, each checked against the ETag it was read with, after one confirmation naming the count. */
    public void delete(List<KeyRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        dismissNotice();
        if (session.readOnly()) {
            problem("This component is open read-only: nothing was deleted.");
            return;
        }
        String what = rows.size() == 1 ? "\"" + rows.get(0).storedKey() + "\"" : Texts.count(rows.size(), "key");
        if (!dialogs.confirm("Delete " + what, "Delete " + what + " from table " + session.config().table()
                + "? Each delete is checked against the ETag you loaded: a key changed meanwhile is kept.",
                "Delete " + (rows.size() == 1 ? "key" : Texts.count(rows.size(), "key")))) {
            return;
        }
        List<DeleteRequest> requests = rows.stream()
                // an item whose etag attribute is NULL reads with ETag "": it has none to check against
                .map(row -> new DeleteRequest(row.storedKey(),
                        row.etagValue() == null || row.etagValue().isEmpty() ? null : row.etagValue()))
                .toList();
        List<String> keysToDelete = rows.stream().map(KeyRow::storedKey).toList();
        runner.run(() -> {
            // Rows keep no values: the history's copy of what is deleted is read first. Only the version the delete
            // is checked against (same ETag) is kept; anything else is refused by the delete anyway.
            List<Optional<StateItem>> before;
            try {
                before = session.store().browseAll(keysToDelete);
            } catch (RuntimeException unread) {
                // The delete the user asked for still runs; the history then notes it without the old value.
                before = keysToDelete.stream().map(key -> Optional.<StateItem>empty()).toList();
            }
            List<StateStore.BulkWriteResult> results = session.store().bulkDelete(requests);
            // the history file is written here, off the UI thread, right after the deletes
            return new Deleted(results, recordDeletes(rows, before, results));
        }, done -> {
            List<StateStore.BulkWriteResult> results = done.results();
            List<String> failed = new ArrayList<>();
            List<String> deleted = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                StateStore.BulkWriteResult result = results.get(i);
                KeyRow row = rows.get(i);
                if (result.succeeded()) {
                    deleted.add(row.storedKey());
                } else if (result.error().orElseThrow() instanceof OutcomeUnknownException) {
                    unknown.add(row.storedKey() + ": " + ErrorText.of(result.error().orElseThrow()));
                } else {
                    failed.add(row.storedKey() + ": " + ErrorText.of(result.error().orElseThrow()));
                }
            }
            StateItem open = editor.itemProperty().get();
            if (open != null && deleted.contains(open.key().stored())) {
                editor.clear();
            }
            // all at once: the table never selects (and opens) a row that is about to go too
            keys.removeAll(deleted);
            String historyNote = done.historyProblem().isEmpty() ? ""
                    : " The local history could not be written: " + done.historyProblem();
            if (failed.isEmpty() && unknown.isEmpty()) {
                tell("Deleted " + Texts.count(deleted.size(), "key") + "." + historyNote);
            } else {
                // A key whose delete may have been applied is neither "deleted" nor "kept": said apart.
                problem(String.format(Locale.ROOT, "Deleted %d%s%s", deleted.size(),
                        failed.isEmpty() ? "" : ", kept " + failed.size() + ": " + String.join("; ", failed),
                        unknown.isEmpty() ? "" : "; outcome unknown for " + unknown.size() + " (read them to see): "
                                + String.join("; ", unknown)) + historyNote);
            }
        }, failure -> problem(ErrorText.of(failure)));
    }

    /** The outcome of a delete, and why the history could not record it ("" when it did). */
    private record Deleted(List<StateStore.BulkWriteResult> results, String historyProblem) {
    }

    /** Appends each delete that went through to the local history (file I/O: in the background). */
    private String recordDeletes(List<KeyRow> rows, List<Optional<StateItem>> before,
            List<StateStore.BulkWriteResult> results) {
        try {
            for (int i = 0; i < results.size(); i++) {
                KeyRow row = rows.get(i);
                if (results.get(i).succeeded()) {
                    StateItem old = before.get(i).filter(item -> Objects.equals(item.etag(), row.etagValue()))
                            .orElse(null);
                    history.record(new WriteRecord(clock.instant(), session.config().componentName(),
                            session.config().table(), row.storedKey(), WriteRecord.Action.DELETE,
                            old == null ? null : old.storage(), old == null ? null : old.value(), null,
                            row.etagValue(), null));
                }
            }
            return "";
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    /** The history of a key, with restore: what was written to it, against its current value. */
    public HistoryViewModel history(String key) {
        return new HistoryViewModel(key, session::store, history, runner, dialogs, clock,
                session.config().componentName(), restored -> {
                    keys.upsert(restored);
                    StateItem open = editor.itemProperty().get();
                    if (open != null && open.key().stored().equals(restored.key().stored())) {
                        editor.show(restored);
                    }
                    tell("Restored \"" + restored.key().stored() + "\". New ETag " + restored.etag() + ".");
                }, () -> {
                    StateItem open = editor.itemProperty().get();
                    return open != null && open.key().stored().equals(key) && editor.dirtyProperty().get();
                });
    }

    /** Reads the whole item as DynamoDB holds it and hands it over; says so when it is gone. */
    public void raw(String key, Consumer<RawItem> show) {
        runner.run(() -> session.store().raw(key), found -> found.ifPresentOrElse(show,
                () -> problem("\"" + key + "\" is no longer in the table.")), failure -> problem(ErrorText.of(failure)));
    }

    /**
     * The text copy puts on the clipboard for these rows, handed to {@code done} on the UI thread: one line per row
     * (JSON as `get --output json`). Values are read first (rows keep none); a key deleted since is left out.
     */
    public void copyText(List<KeyRow> rows, CopyWhat what, Consumer<String> done) {
        if (what == CopyWhat.KEY) {
            done.accept(String.join("\n", rows.stream().map(KeyRow::storedKey).toList()));
            return;
        }
        List<String> keysToRead = rows.stream().map(KeyRow::storedKey).toList();
        runner.run(() -> {
            List<String> lines = new ArrayList<>();
            for (Optional<StateItem> found : session.store().browseAll(keysToRead)) {
                found.ifPresent(item -> lines.add(what == CopyWhat.VALUE ? valueText(item)
                        : ItemJsonText.of(item, false)));
            }
            return String.join("\n", lines);
        }, done, failure -> problem("Not copied: " + ErrorText.of(failure)));
    }

    /** The value as the editor would show it before any edit: text as is, JSON compact, anything else base64. */
    private static String valueText(StateItem item) {
        String text = io.statedesk.ui.common.ValueKind.utf8OrNull(item.value());
        boolean binary = text == null || io.statedesk.ui.common.ValueKind.of(item.value(), item.storage())
                == io.statedesk.ui.common.ValueKind.BINARY;
        return binary ? java.util.Base64.getEncoder().encodeToString(item.value()) : text;
    }

    /** Writes the rows as JSON Lines in the command line's export format to a file the user picks. */
    public void export(List<KeyRow> rows) {
        dismissNotice();
        files.export(rows);
    }

    /** Saves the open value's stored bytes, exactly, to a file the user picks. */
    public void saveValueToFile() {
        dismissNotice();
        files.saveValue();
    }

    /** Puts a file's bytes in the editor as the new value (not written until Save). */
    public void loadValueFromFile() {
        dismissNotice();
        files.loadValue();
    }

    /** Allows or refuses writes; allowing writes on real AWS is confirmed first. */
    public void setWritesAllowed(boolean allowed) {
        dismissNotice();
        if (allowed && session.realAws() && !dialogs.confirm("Allow writes",
                "This component points at real AWS (" + session.location() + "). Writes change live data. "
                        + "Allow writes for this session?", "Allow writes")) {
            return;
        }
        session.setWritesAllowed(allowed);
        readOnly.set(session.readOnly());
        editor.writesChanged();
        tell(allowed ? "Writes allowed for this session." : "Read-only: writes are refused.");
    }
}
