package io.statedesk.ui.keys;

import io.statedesk.engine.model.StateItem;
import io.statedesk.ui.common.ValueKind;

/**
 * What the key table shows of a value it has read: storage, size and one line of it. Made only for rows on screen
 * (the listing reads no values), and kept in a bounded cache by {@link KeyTableViewModel#valueOf}.
 *
 * @param etag    the ETag of the version read: a row whose ETag differs has changed since, and is read again
 * @param storage S, B or N; empty when the item has no value
 * @param size    the value's bytes; -1 when it has none
 * @param preview the value as one line of text, a hex start for binary, or why there is nothing to show
 */
public record ValuePreview(String etag, String storage, int size, String preview) {

    static final int PREVIEW_LENGTH = 120;
    /** A preview looks at most at this many characters: enough for one line, however large the value is. */
    private static final int PREVIEW_READ_CHARS = PREVIEW_LENGTH * 8;

    /** Shown until the value arrives. */
    static final ValuePreview READING = new ValuePreview(null, "", -1, "…");

    public static ValuePreview of(StateItem item) {
        return new ValuePreview(item.etag(), item.hasValue() ? item.storage().name() : "",
                item.hasValue() ? item.valueLength() : -1, lineOf(item));
    }

    static ValuePreview gone() {
        return new ValuePreview(null, "", -1, "(no longer in the table)");
    }

    static ValuePreview failed(String why) {
        return new ValuePreview(null, "", -1, "(not read: " + why + ")");
    }

    static String lineOf(StateItem item) {
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
}
