package io.statedesk.engine.model;

import java.util.Objects;

/**
 * One Dapr Set: the whole item is replaced.
 *
 * @param key          the stored key
 * @param value        the exact bytes to store
 * @param storage      S (must be valid UTF-8) or B
 * @param etag         the ETag read earlier; null or empty means none, as in Dapr
 * @param concurrency  first-write or last-write
 * @param ttlInSeconds Dapr's request metadata {@code ttlInSeconds}, as text: parsed like daprd; null or empty for none
 */
public record SetRequest(
        String key, byte[] value, Storage storage, String etag, Concurrency concurrency, String ttlInSeconds) {

    public SetRequest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(storage, "storage");
        concurrency = concurrency == null ? Concurrency.LAST_WRITE : concurrency;
        value = value.clone();
    }

    public static SetRequest lastWrite(String key, byte[] value, Storage storage) {
        return new SetRequest(key, value, storage, null, Concurrency.LAST_WRITE, null);
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    public boolean hasEtag() {
        return etag != null && !etag.isEmpty();
    }

    public SetRequest withEtag(String newEtag) {
        return new SetRequest(key, value, storage, newEtag, concurrency, ttlInSeconds);
    }

    public SetRequest withTtlInSeconds(String ttl) {
        return new SetRequest(key, value, storage, etag, concurrency, ttl);
    }

    public SetRequest withConcurrency(Concurrency newConcurrency) {
        return new SetRequest(key, value, storage, etag, newConcurrency, ttlInSeconds);
    }

    @Override
    public String toString() {
        return "SetRequest[key=" + key + ", storage=" + storage + ", bytes=" + value.length + ", etag=" + etag
                + ", concurrency=" + concurrency.daprName() + ", ttlInSeconds=" + ttlInSeconds + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SetRequest that && key.equals(that.key)
                && java.util.Arrays.equals(value, that.value) && storage == that.storage
                && Objects.equals(etag, that.etag) && concurrency == that.concurrency
                && Objects.equals(ttlInSeconds, that.ttlInSeconds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, java.util.Arrays.hashCode(value), storage, etag, concurrency, ttlInSeconds);
    }
}
