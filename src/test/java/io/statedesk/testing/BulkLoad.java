package io.statedesk.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Fills a table with many small Dapr-shaped items (ten apps, a JSON value and an ETag each), 25 per request. */
public final class BulkLoad {

    private BulkLoad() {
    }

    /** Writes {@code count} items {@code app-N||key-I} with value {@code {"n":I}}; retries unprocessed items. */
    public static void fill(DynamoDbClient client, String table, int count) {
        List<WriteRequest> batch = new ArrayList<>(25);
        for (int i = 0; i < count; i++) {
            Map<String, AttributeValue> item = new HashMap<>();
            item.put("key", AttributeValue.fromS("app-" + (i % 10) + "||key-" + i));
            item.put("value", AttributeValue.fromS("{\"n\":" + i + "}"));
            item.put("etag", AttributeValue.fromS(Long.toHexString(i * 2654435761L + 1)));
            batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
            if (batch.size() == 25 || i == count - 1) {
                write(client, table, List.copyOf(batch));
                batch.clear();
            }
        }
    }

    /**
     * Writes items 0 to {@code count - 1}, made by {@code itemOf}, with {@code writers} threads of {@code io}, each
     * sending its own batches of 25; returns when all are written (a writer's failure is thrown).
     */
    public static void parallel(DynamoDbClient client, String table, int count, int writers, ExecutorService io,
            IntFunction<Map<String, AttributeValue>> itemOf) throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            futures.add(io.submit(() -> {
                List<WriteRequest> batch = new ArrayList<>(25);
                for (int i = writer; i < count; i += writers) {
                    batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(itemOf.apply(i)).build())
                            .build());
                    if (batch.size() == 25) {
                        write(client, table, batch);
                        batch = new ArrayList<>(25);
                    }
                }
                if (!batch.isEmpty()) {
                    write(client, table, batch);
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
    }

    /** One BatchWriteItem of at most 25 puts, sent again with what DynamoDB left unprocessed until nothing is left. */
    public static void write(DynamoDbClient client, String table, List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of(table, batch);
        while (!pending.isEmpty()) {
            Map<String, List<WriteRequest>> request = pending;
            BatchWriteItemResponse response = client.batchWriteItem(b -> b.requestItems(request));
            pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
        }
    }
}
