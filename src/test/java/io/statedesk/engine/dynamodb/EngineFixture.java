package io.statedesk.engine.dynamodb;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.model.Concurrency;
import io.statedesk.engine.model.SetRequest;
import io.statedesk.engine.model.Storage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What the engine's integration tests share: one executor for the run, stores, and raw reads through the SDK. */
final class EngineFixture {

    /** Daemon threads, like the application's I/O executor: never keeps the test JVM alive. */
    static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(daemonThreads());

    /** The ETag shape daprd writes (spec 2.3 and the interop file's writeRules.etagPattern). */
    static final String ETAG_PATTERN = "^[0-9a-f]{1,16}$";

    private EngineFixture() {
    }

    static StateStore store(DynamoDbClient client, StoreConfig config) {
        return DynamoDbStateStores.create(config, client, EXECUTOR);
    }

    /** The item exactly as DynamoDB holds it (strongly consistent), or an empty map. */
    static Map<String, AttributeValue> raw(DynamoDbClient client, String table, String key) {
        return raw(client, table, "key", key);
    }

    static Map<String, AttributeValue> raw(DynamoDbClient client, String table, String partitionKey, String key) {
        var response = client.getItem(b -> b.tableName(table)
                .key(Map.of(partitionKey, AttributeValue.fromS(key))).consistentRead(true));
        return response.hasItem() ? response.item() : Map.of();
    }

    static void putRaw(DynamoDbClient client, String table, Map<String, AttributeValue> item) {
        client.putItem(b -> b.tableName(table).item(item));
    }

    static SetRequest setS(String key, String utf8Text) {
        return SetRequest.lastWrite(key, utf8Text.getBytes(StandardCharsets.UTF_8), Storage.S);
    }

    static SetRequest setB(String key, byte[] bytes) {
        return SetRequest.lastWrite(key, bytes, Storage.B);
    }

    static SetRequest firstWrite(SetRequest request) {
        return request.withConcurrency(Concurrency.FIRST_WRITE);
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory defaults = Executors.defaultThreadFactory();
        return runnable -> {
            Thread thread = defaults.newThread(runnable);
            thread.setDaemon(true);
            thread.setName("engine-test-io-" + count.incrementAndGet());
            return thread;
        };
    }
}
