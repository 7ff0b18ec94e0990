package io.statedesk.ui.workspace;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.error.OutcomeUnknownException;
import io.statedesk.engine.model.Concurrency;
import io.statedesk.engine.model.DeleteRequest;
import io.statedesk.engine.model.SetRequest;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.StateKey;
import io.statedesk.engine.model.Storage;
import io.statedesk.engine.table.TableSize;
import io.statedesk.history.WriteHistory;
import io.statedesk.history.WriteRecord;
import io.statedesk.ui.common.DialogService;
import io.statedesk.ui.common.ErrorText;
import io.statedesk.ui.common.TaskRunner;
import io.statedesk.ui.editor.ValueEditorViewModel;
import io.statedesk.ui.keys.KeyRow;
import io.statedesk.ui.keys.KeyTableViewModel;
import io.statedesk.ui.session.StoreSession;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One open component: its key table, its editor and the actions that span them (open a key, new key, delete,
 * restore from history, allow writes).
 */
public final class StoreTabViewModel {

    // ---- state ----
    private final BooleanProperty readOnly = new SimpleBooleanProperty();
    private final StringProperty notice = new SimpleStringProperty("");

    private final StoreSession session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final WriteHistory history;
    private final Clock clock;
    private final KeyTableViewModel keys;
    private final ValueEditorViewModel editor;
    private boolean scanCostAccepted;

    public StoreTabViewModel(StoreSession session, TaskRunner runner, DialogService dialogs, WriteHistory history,
            Clock clock) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.history = history;
        this.clock = clock;
        this.keys = new KeyTableViewModel(session::store, runner);
        this.editor = new ValueEditorViewModel(session::store, runner, dialogs, history, clock,
                session.config().componentName());
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

    public Clock clock() {
        return clock;
    }

    /** For the Dapr views of this store (workflows, actors), which run their I/O on the same runner. */
    public TaskRunner runner() {
        return runner;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    // ---- commands ----

    /**
     * Lists the keys again. On real AWS the session's first scan says what it will read (a prefix filters after
     * reading, so it costs the same) and asks first.
     */
    public void scan() {
        if (!session.realAws() || scanCostAccepted) {
            keys.refresh();
            return;
        }
        runner.run(() -> session.store().checkTable(), check -> {
            TableSize size = check.size();
            String amount = size.known()
                    ? String.format(Locale.ROOT, "about %,d items, %s, costing about %,d read capacity units",
                            size.itemCount(), megabytes(size.sizeBytes()), size.scanReadUnits())
                    : "an amount DynamoDB does not report";
            if (dialogs.confirm("Scan the table on AWS", "Listing keys scans the whole table "
                    + session.config().table() + " (" + session.location() + "): " + amount
                    + ". A key prefix filters what was read, so it costs the same. Scan now?", "Scan")) {
                scanCostAccepted = true;
                keys.refresh();
            } else {
                notice.set("Not scanned. Press F5 to scan when you want the keys.");
            }
        }, failure -> notice.set(ErrorText.of(failure)));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }

    /**
     * Reads the key again (strongly consistent) and shows it in the editor. Selecting the key already open does
     * nothing; leaving an unsaved edit asks first.
     */
    public void open(KeyRow row) {
        String key = row.storedKey();
        StateItem open = editor.itemProperty().get();
        if (open != null && open.key().stored().equals(key)) {
            return;
        }
        if (open != null && editor.dirtyProperty().get() && !dialogs.confirm("Discard your edit",
                "Your edit of \"" + open.key().stored() + "\" is not saved. Discard it and open \"" + key + "\"?",
                "Discard edit")) {
            return;
        }
        runner.run(() -> session.store().browse(key), found -> {
            if (found.isPresent()) {
                editor.show(found.get());
                keys.upsert(found.get());
            } else {
                keys.remove(key);
                notice.set("\"" + key + "\" no longer exists: someone deleted it.");
            }
        }, failure -> notice.set(ErrorText.of(failure)));
    }

    /** Re-reads the open item, e.g. on auto-refresh; an unsaved edit is never replaced. */
    public void reloadOpenItem() {
        StateItem open = editor.itemProperty().get();
        if (open == null || editor.dirtyProperty().get() || editor.busyProperty().get()) {
            return;
        }
        runner.run(() -> session.store().browse(open.key().stored()), found -> {
            if (editor.dirtyProperty().get()) {
                return;
            }
            found.ifPresentOrElse(fresh -> {
                if (!java.util.Objects.equals(fresh.etag(), open.etag())) {
                    editor.show(fresh);
                    keys.upsert(fresh);
                }
            }, () -> notice.set("\"" + open.key().stored() + "\" was deleted by someone else."));
        }, failure -> notice.set(ErrorText.of(failure)));
    }

    /** The stored key a new user key gets under this component's key prefix rule. */
    public String storedKeyFor(String appId, String userKey) {
        StoreConfig config = session.config();
        return StateKey.storedKey(config.keyPrefix(), appId, config.componentName(), "", userKey);
    }

    /**
     * Creates a key that must not exist yet (first-write) holding an empty JSON object, stored as S (daprd's HTTP
     * API) or B (the SDKs over gRPC).
     */
    public void createKey(String appId, String userKey, Storage storage) {
        if (session.readOnly()) {
            notice.set("This component is open read-only: nothing was written.");
            return;
        }
        String stored;
        try {
            stored = storedKeyFor(appId, userKey);
        } catch (IllegalArgumentException invalid) {
            notice.set(invalid.getMessage());
            return;
        }
        byte[] initial = "{}".getBytes(StandardCharsets.UTF_8);
        SetRequest request = new SetRequest(stored, initial, storage, null, Concurrency.FIRST_WRITE, null);
        runner.run(() -> {
            session.store().set(request);
            return session.store().browse(stored).orElseThrow();
        }, created -> {
            history.record(new WriteRecord(clock.instant(), session.config().componentName(), session.config().table(),
                    stored, WriteRecord.Action.SET, storage, null, initial, null, created.etag()));
            keys.upsert(created);
            editor.show(created);
            notice.set("Created \"" + stored + "\".");
        }, failure -> notice.set(ErrorText.of(failure)));
    }

    /** Deletes the rows, each checked against the ETag it was read with, after one confirmation naming the count. */
    public void delete(List<KeyRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (session.readOnly()) {
            notice.set("This component is open read-only: nothing was deleted.");
            return;
        }
        String what = rows.size() == 1 ? "\"" + rows.get(0).storedKey() + "\"" : rows.size() + " keys";
        if (!dialogs.confirm("Delete " + what, "Delete " + what + " from table " + session.config().table()
                + "? Each delete is checked against the ETag you loaded: a key changed meanwhile is kept.",
                "Delete " + (rows.size() == 1 ? "key" : rows.size() + " keys"))) {
            return;
        }
        List<DeleteRequest> requests = rows.stream()
                .map(row -> new DeleteRequest(row.storedKey(), row.item().etag()))
                .toList();
        runner.run(() -> session.store().bulkDelete(requests), results -> {
            List<String> failed = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                StateStore.BulkWriteResult result = results.get(i);
                KeyRow row = rows.get(i);
                if (result.succeeded()) {
                    keys.remove(row.storedKey());
                    history.record(new WriteRecord(clock.instant(), session.config().componentName(),
                            session.config().table(), row.storedKey(), WriteRecord.Action.DELETE,
                            row.item().storage(), row.item().value(), null, row.item().etag(), null));
                    StateItem open = editor.itemProperty().get();
                    if (open != null && open.key().stored().equals(row.storedKey())) {
                        editor.clear();
                    }
                } else if (result.error().orElseThrow() instanceof OutcomeUnknownException) {
                    unknown.add(row.storedKey() + ": " + ErrorText.of(result.error().orElseThrow()));
                } else {
                    failed.add(row.storedKey() + ": " + ErrorText.of(result.error().orElseThrow()));
                }
            }
            int deleted = results.size() - failed.size() - unknown.size();
            // A key whose delete may have been applied is neither "deleted" nor "kept": said apart.
            notice.set(failed.isEmpty() && unknown.isEmpty()
                    ? String.format(Locale.ROOT, "Deleted %d %s.", deleted, deleted == 1 ? "key" : "keys")
                    : String.format(Locale.ROOT, "Deleted %d%s%s", deleted,
                            failed.isEmpty() ? "" : ", kept " + failed.size() + ": " + String.join("; ", failed),
                            unknown.isEmpty() ? "" : "; outcome unknown for " + unknown.size() + " (read them to see): "
                                    + String.join("; ", unknown)));
        }, failure -> notice.set(ErrorText.of(failure)));
    }

