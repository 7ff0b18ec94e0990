package io.statedesk.engine.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of a Dapr state table as StateDesk sees it.
 *
 * @param key             the parsed stored key
 * @param value           the exact value bytes (UTF-8 of an S value, the bytes of a B value, the text of an N value);
 *                        never null, may be empty
 * @param hasValue        false when the item has no {@code value} attribute (or NULL), or when a keys-only scan left
 *                        it out: Dapr reads a missing value as nil data
 * @param storage         S, B or N; an edited item keeps it. Null only when {@code hasValue} is false
 * @param etag            the {@code etag} attribute, null for legacy items written without one; {@code ""} for an
 *                        {@code etag} of type NULL, as Dapr's Get returns it
 * @param ttlEpochSeconds the TTL attribute in Unix seconds, null when absent or when no TTL attribute is configured
 * @param expired         true when the TTL lies in the past (TTL &lt;= now): Dapr treats the item as absent
 * @param sizeBytes       DynamoDB's size of the attributes read (names and values), for the 400 KB limit; a keys-only
 *                        scan does not read {@code value}, so there it counts the key, etag and TTL only
 * @param problem         null for a well-formed item; otherwise why Dapr's Get fails on it (for example a
 *                        {@code value} of type BOOL, or a TTL stored as S). Only browse and scan return such items
 */
public record StateItem(
        StateKey key,
        byte[] value,
        boolean hasValue,
        Storage storage,
        String etag,
        Long ttlEpochSeconds,
        boolean expired,
        int sizeBytes,
        String problem) {

    public StateItem {
        Objects.requireNonNull(key, "key");
        if (hasValue) {
            Objects.requireNonNull(storage, "storage of an item with a value");
        }
        value = value == null ? new byte[0] : value.clone();
    }

    /** A well-formed item. */
    public StateItem(StateKey key, byte[] value, boolean hasValue, Storage storage, String etag, Long ttlEpochSeconds,
            boolean expired, int sizeBytes) {
        this(key, value, hasValue, storage, etag, ttlEpochSeconds, expired, sizeBytes, null);
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    /** The number of value bytes, without copying them. */
    public int valueLength() {
        return value.length;
    }

    public Optional<String> etagIfPresent() {
        return Optional.ofNullable(etag);
    }

    public Optional<String> problemIfAny() {
        return Optional.ofNullable(problem);
    }

    /** Dapr's {@code ttlExpireTime}: RFC 3339 UTC with {@code Z}, whole seconds. */
    public Optional<Instant> ttlExpireTime() {
        return Optional.ofNullable(ttlEpochSeconds).map(Instant::ofEpochSecond);
    }

    /** Dapr's {@code ttlExpireTime} metadata text, e.g. {@code 2099-02-15T18:07:31Z}. */
    public Optional<String> ttlExpireTimeText() {
        return ttlExpireTime().map(Instant::toString);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StateItem that
                && key.equals(that.key)
                && Arrays.equals(value, that.value)
                && hasValue == that.hasValue
                && storage == that.storage
                && Objects.equals(etag, that.etag)
                && Objects.equals(ttlEpochSeconds, that.ttlEpochSeconds)
                && expired == that.expired
                && sizeBytes == that.sizeBytes
                && Objects.equals(problem, that.problem);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, Arrays.hashCode(value), storage, etag, ttlEpochSeconds, expired);
    }

    @Override
    public String toString() {
        return "StateItem[key=" + key.stored() + ", storage=" + storage + ", bytes=" + value.length
                + ", etag=" + etag + ", ttl=" + ttlEpochSeconds + ", expired=" + expired
                + (problem == null ? "" : ", problem=" + problem) + "]";
    }
}
