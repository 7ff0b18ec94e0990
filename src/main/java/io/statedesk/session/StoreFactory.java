package io.statedesk.session;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.dynamodb.DynamoDbStateStores;
import java.util.concurrent.ExecutorService;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Makes the engine over a client: the DynamoDB engine, unless a test puts a store of its own in its place. */
@FunctionalInterface
public interface StoreFactory {

    /** @param maxScanSegments the most segments its scans may use ({@link ScanSegments}) */
    StateStore open(StoreConfig config, DynamoDbClient client, ExecutorService executor, int maxScanSegments);

    /** The engine daprd's items are read and written with. */
    static StoreFactory engine() {
        return (config, client, executor, maxScanSegments) -> DynamoDbStateStores.create(config, client, executor,
                DynamoDbStateStores.DEFAULT_BULK_PARALLELISM, maxScanSegments);
    }
}
