package io.statedesk.ui;

import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads and writes items straight through the SDK: a concurrent writer, and the truth about what is stored. */
public final class RawItems {

    private final DynamoDbClient client;
    private final String table;

    public RawItems(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    public Map<String, AttributeValue> get(String key) {
        return client.getItem(b -> b.tableName(table).key(Map.of("key", AttributeValue.fromS(key)))
                .consistentRead(true)).item();
    }

    public String etag(String key) {
        AttributeValue etag = get(key).get("etag");
        return etag == null ? null : etag.s();
    }

    /** A write as daprd's HTTP API would make it: S JSON text with a new ETag. */
    public String putS(String key, String json) {
        String etag = Long.toHexString(new java.security.SecureRandom().nextLong());
        client.putItem(b -> b.tableName(table).item(Map.of("key", AttributeValue.fromS(key),
                "value", AttributeValue.fromS(json), "etag", AttributeValue.fromS(etag))));
        return etag;
    }

    public String putB(String key, byte[] bytes) {
        String etag = Long.toHexString(new java.security.SecureRandom().nextLong());
        client.putItem(b -> b.tableName(table).item(Map.of("key", AttributeValue.fromS(key),
                "value", AttributeValue.fromB(SdkBytes.fromByteArray(bytes)), "etag", AttributeValue.fromS(etag))));
        return etag;
    }

    public void delete(String key) {
        client.deleteItem(b -> b.tableName(table).key(Map.of("key", AttributeValue.fromS(key))));
    }
}
