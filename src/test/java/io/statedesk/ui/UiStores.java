package io.statedesk.ui;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.dynamodb.DynamoDbStateStores;
import io.statedesk.engine.model.KeyPrefix;
import io.statedesk.sandbox.SampleState;
import io.statedesk.session.StoreSession;
import io.statedesk.testing.DaprTables;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Sessions on fresh tables of the run's DynamoDB Local, filled with the sandbox's sample state. */
public final class UiStores {

    public static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = Executors.defaultThreadFactory().newThread(runnable);
        thread.setDaemon(true);
        return thread;
    });

    private UiStores() {
    }

    public static StoreConfig configFor(String table) {
        return new StoreConfig(table, "key", "expiresAt", KeyPrefix.appId(), "statestore", false);
    }

    /** A fresh table with TTL on expiresAt, holding the sandbox's sample state. */
    public static String sampleTable(DaprTables tables) {
        String table = tables.createWithTtl("expiresAt");
        SampleState.write(tables.client(), table, Clock.systemUTC());
        return table;
    }

    public static StoreSession session(DynamoDbClient client, String table, boolean realAws) {
        return new StoreSession("test · " + table, "http://127.0.0.1 · " + table, realAws, false, configFor(table),
                config -> store(client, config));
    }

    public static StateStore store(DynamoDbClient client, StoreConfig config) {
        return DynamoDbStateStores.create(config, client, EXECUTOR);
    }
}
