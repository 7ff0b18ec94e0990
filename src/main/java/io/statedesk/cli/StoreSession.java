package io.statedesk.cli;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.scan.ScanRequest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One command's connection: the client, the engine, and the executor the engine runs parallel work on. Opening it
 * sends no request; closing it releases all three.
 */
final class StoreSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreSession.class);

    private final StoreTarget target;
    private final ExecutorService executor;
    private final DynamoDbClient client;
    private final StateStore store;

    private StoreSession(StoreTarget target, ExecutorService executor, DynamoDbClient client, StateStore store) {
        this.target = target;
        this.executor = executor;
        this.client = client;
        this.store = store;
    }

    static StoreSession open(StoreTarget target, CliContext context) {
        ExecutorService executor = Executors.newFixedThreadPool(ScanRequest.DEFAULT_SEGMENTS, daemonThreads());
        DynamoDbClient client = null;
        try {
            client = context.clients().create(target.component(), target.credentials(), target.settings());
            StateStore store = context.stores().open(target.config(), client, executor);
            LOG.info("Component '{}' in {}: {}, {}", target.componentName(), target.file(), target.shown(),
                    target.config().readOnly() ? "read-only" : "writes allowed");
            return new StoreSession(target, executor, client, store);
        } catch (RuntimeException e) {
            if (client != null) {
                client.close();
            }
            executor.shutdownNow();
            throw e;
        }
    }

    StoreTarget target() {
        return target;
    }

    StateStore store() {
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
