package io.statedesk.transfer;

import io.statedesk.engine.model.Storage;
import java.util.Objects;

/**
 * One item to write into a target store.
 *
 * @param origin   where it comes from, for reports: the source key, or {@code line 12} of a file
 * @param key      the stored key in the target
 * @param value    the exact bytes
 * @param storage  S or B, kept from the source
 * @param ttl      the TTL epoch seconds to land on, or null for none
 * @param expected what the target held when the user looked, for the ETag-checked mode
 */
public record WriteItem(String origin, String key, byte[] value, Storage storage, Long ttl, Expected expected) {

    public WriteItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(storage, "storage");
        value = value.clone();
        expected = expected == null ? Expected.unknown() : expected;
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    public int size() {
        return value.length;
    }
}
