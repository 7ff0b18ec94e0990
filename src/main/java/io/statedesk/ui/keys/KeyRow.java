package io.statedesk.ui.keys;

import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.StateKey;
import io.statedesk.ui.common.ValueKind;
import java.time.Duration;
import java.time.Instant;

/** One line of the key table: the item and the texts its columns show. */
public record KeyRow(StateItem item) {

    static final int PREVIEW_LENGTH = 120;

    public String storedKey() {
        return item.key().stored();
    }

    /** The app id, or for other prefix strategies the prefix (namespace-prefixed keys show {@code ns / app}). */
    public String app() {
        StateKey key = item.key();
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
        String line = ValueKind.utf8OrNull(bytes).replaceAll("\\s+", " ");
        return line.length() > PREVIEW_LENGTH ? line.substring(0, PREVIEW_LENGTH) + "…" : line;
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
}
