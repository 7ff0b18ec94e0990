package io.statedesk.ui.editor;

import io.statedesk.dapr.encryption.EncryptionSetup;
import io.statedesk.engine.StateStore;
import io.statedesk.engine.error.EtagMismatchException;
import io.statedesk.engine.error.FirstWriteConflictException;
import io.statedesk.engine.error.OutcomeUnknownException;
import io.statedesk.engine.json.DaprJson;
import io.statedesk.engine.model.Concurrency;
import io.statedesk.engine.model.SetRequest;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.StateKey;
import io.statedesk.engine.model.Storage;
import io.statedesk.history.WriteHistory;
import io.statedesk.history.WriteRecord;
import io.statedesk.session.ErrorText;
import io.statedesk.ui.common.TaskRunner;
import io.statedesk.ui.common.Texts;
import io.statedesk.ui.common.ValueKind;
import io.statedesk.ui.conflict.ConflictChoice;
import io.statedesk.ui.conflict.ConflictDialogs;
import io.statedesk.ui.conflict.ConflictViewModel;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The value editor: shows an item in the mode its bytes call for, saves with the ETag that was read, and on a
 * conflict asks the user (through {@link DialogService}) before anything is overwritten.
 *
 * <p>Bytes are sacred: an unchanged value saves to the same bytes, JSON is saved compact with numbers as typed, and
 * the item keeps its storage type (S or B). Nothing is written unless the value or the TTL changed: a save of an
 * unchanged item would give it a new ETag, and a running Dapr app's next ETag-checked write would then fail.
 */
public final class ValueEditorViewModel {

    // ---- state ----
    private final ObjectProperty<StateItem> item = new SimpleObjectProperty<>();
    private final ObjectProperty<ValueKind> kind = new SimpleObjectProperty<>(ValueKind.TEXT);
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty ttl = new SimpleStringProperty("");
    private final StringProperty ttlHint = new SimpleStringProperty("");
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty editable = new SimpleBooleanProperty();
    private final BooleanProperty draft = new SimpleBooleanProperty();
    private final StringProperty details = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty warning = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    private final Supplier<StateStore> store;
    private final TaskRunner runner;
    private final ConflictDialogs dialogs;
    private final WriteHistory history;
    private final Clock clock;
    private final String componentName;
    private Consumer<StateItem> onSaved = saved -> { };
    private Consumer<String> onGone = key -> { };

    /** The text as first shown: equal text means the original bytes are saved. */
    private String originalText = "";
    private String originalTtl = "";
    private ValueKind originalKind = ValueKind.TEXT;
    /** Bytes loaded from a file: saved exactly as they are while the text still shows them unedited. */
    private byte[] loadedBytes;
    private String loadedText;
    /** The ETag the next save is checked against; null means the key must not exist (or has no ETag). */
    private String baseEtag;
    private boolean baseExists;
    private EncryptionSetup encryption = new EncryptionSetup.NotEncrypted();
    /** The decrypted bytes of a daprd-encrypted value while one is shown; null otherwise. */
    private byte[] plaintext;
    /** What runs once the save under way has written (closing a tab, opening another key); dropped otherwise. */
    private Runnable afterSave;
    /** What runs instead when that save did not write (an error, a conflict the user did not overwrite). */
    private Runnable afterSaveFailed;

    public ValueEditorViewModel(Supplier<StateStore> store, TaskRunner runner, ConflictDialogs dialogs,
            WriteHistory history, Clock clock, String componentName) {
        this.store = store;
        this.runner = runner;
        this.dialogs = dialogs;
        this.history = history;
        this.clock = clock;
        this.componentName = componentName;
        text.addListener((obs, old, now) -> {
            updateDirty();
            updateWarning();
        });
        ttl.addListener((obs, old, now) -> {
            updateDirty();
            updateTtlHint();
        });
    }

    public ReadOnlyObjectProperty<StateItem> itemProperty() {
        return item;
    }

