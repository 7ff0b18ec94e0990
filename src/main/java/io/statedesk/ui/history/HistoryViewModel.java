package io.statedesk.ui.history;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.error.EtagMismatchException;
import io.statedesk.engine.error.FirstWriteConflictException;
import io.statedesk.engine.error.OutcomeUnknownException;
import io.statedesk.engine.json.DaprJson;
import io.statedesk.engine.model.Concurrency;
import io.statedesk.engine.model.SetRequest;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.Storage;
import io.statedesk.history.WriteHistory;
import io.statedesk.history.WriteRecord;
import io.statedesk.session.ErrorText;
import io.statedesk.ui.common.DialogService;
import io.statedesk.ui.common.LineDiff;
import io.statedesk.ui.common.TaskRunner;
import io.statedesk.ui.common.Texts;
import io.statedesk.ui.common.ValueKind;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The writes StateDesk made to one key, newest first, each shown as a line diff of one of its values against the
 * key's current value, and restorable. The current value is read when the view opens; a restore is checked
 * against the ETag read then, so a change made since (by an app, by anyone) is never overwritten unseen.
 */
public final class HistoryViewModel {

    /** Which value of a write to compare and restore. */
    public enum Side { BEFORE, AFTER }

    /**
     * One write as the list shows it.
     *
     * @param when  local time, to the second
     * @param what  "Saved", "Created", "Deleted" or "Restored"
     * @param etags the ETag it was checked against and the one it produced
     */
    public record Entry(WriteRecord record, String when, String what, String etags) {
        @Override
        public String toString() {
            return when + "  " + what + "\n" + etags;
        }
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    // ---- state ----
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<Entry> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Side> side = new SimpleObjectProperty<>(Side.BEFORE);
    private final ObservableList<LineDiff.Line> diff = FXCollections.observableArrayList();
    private final StringProperty current = new SimpleStringProperty("Reading the current value…");
    private final StringProperty comparison = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty canRestore = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    private final String key;
    private final Supplier<StateStore> store;
    private final WriteHistory history;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Clock clock;
    private final String componentName;
    private final Consumer<StateItem> onRestored;
    private final BooleanSupplier editPending;
    /** The key as read when the view opened (or after a refused restore); empty when it does not exist. */
    private Optional<StateItem> currentItem = Optional.empty();
    private boolean currentRead;

    public HistoryViewModel(String key, Supplier<StateStore> store, WriteHistory history, TaskRunner runner,
            DialogService dialogs, Clock clock, String componentName, Consumer<StateItem> onRestored,
            BooleanSupplier editPending) {
        this.key = key;
        this.store = store;
        this.history = history;
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = clock;
        this.componentName = componentName;
        this.onRestored = onRestored;
        this.editPending = editPending;
        selected.addListener((obs, old, now) -> update());
        side.addListener((obs, old, now) -> update());
    }

