package io.statedesk.compare;

import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.Storage;

/**
 * One side's item as it was when compared, without its value: enough to report it and to check later that it has
 * not changed (its ETag).
 *
 * @param storedKey the key in its table
 * @param etag      the ETag then, or null for an item written without one
 * @param storage   S, B or N; null for an item without a value
 * @param size      the value's bytes
 * @param ttl       the TTL epoch seconds, or null
 */
public record Snapshot(String storedKey, String etag, Storage storage, int size, Long ttl) {

    static Snapshot of(StateItem item) {
        return new Snapshot(item.key().stored(), item.etag(), item.hasValue() ? item.storage() : null,
                item.valueLength(), item.ttlEpochSeconds());
    }
}