    public ReadOnlyObjectProperty<ValueKind> kindProperty() {
        return kind;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The TTL as typed or shown: time left ("6d 23h"), a duration, a date, or seconds; empty for no TTL. */
    public StringProperty ttlProperty() {
        return ttl;
    }

    /** What the TTL field means: the local expiry time and time left, or why the typed text is not a TTL. */
    public ReadOnlyStringProperty ttlHintProperty() {
        return ttlHint;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Whether the shown value can be edited now: follows the shown key and the tab's write permission. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable;
    }

    /** True for a new key that is not in the table yet: Save creates it with first-write. */
    public ReadOnlyBooleanProperty draftProperty() {
        return draft;
    }

    /** One line about the shown item: storage, size, ETag, and why it cannot be edited when it cannot. */
    public ReadOnlyStringProperty detailsProperty() {
        return details;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** Something to know before saving that does not stop it (a JSON key written twice). */
    public ReadOnlyStringProperty warningProperty() {
        return warning;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public boolean ttlSupported() {
        return store.get().config().ttlAttribute().isPresent();
    }

    public boolean editable() {
        return editable.get();
    }

    /** The component's state encryption: encrypted values are shown decrypted when its keys resolved. */
    public void setEncryption(EncryptionSetup setup) {
        encryption = setup;
    }

    /** Whether the value shown is a daprd-encrypted one, decrypted for display (saving seals it again). */
    public boolean showsDecrypted() {
        return plaintext != null;
    }

    public void setOnSaved(Consumer<StateItem> listener) {
        onSaved = listener;
    }

    public void setOnGone(Consumer<String> listener) {
        onGone = listener;
    }

    /** The bytes as stored (not the edit): for saving the value to a file. */
    public Optional<byte[]> storedBytes() {
        StateItem current = item.get();
        return current == null || draft.get() ? Optional.empty() : Optional.of(current.value());
    }

    // ---- commands ----

    /** Shows an item as read; any unsaved edit is dropped (the tab asks first). */
    public void show(StateItem shown) {
        ValueKind detected = ValueKind.of(shown.value(), shown.storage());
        plaintext = null;
        String note = "";
        if (detected == ValueKind.ENCRYPTED) {
            EncryptedValues.Shown opened = EncryptedValues.open(encryption, shown.value());
            plaintext = opened.plaintext();
            note = opened.note();
            if (plaintext != null) {
                detected = ValueKind.of(plaintext, Storage.S);
            }
        }
        present(shown, detected, false);
        // An item whose etag attribute is NULL reads with ETag "": it has no ETag to check against.
        baseEtag = shown.etag() == null || shown.etag().isEmpty() ? null : shown.etag();
        baseExists = true;
        message.set(shown.expired() ? "Expired: Dapr reads this key as missing until DynamoDB deletes it."
                + (note.isEmpty() ? "" : " " + note) : note);
    }

    /**
     * Starts a new key in the editor: nothing is written until Save, which creates it with first-write, so a key
     * a running app created meanwhile is never replaced (and an app never reads a placeholder value).
     */
    public void startNew(StateKey key, Storage storage) {
        byte[] initial = "{}".getBytes(StandardCharsets.UTF_8);
        plaintext = null;
        present(new StateItem(key, initial, true, storage, null, null, false, 0), ValueKind.JSON, true);
        baseEtag = null;
        baseExists = false;
        message.set("New key: type its value and save. Nothing is in the table until then.");
    }

    private void present(StateItem shown, ValueKind shownKind, boolean isDraft) {
        afterSave = null;
        afterSaveFailed = null;
        loadedBytes = null;
        loadedText = null;
        draft.set(isDraft);
        // Everything the views read is set before the item, whose change they listen to.
        kind.set(shownKind);
        originalKind = shownKind;
        originalText = render(plaintext != null ? plaintext : shown.value(), shownKind);
        originalTtl = ttlShown(shown);
        error.set("");
        text.set(originalText);
        ttl.set(originalTtl);
        updateEditable(shown);
        item.set(shown);
        updateDirty();
        updateWarning();
        updateTtlHint();
    }

    /** Shows binary bytes decoded as text or JSON, or JSON/text as binary; the bytes and storage stay the same. */
    public void viewAs(ValueKind newKind) {
        StateItem current = item.get();
        if (current == null || newKind == ValueKind.ENCRYPTED || dirty.get()) {
            return;
        }
        byte[] bytes = plaintext != null ? plaintext.clone() : current.value();
        if (newKind != ValueKind.BINARY && ValueKind.utf8OrNull(bytes) == null) {
            error.set("These bytes are not valid UTF-8 text; they can only be shown as binary.");
            return;
        }
        if (newKind == ValueKind.JSON && !ValueKind.isJson(ValueKind.utf8OrNull(bytes))) {
            error.set("These bytes are text but not JSON.");
            return;
        }
        kind.set(newKind);
        originalKind = newKind;
        originalText = render(bytes, newKind);
        text.set(originalText);
        error.set("");
        updateEditable();
        updateDirty();
    }

    /** Puts a file's bytes in the editor as the new value; Save writes exactly these bytes. */
    public void loadBytes(byte[] bytes, String from) {
        StateItem current = item.get();
        if (current == null || !editable.get()) {
            return;
        }
        ValueKind loaded = ValueKind.of(bytes, current.storage());
        ValueKind shownAs = loaded == ValueKind.ENCRYPTED ? ValueKind.TEXT : loaded;
        kind.set(shownAs);
        loadedBytes = bytes.clone();
        loadedText = render(bytes, shownAs);
        text.set(loadedText);
        updateDirty();
        error.set("");
        message.set("Loaded " + Texts.count(bytes.length, "byte") + " from " + from + ". Save writes them as they"
                + " are.");
        updateDirty();
    }

    /** Shows nothing: the key was deleted. */
    public void clear() {
        plaintext = null;
        afterSave = null;
        afterSaveFailed = null;
        loadedBytes = null;
        draft.set(false);
        originalText = "";
        originalTtl = "";
        text.set("");
        ttl.set("");
        updateEditable(null);
        item.set(null);
        updateDirty();
        updateWarning();
        updateTtlHint();
    }

    public void revert() {
        if (item.get() != null) {
            loadedBytes = null;
            kind.set(originalKind);
            text.set(originalText);
            ttl.set(originalTtl);
            error.set("");
        }
    }

    /** The tab's write permission changed (Allow writes…): the open value becomes editable, or stops being. */
    public void writesChanged() {
        updateEditable();
    }

    /** Saves the edit, checked against the ETag that was read; with nothing changed nothing is written. */
    public void save() {
        startSave();
    }

    /** Saves, then runs {@code next} once written; on any other outcome (conflict, error) runs {@code otherwise}. */
    public void saveThen(Runnable next, Runnable otherwise) {
        afterSave = next;
        afterSaveFailed = otherwise;
        if (!startSave()) {
            saveDidNotWrite();
        }
    }

    /** The save under way ended without writing: what was to follow it does not happen. */
    private void saveDidNotWrite() {
        Runnable otherwise = afterSaveFailed;
        afterSave = null;
        afterSaveFailed = null;
        if (otherwise != null) {
            otherwise.run();
        }
    }

    /** Starts the write; false when nothing was started (nothing changed, read-only, invalid, declined). */
    private boolean startSave() {
        StateItem current = item.get();
        if (current == null || busy.get()) {
            return false;
        }
        if (!dirty.get()) {
            message.set("Nothing changed: nothing was written.");
            return false;
        }
        if (store.get().config().readOnly()) {
            error.set("This component is open read-only: nothing was written. Allow writes first.");
            return false;
        }
        byte[] bytes;
        String ttlSeconds;
        try {
            bytes = bytesToSave();
            ttlSeconds = ttlToSave();
        } catch (IllegalArgumentException invalid) {
            error.set(invalid.getMessage());
            return false;
        }
        if (kind.get() == ValueKind.JSON && !text.get().equals(originalText)) {
            Optional<JsonDuplicates.Duplicate> duplicate = JsonDuplicates.first(text.get());
            if (duplicate.isPresent() && !dialogs.confirm("Duplicate key in the JSON", duplicate.get().sentence()
                    + "\n\nSave it anyway?", "Save anyway")) {
                message.set("Not saved: the JSON still has the key \"" + duplicate.get().name() + "\" twice.");
                return false;
            }
        }
        write(current, bytes, ttlSeconds, baseEtag, baseExists);
        return true;
    }

    private void write(StateItem current, byte[] bytes, String ttlSeconds, String etag, boolean exists) {
        // A legacy item without ETag, a new key, or a key deleted meanwhile is written only if still so: first-write.
        Concurrency concurrency = etag == null ? Concurrency.FIRST_WRITE : Concurrency.LAST_WRITE;
        // Dapr never writes N: a number someone else stored is saved back as its text, S, which Dapr reads the same.
        Storage storage = current.storage() == Storage.N || current.storage() == null ? Storage.S : current.storage();
        SetRequest request = new SetRequest(current.key().stored(), bytes, storage, etag, concurrency, ttlSeconds);
        busy.set(true);
        error.set("");
        runner.run(() -> {
            String newEtag = store.get().set(request);
            // the history file is written here, off the UI thread, as soon as the write is known to be done
            String historyProblem = record(current, exists, bytes, etag, newEtag);
            StateItem saved = store.get().browse(request.key()).orElseThrow(() ->
                    new IllegalStateException("Saved \"" + request.key() + "\", but it was gone when read back."));
            return new Saved(saved, historyProblem);
        }, done -> {
            busy.set(false);
            StateItem saved = done.item();
            boolean created = draft.get() || !exists;
            Runnable next = afterSave;
            show(saved);
            message.set((created ? "Created" : "Saved") + ". New ETag " + saved.etag() + "."
                    + (done.historyProblem().isEmpty() ? ""
                    : " The local history could not be written: " + done.historyProblem()));
            onSaved.accept(saved);
            if (next != null) {
                next.run();
            }
        }, failure -> {
            busy.set(false);
            if (failure instanceof EtagMismatchException || failure instanceof FirstWriteConflictException) {
                openConflict(current, bytes, ttlSeconds);
            } else if (failure instanceof OutcomeUnknownException) {
                // Not "failed": it may have been saved. Saving again is checked against the same ETag, so it
                // cannot overwrite anyone, and a save that did land shows up as their version in the conflict dialog.
                error.set("Unknown whether this was saved: " + ErrorText.of(failure) + " Your edit is kept; "
                        + "Save again to retry safely.");
                saveDidNotWrite();
            } else {
                error.set(Texts.sentences(ErrorText.of(failure), "Your edit is kept."));
                saveDidNotWrite();
            }
        });
    }

    private void openConflict(StateItem current, byte[] mine, String ttlSeconds) {
        busy.set(true);
        runner.run(() -> store.get().browse(current.key().stored()), theirs -> {
            busy.set(false);
            String theirsText = theirs.map(t -> render(t.value(), ValueKind.of(t.value(), t.storage()))).orElse("");
            ConflictViewModel conflict = new ConflictViewModel(current.key().stored(), text.get(), theirs, theirsText);
            ConflictChoice choice = dialogs.resolveConflict(conflict);
            switch (choice) {
                case TAKE_THEIRS -> {
                    Runnable dropped = afterSaveFailed;
                    if (theirs.isPresent()) {
                        show(theirs.get());
                        onSaved.accept(theirs.get());
                        message.set("Showing their version; your edit was discarded.");
                    } else {
                        clear();
                        onGone.accept(current.key().stored());
                    }
                    afterSaveFailed = dropped;
                    saveDidNotWrite();
                }
                case KEEP_EDITING -> {
                    saveDidNotWrite();
                    baseEtag = conflict.theirsEtag().orElse(null);
                    baseExists = theirs.isPresent();
                    message.set(theirs.isPresent()
                            ? "Still editing. Saving now replaces their version (ETag " + baseEtag + ")."
                            : "Still editing. Saving now creates the key again.");
                }
                case OVERWRITE -> write(current, mine, ttlSeconds, conflict.theirsEtag().orElse(null),
                        theirs.isPresent());
            }
        }, failure -> {
            busy.set(false);
            saveDidNotWrite();
            error.set(Texts.sentences("The save met a newer version, and reading it failed: " + ErrorText.of(failure),
                    "Your edit is kept."));
        });
    }

    /** A saved item as read back, and why the history could not record the write ("" when it did). */
    private record Saved(StateItem item, String historyProblem) {
    }

    /** Appends the write to the local history (file I/O: in the background); "" or why it could not. */
    private String record(StateItem before, boolean existed, byte[] after, String etagBefore, String etagAfter) {
        try {
            history.record(new WriteRecord(clock.instant(), componentName, store.get().config().table(),
                    before.key().stored(), WriteRecord.Action.SET, before.storage(),
                    existed ? before.value() : null, after, etagBefore, etagAfter));
            return "";
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    byte[] bytesToSave() {
        StateItem current = item.get();
        String edited = text.get();
        if (loadedBytes != null && edited.equals(loadedText)) {
            return loadedBytes.clone();
        }
        if (edited.equals(originalText) && kind.get() == originalKind) {
            return current.value();
        }
        if (plaintext != null) {
            // daprd reads back only what it can decrypt: seal the edit with the primary key, in daprd's format
            return EncryptedValues.seal(encryption, plainBytes(edited));
        }
        return plainBytes(edited);
    }

    private byte[] plainBytes(String edited) {
        return switch (kind.get()) {
            case JSON -> DaprJson.compact(edited).getBytes(StandardCharsets.UTF_8);
            case TEXT -> edited.getBytes(StandardCharsets.UTF_8);
            case BINARY -> decodeBase64(edited);
            case ENCRYPTED -> throw new IllegalArgumentException(
                    "daprd encrypted this value; StateDesk cannot edit it without the key.");
        };
    }

    private String ttlToSave() {
        return ttlSupported() ? TtlField.secondsToSave(ttl.get(), originalTtl, item.get(), clock) : null;
    }

    private String ttlShown(StateItem shown) {
        return ttlSupported() ? TtlField.shown(shown, clock) : "";
    }

    private static byte[] decodeBase64(String edited) {
        try {
            return Base64.getDecoder().decode(edited.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The binary value is not valid base64: " + e.getMessage());
        }
    }

    static String render(byte[] bytes, ValueKind kind) {
        return switch (kind) {
            case JSON -> DaprJson.pretty(new String(bytes, StandardCharsets.UTF_8));
            case TEXT, ENCRYPTED -> new String(bytes, StandardCharsets.UTF_8);
            case BINARY -> Base64.getEncoder().encodeToString(bytes);
        };
    }

    private void updateDirty() {
        StateItem current = item.get();
        boolean was = dirty.get();
        dirty.set(current != null && (draft.get() || !text.get().equals(originalText) || kind.get() != originalKind
                || !String.valueOf(ttl.get()).equals(originalTtl)));
        if (dirty.get() && !was && !draft.get()) {
            // "Saved. New ETag …" is about the version before this edit
            message.set("");
        }
    }

    private void updateEditable() {
        updateEditable(item.get());
    }

    private void updateEditable(StateItem current) {
        boolean readOnly = store.get().config().readOnly();
        editable.set(current != null && kind.get() != ValueKind.ENCRYPTED && !readOnly);
        details.set(current == null ? "" : describe(current, readOnly));
    }

    private String describe(StateItem shown, boolean readOnly) {
        if (draft.get()) {
            return "New key, stored as " + (shown.storage() == Storage.B ? "bytes (B)" : "a string (S)")
                    + " · created with first-write on Save: never replaces a key an app created meanwhile";
        }
        StringBuilder info = new StringBuilder();
        info.append(shown.hasValue() ? shown.storage() == Storage.B ? "Binary (B)" : "String (S)" : "No value");
        info.append(" · ").append(Texts.count(shown.valueLength(), "byte"));
        info.append(" · ETag ").append(shown.etag() == null ? "(none: legacy item)" : shown.etag());
        if (shown.expired()) {
            info.append(" · expired: Dapr reads it as missing");
        }
        if (kind.get() == ValueKind.ENCRYPTED) {
            info.append(" · encrypted by daprd: not editable");
        } else if (plaintext != null) {
            info.append(" · encrypted by daprd, shown decrypted: Save encrypts it again");
        } else if (readOnly) {
            info.append(" · read-only");
        }
        return info.toString();
    }

    private void updateWarning() {
        String shown = text.get();
        // A live check while typing; very large values are checked on Save only.
        boolean check = kind.get() == ValueKind.JSON && shown.length() < 200_000 && !shown.equals(originalText);
        warning.set(check ? JsonDuplicates.first(shown).map(JsonDuplicates.Duplicate::sentence).orElse("") : "");
    }

    private void updateTtlHint() {
        StateItem current = item.get();
        ttlHint.set(current == null || !ttlSupported() ? "" : TtlField.hint(current, ttl.get(), originalTtl, clock));
    }
}
