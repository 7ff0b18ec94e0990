package io.statedesk.cli;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Raw items in a test table, written and read with the SDK alone: what the command line did, seen from outside.
 *
 * <p>Tables are made without TTL enabled on the table, while the components name {@link #TTL_ATTRIBUTE} as their
 * {@code ttlAttributeName}: the engine reads and writes the attribute all the same, and expired items stay put.
 * DynamoDB Local 3.3.1 deletes expired items from a TTL-enabled table within about a second, which would make tests
 * of expired items race against it.
 */
record LocalTable(DynamoDbClient client, String name) {

    static final String TTL_ATTRIBUTE = "expiresAt";

    void putS(String key, String value, String etag) {
        put(key, AttributeValue.fromS(value), etag, null);
    }

    void putB(String key, byte[] value, String etag) {
        put(key, AttributeValue.fromB(SdkBytes.fromByteArray(value)), etag, null);
    }

    void put(String key, AttributeValue value, String etag, Long ttl) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("key", AttributeValue.fromS(key));
        item.put("value", value);
        if (etag != null) {
            item.put("etag", AttributeValue.fromS(etag));
        }
        if (ttl != null) {
            item.put(TTL_ATTRIBUTE, AttributeValue.fromN(Long.toString(ttl)));
        }
        client.putItem(b -> b.tableName(name).item(item));
    }

    Map<String, AttributeValue> item(String key) {
        return client.getItem(b -> b.tableName(name).key(Map.of("key", AttributeValue.fromS(key)))
                .consistentRead(true)).item();
    }

    boolean exists(String key) {
        return !item(key).isEmpty();
    }

    String valueText(String key) {
        return item(key).get("value").s();
    }

    byte[] valueBytes(String key) {
        AttributeValue value = item(key).get("value");
        return value.b() != null ? value.b().asByteArray() : value.s().getBytes(StandardCharsets.UTF_8);
    }

    /** Every item by key, without its ETag: what must survive an export and import unchanged. */
    Map<String, Map<String, AttributeValue>> itemsWithoutEtags() {
        Map<String, Map<String, AttributeValue>> items = new TreeMap<>();
        client.scanPaginator(b -> b.tableName(name).consistentRead(true)).items().forEach(item -> {
            Map<String, AttributeValue> copy = new HashMap<>(item);
            copy.remove("etag");
            items.put(item.get("key").s(), copy);
        });
        return items;
    }
}
