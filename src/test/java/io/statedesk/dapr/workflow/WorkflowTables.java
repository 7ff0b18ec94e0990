package io.statedesk.dapr.workflow;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.dynamodb.DynamoDbStateStores;
import io.statedesk.engine.model.KeyPrefix;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Writes workflow records as daprd leaves them (B values, daprd-shaped ETags) and opens stores over the table. */
final class WorkflowTables {

    static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = Executors.defaultThreadFactory().newThread(runnable);
        thread.setDaemon(true);
        return thread;
    });
    private static final SecureRandom RANDOM = new SecureRandom();

    private WorkflowTables() {
    }

    static void put(DynamoDbClient client, String table, Map<String, byte[]> records) {
        records.forEach((key, value) -> {
            Map<String, AttributeValue> item = new HashMap<>();
            item.put("key", AttributeValue.fromS(key));
            item.put("value", AttributeValue.fromB(SdkBytes.fromByteArray(value)));
            item.put("etag", AttributeValue.fromS(Long.toHexString(RANDOM.nextLong())));
            client.putItem(b -> b.tableName(table).item(item));
        });
    }

    static StateStore store(DynamoDbClient client, String table, boolean readOnly) {
        return DynamoDbStateStores.create(new StoreConfig(table, "key", null, KeyPrefix.appId(), "statestore", readOnly),
                client, EXECUTOR);
    }

    static int count(DynamoDbClient client, String table, String prefix) {
        return (int) client.scanPaginator(b -> b.tableName(table)).items().stream()
                .filter(item -> item.get("key").s().startsWith(prefix)).count();
    }
}
