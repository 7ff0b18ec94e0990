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
import io.statedesk.engine.model.Storage;
import io.statedesk.history.WriteHistory;
import io.statedesk.history.WriteRecord;
import io.statedesk.ui.common.DialogService;
import io.statedesk.ui.common.ErrorText;
import io.statedesk.ui.common.TaskRunner;
import io.statedesk.ui.common.ValueKind;
import io.statedesk.ui.conflict.ConflictChoice;
import io.statedesk.ui.conflict.ConflictViewModel;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
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
 * the item keeps its storage type (S or B).
 */
public final class ValueEditorViewModel {

    // ---- state ----
    private final ObjectProperty<StateItem> item = new SimpleObjectProperty<>();
    private final ObjectProperty<ValueKind> kind = new SimpleObjectProperty<>(ValueKind.TEXT);
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty ttlSeconds = new SimpleStringProperty("");
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    private final Supplier<StateStore> store;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final WriteHistory history;
    private final Clock clock;
    private final String componentName;
    private EncryptionSetup encryption = new EncryptionSetup.NotEncrypted();
    /** The decrypted bytes of a daprd-encrypted value while one is shown; null otherwise. */
    private byte[] plaintext;
    private Consumer<StateItem> onSaved = saved -> { };
    private Consumer<String> onGone = key -> { };

    /** The text as first shown: equal text means the original bytes are saved. */
    private String originalText = "";
    private String originalTtl = "";
    /** The ETag the next save is checked against; null means the key must not exist (or has no ETag). */
    private String baseEtag;
    private boolean baseExists;

