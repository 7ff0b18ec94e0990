package io.statedesk.engine;

import io.statedesk.engine.model.KeyPrefix;
import java.util.Objects;
import java.util.Optional;

/**
 * What the engine needs to know about one Dapr state store, as daprd reads it from the component.
 *
 * @param table            the DynamoDB table
 * @param partitionKey     the hash key attribute ({@code key} unless the component sets {@code partitionKey})
 * @param ttlAttributeName the TTL attribute, or null: without it Dapr ignores {@code ttlInSeconds} and TTL attributes
 * @param keyPrefix        how daprd prefixes keys, used to parse and build stored keys
 * @param componentName    the component's {@code metadata.name}, for the {@code name} prefix strategy
 * @param readOnly         when true every write is refused before a request is sent
 */
public record StoreConfig(
        String table,
        String partitionKey,
        String ttlAttributeName,
        KeyPrefix keyPrefix,
        String componentName,
        boolean readOnly) {

    public static final String DEFAULT_PARTITION_KEY = "key";

    public StoreConfig {
        Objects.requireNonNull(table, "table");
        partitionKey = partitionKey == null ? DEFAULT_PARTITION_KEY : partitionKey;
        ttlAttributeName = ttlAttributeName == null || ttlAttributeName.isEmpty() ? null : ttlAttributeName;
        keyPrefix = keyPrefix == null ? KeyPrefix.appId() : keyPrefix;
    }

    public static StoreConfig of(String table) {
        return new StoreConfig(table, DEFAULT_PARTITION_KEY, null, KeyPrefix.appId(), null, false);
    }

    public Optional<String> ttlAttribute() {
        return Optional.ofNullable(ttlAttributeName);
    }

    public StoreConfig withTtlAttributeName(String name) {
        return new StoreConfig(table, partitionKey, name, keyPrefix, componentName, readOnly);
    }

    public StoreConfig withPartitionKey(String name) {
        return new StoreConfig(table, name, ttlAttributeName, keyPrefix, componentName, readOnly);
    }

    public StoreConfig withKeyPrefix(KeyPrefix prefix) {
        return new StoreConfig(table, partitionKey, ttlAttributeName, prefix, componentName, readOnly);
    }

    public StoreConfig withReadOnly(boolean value) {
        return new StoreConfig(table, partitionKey, ttlAttributeName, keyPrefix, componentName, value);
    }
}
