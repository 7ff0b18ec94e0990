package io.statedesk.session;

import io.statedesk.component.aws.AwsSetupException;
import io.statedesk.component.aws.CredentialPlan;
import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.component.settings.StateDeskSettings;
import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.scan.ScanRequest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One connection that owns everything it runs on: the client, the engine, and the executor the engine runs parallel
 * work on (scan segments, bulk calls). The command line opens one per command. Opening it sends no request; closing
 * it releases all three.
 */
public final class StoreConnection implements AutoCloseable {

    private final ExecutorService executor;
    private final DynamoDbClient client;
    private final StateStore store;

    private StoreConnection(ExecutorService executor, DynamoDbClient client, StateStore store) {
        this.executor = executor;
        this.client = client;
        this.store = store;
    }

    /**
     * @param component   the component's settings, as the client should use them
     * @param credentials where the credentials come from
     * @param config      the engine's view, read-only as the caller decided with the {@link WritePolicy}
     */
    public static StoreConnection open(DynamoDbComponentConfig component, CredentialPlan credentials,
                                       StateDeskSettings settings, StoreConfig config, ClientFactory clients)
            throws AwsSetupException {
        return open(component, credentials, settings, config, clients, StoreFactory.engine());
    }

    /** As above, with the engine made by {@code stores} (a test's own store over the client). */
    public static StoreConnection open(DynamoDbComponentConfig component, CredentialPlan credentials,
                                       StateDeskSettings settings, StoreConfig config, ClientFactory clients,
                                       StoreFactory stores) throws AwsSetupException {
        ExecutorService executor = Executors.newFixedThreadPool(ScanRequest.DEFAULT_SEGMENTS, daemonThreads());
        DynamoDbClient client = null;
        try {
            client = clients.create(component, credentials, settings);
            return new StoreConnection(executor, client, stores.open(config, client, executor,
                    ScanSegments.forEndpoint(settings.localEndpoints(), component.endpoint())));
        } catch (AwsSetupException | RuntimeException e) {
            if (client != null) {
                client.close();
            }
            executor.shutdownNow();
            throw e;
        }
    }

    public StateStore store() {
        return store;
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            client.close();
            executor.shutdown();
            try {
                if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                    executor.shutdownNow();
                }
            } catch (InterruptedException e) {
                executor.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Daemon threads, so that a stuck request can never keep the process alive after the command has ended. */
    private static ThreadFactory daemonThreads() {
        ThreadFactory base = Executors.defaultThreadFactory();
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = base.newThread(runnable);
            thread.setDaemon(true);
            thread.setName("statedesk-cli-io-" + count.incrementAndGet());
            return thread;
        };
    }
}
