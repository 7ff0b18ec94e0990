package io.statedesk.cli;

import io.statedesk.engine.model.Storage;
import io.statedesk.transfer.ItemLines;

/**
 * One line of an export file, as import needs it (read by {@link ItemLines}): {@code valueBase64} is the truth;
 * {@code value} is ignored.
 *
 * @param line    1-based line number in the file
 * @param key     the stored key
 * @param storage S or B
 * @param value   the exact bytes
 * @param etag    the ETag at export time, or null
 * @param ttl     the TTL epoch in seconds, or null
 */
record ImportRecord(int line, String key, Storage storage, byte[] value, String etag, Long ttl) {

    /** A line that cannot be imported as it is. */
    static final class BadLine extends Exception {
        BadLine(int line, String message) {
            super("line " + line + ": " + message);
        }
    }

    static ImportRecord parse(int line, String text) throws BadLine {
        try {
            ItemLines.Line read = ItemLines.parse(line, text);
            return new ImportRecord(line, read.key(), read.storage(), read.value(), read.etag(), read.ttl());
        } catch (ItemLines.BadLine e) {
            throw new BadLine(line, e.getMessage());
        }
    }
}
