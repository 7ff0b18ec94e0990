package io.statedesk.transfer;

import java.util.Locale;
import java.util.Optional;

/** What a copy or an import does with a key the target already holds. */
public enum CopyMode {
    /** Writes only keys the target does not hold (Dapr's first-write); an existing item is left as it is. */
    CREATE_ONLY,
    /** Replaces whatever the target holds (Dapr's last-write). */
    OVERWRITE,
    /**
     * Replaces an item only while it still has the ETag it had when compared (or exported), and creates a key only
     * while it is still absent; a key written meanwhile is reported, never overwritten.
     */
    ETAG_CHECKED;

    /** {@code create-only}, {@code overwrite}, {@code etag-checked}. */
    public String text() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<CopyMode> parse(String text) {
        for (CopyMode mode : values()) {
            if (mode.text().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
