package io.statedesk.ui.keys;

import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.StateKey;
import io.statedesk.ui.common.ValueKind;
import java.time.Duration;
import java.time.Instant;

/**
 * One line of the key table: the item and the texts its columns show. The texts that take work (app and value
 * preview) are made once, when the row is built: scans build rows on their own thread, so the UI thread only adds
 * finished rows, and scrolling never decodes a value again.
 */
public final class KeyRow {

    static final int PREVIEW_LENGTH = 120;
    /** A preview looks at most at this many characters: enough for one line, however large the value is. */
    private static final int PREVIEW_READ_CHARS = PREVIEW_LENGTH * 8;

    private final StateItem item;
    private final String app;
    private final String preview;

    public KeyRow(StateItem item) {
        this.item = java.util.Objects.requireNonNull(item, "item");
        this.app = appOf(item.key());
        this.preview = previewOf(item);
    }

    public StateItem item() {
        return item;
    }

    public String storedKey() {
        return item.key().stored();
    }

    /** The app id, or for other prefix strategies the prefix (namespace-prefixed keys show {@code ns / app}). */
    public String app() {
        return app;
    }

    /** Where reminder records of daprd 1.14 and earlier group: they belong to no app, and are not plain state. */
    static final String REMINDERS = "(actor reminders)";

    private static String appOf(StateKey key) {
        if (key.kind() == StateKey.Kind.REMINDER) {
            return REMINDERS;
        }
        if (key.namespace() != null) {
            return key.namespace() + " / " + key.appId();
        }
        if (key.appId() != null) {
            return key.appId();
        }
        return key.prefix() == null ? "" : key.prefix();
    }

    public String actorType() {
        return nullToEmpty(item.key().actorType());
    }

    public String actorId() {
        return nullToEmpty(item.key().actorId());
    }

    public String stateKey() {
        return item.key().stateKey();
    }

    public String storage() {
        return item.hasValue() ? item.storage().name() : "";
    }

    public int valueSize() {
        return item.valueLength();
    }

    public String etag() {
        return item.etag() == null ? "(none)" : item.etag();
    }

    /** The value as one line of text, or a hex start for binary. */
    public String preview() {
        return preview;
    }

    private static String previewOf(StateItem item) {
        if (item.problemIfAny().isPresent()) {
            return "(Dapr cannot read this item: " + item.problemIfAny().get() + ")";
        }
        if (!item.hasValue()) {
            return "(no value)";
        }
        byte[] bytes = item.value();
        ValueKind kind = ValueKind.of(bytes, item.storage());
        if (kind == ValueKind.ENCRYPTED) {
            return "(encrypted by daprd)";
        }
        if (kind == ValueKind.BINARY) {
            StringBuilder hex = new StringBuilder("0x");
            for (int i = 0; i < Math.min(bytes.length, 24); i++) {
                hex.append(String.format("%02x", bytes[i]));
            }
            return bytes.length > 24 ? hex.append('…').toString() : hex.toString();
        }
        String text = ValueKind.utf8OrNull(bytes);
        String start = text.length() > PREVIEW_READ_CHARS ? text.substring(0, PREVIEW_READ_CHARS) : text;
        String line = start.replaceAll("\\s+", " ");
        return line.length() > PREVIEW_LENGTH || start.length() < text.length()
                ? line.substring(0, Math.min(line.length(), PREVIEW_LENGTH)) + "…" : line;
    }

    /** Time left as Dapr sees it: blank without TTL, "expired" once Dapr reads the item as missing. */
    public String ttl(Instant now) {
        if (item.ttlEpochSeconds() == null) {
            return "";
        }
        if (item.expired() || item.ttlEpochSeconds() <= now.getEpochSecond()) {
            return "expired";
        }
        return humanDuration(Duration.ofSeconds(item.ttlEpochSeconds() - now.getEpochSecond()));
    }

    static String humanDuration(Duration left) {
        long seconds = left.getSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3_600) {
            return (seconds / 60) + " min";
        }
        if (seconds < 86_400) {
            return (seconds / 3_600) + " h " + (seconds % 3_600 / 60) + " min";
        }
        return (seconds / 86_400) + " d " + (seconds % 86_400 / 3_600) + " h";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Rows are equal when their items are: a row rebuilt for the same item keeps its place in the selection. */
    @Override
    public boolean equals(Object other) {
        return other instanceof KeyRow row && row.item.equals(item);
    }

    @Override
    public int hashCode() {
        return item.hashCode();
    }

    @Override
    public String toString() {
        return "KeyRow[" + item.key().stored() + "]";
    }
}