    public String key() {
        return key;
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    public ObjectProperty<Entry> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Side> sideProperty() {
        return side;
    }

    /** The chosen value against the current one: OLD lines are the current value's, NEW the chosen value's. */
    public ObservableList<LineDiff.Line> diff() {
        return diff;
    }

    /** "Current value: ETag …, 120 bytes (read 2026-12-06 08:23:01)", or that the key does not exist. */
    public ReadOnlyStringProperty currentProperty() {
        return current;
    }

    /** What the diff compares, in words. */
    public ReadOnlyStringProperty comparisonProperty() {
        return comparison;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty canRestoreProperty() {
        return canRestore;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    // ---- commands ----

    /** Reads the history of the key and its current value (one background call), then selects the newest write. */
    public void load() {
        busy.set(true);
        runner.run(() -> new Loaded(history.forKey(store.get().config().table(), key), store.get().browse(key)),
                loaded -> {
                    busy.set(false);
                    entries.setAll(loaded.records().stream().map(this::entry).toList());
                    setCurrent(loaded.current());
                    if (!entries.isEmpty()) {
                        selected.set(entries.get(0));
                    }
                    update();
                }, failure -> {
                    busy.set(false);
                    current.set("The current value could not be read: " + ErrorText.of(failure));
                    update();
                });
    }

    private record Loaded(List<WriteRecord> records, Optional<StateItem> current) {
    }

    private Entry entry(WriteRecord record) {
        String when = LOCAL.format(record.time().atZone(clock.getZone()));
        String what = switch (record.action()) {
            case SET -> record.before() == null ? "Created" : "Saved";
            case DELETE -> "Deleted";
            case RESTORE -> "Restored";
        };
        String etags = "ETag " + (record.etagBefore() == null ? "(none)" : record.etagBefore()) + " → "
                + (record.etagAfter() == null ? "(deleted)" : record.etagAfter());
        return new Entry(record, when, what, etags);
    }

    private void setCurrent(Optional<StateItem> read) {
        currentItem = read;
        currentRead = true;
        String at = LOCAL.format(clock.instant().atZone(clock.getZone()));
        current.set(read.map(item -> "Current value: ETag " + (item.etag() == null ? "(none)" : item.etag()) + ", "
                + Texts.count(item.valueLength(), "byte") + " (read " + at + ")")
                .orElse("The key does not exist now (read " + at + ")."));
    }

    /** Restores the chosen value, after a confirmation, checked against the ETag read when the view opened. */
    public void restore() {
        Entry entry = selected.get();
        byte[] value = chosenValue().orElse(null);
        if (store.get().config().readOnly()) {
            // first: a read-only store refuses whatever is chosen, before anything is read or asked
            message.set("This component is open read-only: nothing was restored. Allow writes first.");
            return;
        }
        if (entry == null || value == null || !currentRead || busy.get() || sameAsCurrent(value)) {
            return;
        }
        // an item whose etag attribute is NULL reads with ETag "": it has none to check against
        String etag = currentItem.map(StateItem::etag).filter(e -> !e.isEmpty()).orElse(null);
        String which = side.get() == Side.BEFORE ? "as it was before" : "as it was saved by";
        String question = "Restore \"" + key + "\" " + which + " the write of " + entry.when() + "?\n\n"
                + (currentItem.isPresent() ? "This replaces the current value (ETag " + etag + "). The write is"
                        + " checked against that ETag: if the key changed since this view read it, nothing is"
                        + " written." : "The key does not exist now; it is created only if still absent.")
                + (editPending.getAsBoolean() ? "\n\nYour unsaved edit of this key in the editor is replaced." : "");
        if (!dialogs.confirm("Restore an earlier value", question, "Restore")) {
            return;
        }
        Optional<StateItem> before = currentItem;
        Storage storage = before.filter(StateItem::hasValue).map(StateItem::storage)
                .orElse(entry.record().storage() == null ? Storage.S : entry.record().storage());
        Concurrency concurrency = etag == null ? Concurrency.FIRST_WRITE : Concurrency.LAST_WRITE;
        // Set replaces the whole item: the key keeps its expiry time, if it had one.
        String ttl = before.map(StateItem::ttlEpochSeconds)
                .map(epoch -> epoch - clock.instant().getEpochSecond()).filter(left -> left > 0)
                .map(String::valueOf).orElse(null);
        SetRequest request = new SetRequest(key, value, storage == Storage.N ? Storage.S : storage, etag, concurrency,
                ttl);
        busy.set(true);
        message.set("");
        runner.run(() -> {
            String newEtag = store.get().set(request);
            history.record(new WriteRecord(clock.instant(), componentName, store.get().config().table(), key,
                    WriteRecord.Action.RESTORE, request.storage(), before.map(StateItem::value).orElse(null), value,
                    etag, newEtag));
            return store.get().browse(key).orElseThrow(() -> new IllegalStateException("Restored \"" + key
                    + "\", but it was gone when read back."));
        }, restored -> {
            busy.set(false);
            onRestored.accept(restored);
            message.set("Restored. New ETag " + restored.etag() + ".");
            reload();
        }, failure -> {
            busy.set(false);
            if (failure instanceof EtagMismatchException || failure instanceof FirstWriteConflictException) {
                message.set("Not restored: \"" + key + "\" changed after this view read it. The difference below is"
                        + " now against its new value; restore again if you still want to.");
            } else if (failure instanceof OutcomeUnknownException) {
                message.set(Texts.sentences("Unknown whether it was restored: " + ErrorText.of(failure),
                        "Look at the current value below before restoring again"));
            } else {
                message.set(Texts.sentences("Not restored: " + ErrorText.of(failure), "Nothing was written"));
            }
            reload();
        });
    }

    /** Reads the list and the current value again, keeping the chosen write. */
    private void reload() {
        WriteRecord chosen = selected.get() == null ? null : selected.get().record();
        runner.run(() -> new Loaded(history.forKey(store.get().config().table(), key), store.get().browse(key)),
                loaded -> {
                    entries.setAll(loaded.records().stream().map(this::entry).toList());
                    setCurrent(loaded.current());
                    selected.set(entries.stream().filter(e -> e.record().equals(chosen)).findFirst()
                            .orElse(entries.isEmpty() ? null : entries.get(0)));
                    update();
                }, failure -> current.set("The current value could not be read: " + ErrorText.of(failure)));
    }

    private Optional<byte[]> chosenValue() {
        Entry entry = selected.get();
        if (entry == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(side.get() == Side.BEFORE ? entry.record().before() : entry.record().after());
    }

    private void update() {
        Entry entry = selected.get();
        Optional<byte[]> chosen = chosenValue();
        String now = currentItem.map(item -> render(item.value(), item.storage())).orElse("");
        if (entry == null) {
            diff.clear();
            comparison.set(entries.isEmpty() ? "StateDesk has not written this key yet." : "Choose a write.");
        } else if (chosen.isEmpty()) {
            diff.clear();
            comparison.set(side.get() == Side.BEFORE ? "The key did not exist before this write: nothing to restore."
                    : "This write deleted the key: nothing to restore from it.");
        } else {
            Storage storage = entry.record().storage();
            List<LineDiff.Line> lines = LineDiff.of(now, render(chosen.get(), storage));
            diff.setAll(lines);
            long removed = lines.stream().filter(line -> line.side() == LineDiff.Line.Side.OLD).count();
            long added = lines.stream().filter(line -> line.side() == LineDiff.Line.Side.NEW).count();
            comparison.set((side.get() == Side.BEFORE ? "The value before this write" : "The value this write saved")
                    + " against the current value: " + (sameAsCurrent(chosen.get()) ? "the same bytes, nothing to"
                    + " restore." : removed + added == 0 ? "the same text, in other bytes."
                    : Texts.count(removed, "line") + " only in the current value (-), " + Texts.count(added, "line")
                    + " only in this version (+)."));
        }
        // Restoring what is there already would only give the key a new ETag.
        canRestore.set(currentRead && chosen.isPresent() && !sameAsCurrent(chosen.get()) && !busy.get());
    }

    private boolean sameAsCurrent(byte[] value) {
        return currentItem.filter(StateItem::hasValue).map(item -> java.util.Arrays.equals(item.value(), value))
                .orElse(false);
    }

    /** Values as the editor shows them: JSON pretty, text as is, binary as hex rows (they diff line by line). */
    static String render(byte[] bytes, Storage storage) {
        ValueKind kind = ValueKind.of(bytes, storage);
        return switch (kind) {
            case JSON -> DaprJson.pretty(new String(bytes, StandardCharsets.UTF_8));
            case TEXT, ENCRYPTED -> new String(bytes, StandardCharsets.UTF_8);
            case BINARY -> io.statedesk.ui.common.HexDump.of(bytes).stripTrailing();
        };
    }
}