    public ValueEditorViewModel(Supplier<StateStore> store, TaskRunner runner, DialogService dialogs,
            WriteHistory history, Clock clock, String componentName) {
        this.store = store;
        this.runner = runner;
        this.dialogs = dialogs;
        this.history = history;
        this.clock = clock;
        this.componentName = componentName;
        text.addListener((obs, old, now) -> updateDirty());
        ttlSeconds.addListener((obs, old, now) -> updateDirty());
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

    /** Seconds from now until the item expires; empty for no TTL. */
    public StringProperty ttlSecondsProperty() {
        return ttlSeconds;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public boolean ttlSupported() {
        return store.get().config().ttlAttribute().isPresent();
    }

    public boolean editable() {
        return item.get() != null && kind.get() != ValueKind.ENCRYPTED && !store.get().config().readOnly();
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

    // ---- commands ----

    /** Shows an item as read; any unsaved edit is dropped (the view asks first). */
    public void show(StateItem shown) {
        // An item whose etag attribute is NULL reads with ETag "": it has no ETag to check against.
        baseEtag = shown.etag() == null || shown.etag().isEmpty() ? null : shown.etag();
        baseExists = true;
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
        kind.set(detected);
        // the view reads the kind when the item changes (editable, details): set the item after it
        item.set(shown);
        originalText = render(plaintext != null ? plaintext : shown.value(), detected);
        originalTtl = remainingTtl(shown);
        error.set("");
        message.set(shown.expired() ? "Expired: Dapr reads this key as missing until DynamoDB deletes it."
                + (note.isEmpty() ? "" : " " + note) : note);
        text.set(originalText);
        ttlSeconds.set(originalTtl);
        updateDirty();
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
        originalText = render(bytes, newKind);
        text.set(originalText);
        error.set("");
        updateDirty();
    }

    /** Shows nothing: the key was deleted. */
    public void clear() {
        item.set(null);
        plaintext = null;
        originalText = "";
        originalTtl = "";
        text.set("");
        ttlSeconds.set("");
        updateDirty();
    }

    public void revert() {
        if (item.get() != null) {
            text.set(originalText);
            ttlSeconds.set(originalTtl);
            error.set("");
        }
    }

    /** Saves the edit, checked against the ETag that was read. */
    public void save() {
        StateItem current = item.get();
        if (current == null || busy.get()) {
            return;
        }
        if (store.get().config().readOnly()) {
            error.set("This component is open read-only: nothing was written. Allow writes first.");
            return;
        }
        byte[] bytes;
        String ttl;
        try {
            bytes = bytesToSave();
            ttl = ttlToSave();
        } catch (IllegalArgumentException invalid) {
            error.set(invalid.getMessage());
            return;
        }
        write(current, bytes, ttl, baseEtag, baseExists);
    }

    private void write(StateItem current, byte[] bytes, String ttl, String etag, boolean exists) {
        // A legacy item without ETag, or a key deleted meanwhile, is written only if still so: first-write.
        Concurrency concurrency = etag == null ? Concurrency.FIRST_WRITE : Concurrency.LAST_WRITE;
        // Dapr never writes N: a number someone else stored is saved back as its text, S, which Dapr reads the same.
        Storage storage = current.storage() == Storage.N || current.storage() == null ? Storage.S : current.storage();
        SetRequest request = new SetRequest(current.key().stored(), bytes, storage, etag, concurrency, ttl);
        busy.set(true);
        error.set("");
        runner.run(() -> {
            String newEtag = store.get().set(request);
            return store.get().browse(request.key()).orElseThrow(() ->
                    new IllegalStateException("Saved \"" + request.key() + "\", but it was gone when read back."));
        }, saved -> {
            busy.set(false);
            record(current, exists, bytes, etag, saved.etag());
            show(saved);
            message.set("Saved. New ETag " + saved.etag() + ".");
            onSaved.accept(saved);
        }, failure -> {
            busy.set(false);
            if (failure instanceof EtagMismatchException || failure instanceof FirstWriteConflictException) {
                openConflict(current, bytes, ttl);
            } else if (failure instanceof OutcomeUnknownException) {
                // Not "failed": it may have been saved. Saving again is checked against the same ETag, so it
                // cannot overwrite anyone, and a save that did land shows up as their version in the conflict dialog.
                error.set("Unknown whether this was saved: " + ErrorText.of(failure) + " Your edit is kept; "
                        + "Save again to retry safely.");
            } else {
                error.set(ErrorText.of(failure) + " Your edit is kept.");
            }
        });
    }

    private void openConflict(StateItem current, byte[] mine, String ttl) {
        busy.set(true);
        runner.run(() -> store.get().browse(current.key().stored()), theirs -> {
            busy.set(false);
            String theirsText = theirs.map(t -> render(t.value(), ValueKind.of(t.value(), t.storage()))).orElse("");
            ConflictViewModel conflict = new ConflictViewModel(current.key().stored(), text.get(), theirs, theirsText);
            ConflictChoice choice = dialogs.resolveConflict(conflict);
            switch (choice) {
                case TAKE_THEIRS -> {
                    if (theirs.isPresent()) {
                        show(theirs.get());
                        onSaved.accept(theirs.get());
                        message.set("Showing their version; your edit was discarded.");
                    } else {
                        clear();
                        onGone.accept(current.key().stored());
                    }
                }
                case KEEP_EDITING -> {
                    baseEtag = conflict.theirsEtag().orElse(null);
                    baseExists = theirs.isPresent();
                    message.set(theirs.isPresent()
                            ? "Still editing. Saving now replaces their version (ETag " + baseEtag + ")."
                            : "Still editing. Saving now creates the key again.");
                }
                case OVERWRITE -> write(current, mine, ttl, conflict.theirsEtag().orElse(null), theirs.isPresent());
            }
        }, failure -> {
            busy.set(false);
            error.set("The save met a newer version, and reading it failed: " + ErrorText.of(failure)
                    + " Your edit is kept.");
        });
    }

    private void record(StateItem before, boolean existed, byte[] after, String etagBefore, String etagAfter) {
        try {
            history.record(new WriteRecord(clock.instant(), componentName, store.get().config().table(),
                    before.key().stored(), WriteRecord.Action.SET, before.storage(),
                    existed ? before.value() : null, after, etagBefore, etagAfter));
        } catch (RuntimeException e) {
            message.set("Saved, but the local history could not be written: " + e.getMessage());
        }
    }

    byte[] bytesToSave() {
        StateItem current = item.get();
        String edited = text.get();
        if (edited.equals(originalText)) {
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
        if (!ttlSupported()) {
            return null;
        }
        String typed = ttlSeconds.get() == null ? "" : ttlSeconds.get().strip();
        if (typed.equals(originalTtl)) {
            // untouched: keep the same expiry time, measured again now
            return remainingTtl(item.get()).isEmpty() ? null : remainingTtl(item.get());
        }
        if (typed.isEmpty()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(typed);
            if (seconds <= 0) {
                throw new IllegalArgumentException("TTL must be a positive number of seconds (Dapr expires the key "
                        + "at once for 0 or less). Clear the field to keep the key without TTL.");
            }
            return Long.toString(seconds);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("TTL \"" + typed + "\" is not a whole number of seconds.");
        }
    }

    private String remainingTtl(StateItem shown) {
        Long epoch = shown.ttlEpochSeconds();
        if (epoch == null || !ttlSupported()) {
            return "";
        }
        long left = epoch - clock.instant().getEpochSecond();
        return left > 0 ? Long.toString(left) : "";
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
        boolean changed = item.get() != null
                && (!text.get().equals(originalText) || !String.valueOf(ttlSeconds.get()).equals(originalTtl));
        dirty.set(changed);
    }

    /** The bytes shown, as hex rows of 16, for the binary view. */
    public static String hexDump(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (int row = 0; row < bytes.length; row += 16) {
            out.append(String.format("%08x  ", row));
            byte[] line = Arrays.copyOfRange(bytes, row, Math.min(bytes.length, row + 16));
            for (int i = 0; i < 16; i++) {
                out.append(i < line.length ? String.format("%02x ", line[i]) : "   ");
            }
            out.append(' ');
            for (byte b : line) {
                out.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
            }
            out.append('\n');
        }
        return out.toString();
    }

    Optional<StateItem> current() {
        return Optional.ofNullable(item.get());
    }

    Storage storage() {
        return item.get() == null ? null : item.get().storage();
    }
}