    /** Puts an earlier value back, checked against the key's current ETag, and records it as a restore. */
    public void restore(WriteRecord record, byte[] value) {
        if (session.readOnly()) {
            notice.set("This component is open read-only: nothing was restored.");
            return;
        }
        String key = record.key();
        runner.run(() -> {
            var current = session.store().browse(key);
            String etag = current.map(StateItem::etag).filter(e -> !e.isEmpty()).orElse(null);
            Storage storage = current.filter(StateItem::hasValue).map(StateItem::storage)
                    .orElse(record.storage() == null ? Storage.S : record.storage());
            Concurrency concurrency = etag == null ? Concurrency.FIRST_WRITE : Concurrency.LAST_WRITE;
            String newEtag = session.store().set(new SetRequest(key, value, storage, etag, concurrency, null));
            history.record(new WriteRecord(clock.instant(), session.config().componentName(),
                    session.config().table(), key, WriteRecord.Action.RESTORE, storage,
                    current.map(StateItem::value).orElse(null), value, etag, newEtag));
            return session.store().browse(key).orElseThrow();
        }, restored -> {
            keys.upsert(restored);
            editor.show(restored);
            notice.set("Restored \"" + key + "\" as it was at " + record.time() + ".");
        }, failure -> notice.set((failure instanceof OutcomeUnknownException ? "Unknown whether it was restored: "
                : "Not restored: ") + ErrorText.of(failure)));
    }

    public List<WriteRecord> historyOf(String key) {
        return history.forKey(session.config().table(), key);
    }

    /** Allows or refuses writes; allowing writes on real AWS is confirmed first. */
    public void setWritesAllowed(boolean allowed) {
        if (allowed && session.realAws() && !dialogs.confirm("Allow writes",
                "This component points at real AWS (" + session.location() + "). Writes change live data. "
                        + "Allow writes for this session?", "Allow writes")) {
            return;
        }
        session.setWritesAllowed(allowed);
        readOnly.set(session.readOnly());
        notice.set(allowed ? "Writes allowed for this session." : "Read-only: writes are refused.");
    }
}
