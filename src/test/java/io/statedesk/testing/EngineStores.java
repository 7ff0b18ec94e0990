package io.statedesk.testing;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.dynamodb.DynamoDbStateStores;
import io.statedesk.engine.model.KeyPrefix;
import io.statedesk.engine.model.SetRequest;
import io.statedesk.engine.model.Storage;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Engines over fresh test tables, and raw writes beside them, for the search, compare and transfer tests. */
public final class EngineStores {

    public static final String TTL = "expiresAt";

    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(runnable -> {
        Thread thread = Executors.defaultThreadFactory().newThread(runnable);
        thread.setDaemon(true);
        return thread;
    });

    private EngineStores() {
    }

    /**
     * A store over a new table that names {@link #TTL} as its TTL attribute without enabling TTL on the table, so
     * that expired items stay put.
     */
    public static StateStore fresh(DaprTables tables) {
        return open(tables.client(), tables.create(), false);
    }

    public static StateStore open(DynamoDbClient client, String table, boolean readOnly) {
        return DynamoDbStateStores.create(new StoreConfig(table, "key", TTL, KeyPrefix.appId(), "statestore",
                readOnly), client, EXECUTOR);
    }

    public static String setS(StateStore store, String key, String text) {
        return store.set(SetRequest.lastWrite(key, text.getBytes(StandardCharsets.UTF_8), Storage.S));
    }

    public static String setB(StateStore store, String key, byte[] bytes) {
        return store.set(SetRequest.lastWrite(key, bytes, Storage.B));
    }

    /** An item written past the engine, e.g. with a TTL in the past. */
    public static void putRaw(DynamoDbClient client, String table, String key, AttributeValue value, String etag,
            Long ttl) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("key", AttributeValue.fromS(key));
        if (value != null) {
            item.put("value", value);
        }
        if (etag != null) {
            item.put("etag", AttributeValue.fromS(etag));
        }
        if (ttl != null) {
            item.put(TTL, AttributeValue.fromN(Long.toString(ttl)));
        }
        client.putItem(b -> b.tableName(table).item(item));
    }

    public static AttributeValue bytes(byte[] value) {
        return AttributeValue.fromB(SdkBytes.fromByteArray(value));
    }
}
