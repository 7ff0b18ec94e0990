package io.statedesk.cli;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.dynamodb.DynamoDbStateStores;
import java.util.concurrent.ExecutorService;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Opens the engine over a client, on the command's executor. */
@FunctionalInterface
public interface StoreOpener {

    StateStore open(StoreConfig config, DynamoDbClient client, ExecutorService executor);

    /** The DynamoDB engine. */
    static StoreOpener engine() {
        return DynamoDbStateStores::create;
    }
}
