package io.statedesk.interop;

import com.fasterxml.jackson.databind.JsonNode;
import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.dynamodb.DynamoDbStateStores;
import io.statedesk.engine.error.EtagMismatchException;
import io.statedesk.engine.error.StateStoreException;
import io.statedesk.engine.model.Consistency;
import io.statedesk.engine.model.KeyPrefix;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.Storage;
import io.statedesk.sandbox.LocalCredentials;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One table on the run's dynoxide, seen through Dapr's Go component (the driver) and through StateDesk's
 * engine, with the same endpoint and the same fake keys; TTL on {@code expiresAt} as in Dapr's conformance setup.
 */
final class InteropFixture implements AutoCloseable {

    static final String TTL_ATTRIBUTE = "expiresAt";

    private final GoDriver go;
    private final TestDatabase db;
    private final String table;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final StateStore engine;

    private InteropFixture(GoDriver go, TestDatabase db, String table) {
        this.go = go;
        this.db = db;
        this.table = table;
        StoreConfig config = StoreConfig.of(table).withTtlAttributeName(TTL_ATTRIBUTE)
                .withKeyPrefix(KeyPrefix.fromMetadata("none"));
        this.engine = counting(DynamoDbStateStores.create(config, db.client(), pool));
    }

    /**
     * Builds the driver and creates a fresh table; null without {@code go} on the PATH (the tests are then skipped
     * one by one by {@link RequiresTool.Go}, with the reason).
     */
    static InteropFixture start(TestDatabase db, DaprTables tables) {
        Optional<GoDriver> go = GoDriver.shared();
        return go.map(driver -> new InteropFixture(driver, db, tables.createWithTtl(TTL_ATTRIBUTE))).orElse(null);
    }

    String table() {
        return table;
    }

    StateStore engine() {
        return engine;
    }

    DynamoDbClient client() {
        return db.client();
    }

    /** The component metadata both sides use: the same endpoint, region and fake keys. */
    Map<String, String> componentMetadata() {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("table", table);
        metadata.put("endpoint", db.endpoint().toString());
        metadata.put("region", LocalCredentials.REGION);
        metadata.put("accessKey", LocalCredentials.ACCESS_KEY);
        metadata.put("secretKey", LocalCredentials.SECRET_KEY);
        metadata.put("ttlAttributeName", TTL_ATTRIBUTE);
        return metadata;
    }

    Script script() {
        return new Script(componentMetadata());
    }

    GoResults run(Script script) {
        GoResults results = new GoResults(go.run(script.ops()));
        if (!results.ok("init")) {
            throw new IllegalStateException("The Go component did not init: " + results.error("init"));
        }
        return results;
    }

    /** A Dapr Get through the engine, in the shape of the Go driver's result. */
    EngineRead read(String key) {
        return EngineRead.of(() -> engine.get(key, Consistency.STRONG));
    }

    /** The stored item as DynamoDB holds it, read with the test's own client. */
    Map<String, AttributeValue> raw(String key) {
        var response = db.client().getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of("key", AttributeValue.fromS(key))));
        return response.hasItem() ? response.item() : Map.of();
    }

    void putRaw(Map<String, AttributeValue> item) {
        db.client().putItem(b -> b.tableName(table).item(item));
    }

    @Override
    public void close() {
        engine.close();
        pool.shutdownNow();
    }

    /** A Get through the engine: data (null for Dapr's nil), ETag, {@code ttlExpireTime}, storage, or the error. */
    record EngineRead(byte[] data, String etag, String ttlExpireTime, Storage storage, StateStoreException error) {
        static EngineRead of(Supplier<Optional<StateItem>> get) {
            try {
                Optional<StateItem> item = get.get();
                if (item.isEmpty()) {
                    return new EngineRead(null, null, null, null, null);
                }
                StateItem it = item.get();
                return new EngineRead(it.hasValue() ? it.value() : null, it.etag(),
                        it.ttlExpireTimeText().orElse(null), it.storage(), null);
            } catch (StateStoreException e) {
                return new EngineRead(null, null, null, null, e);
            }
        }

        static EngineRead of(StateItem item) {
            return item == null ? new EngineRead(null, null, null, null, null)
                    : new EngineRead(item.hasValue() ? item.value() : null, item.etag(),
                            item.ttlExpireTimeText().orElse(null), item.storage(), null);
        }
    }

    /** Dapr's error kind for an engine outcome: {@code ok}, {@code etag-mismatch}, or {@code other}. */
    static String kindOf(StateStoreException error) {
        if (error == null) {
            return "ok";
        }
        return error instanceof EtagMismatchException ? "etag-mismatch" : "other";
    }

    static String showKind(StateStoreException error) {
        return error == null ? "ok" : kindOf(error) + " (" + error.getClass().getSimpleName() + ")";
    }

    /** Runs an engine write and returns its error, or null. */
    static StateStoreException attempt(Runnable write) {
        try {
            write.run();
            return null;
        } catch (StateStoreException e) {
            return e;
        }
    }

    /** The item's attributes and their DynamoDB types, sorted: {@code etag:S, key:S, value:B}. */
    static String layout(Map<String, AttributeValue> item) {
        if (item.isEmpty()) {
            return "(no item)";
        }
        Map<String, String> types = new TreeMap<>();
        item.forEach((name, value) -> types.put(name, value.type().toString()));
        return joinTypes(types);
    }

    /** The same for a DynamoDB JSON item of the driver's rawGet. */
    static String layout(JsonNode item) {
        if (item == null) {
            return "(no item)";
        }
        Map<String, String> types = new TreeMap<>();
        item.properties().forEach(e -> types.put(e.getKey(), e.getValue().fieldNames().next()));
        return joinTypes(types);
    }

    private static String joinTypes(Map<String, String> types) {
        StringBuilder text = new StringBuilder();
        types.forEach((name, type) -> text.append(text.length() == 0 ? "" : ", ").append(name).append(':')
                .append("NUL".equals(type) ? "NULL" : type));
        return text.toString();
    }

    /** The store, counting every call in the report's operations. */
    static StateStore counting(StateStore store) {
        return (StateStore) Proxy.newProxyInstance(StateStore.class.getClassLoader(),
                new Class<?>[] {StateStore.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (!name.equals("config") && !name.equals("close") && method.getDeclaringClass() != Object.class) {
                        InteropReport.countEngineOperation(name);
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
