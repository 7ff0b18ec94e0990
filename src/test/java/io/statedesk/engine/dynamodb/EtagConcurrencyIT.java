package io.statedesk.engine.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.error.EtagMismatchException;
import io.statedesk.engine.model.Consistency;
import io.statedesk.engine.model.StateItem;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Optimistic concurrency under contention: many threads increment the same counters with read, then Set with the
 * ETag read, retrying on every ETag mismatch. No update may be lost: each counter ends at exactly the number of
 * successful writes to it.
 */
@WithTestDatabase
class EtagConcurrencyIT {

    private static final int THREADS = 8;
    private static final int INCREMENTS_PER_THREAD = 8;
    private static final List<String> COUNTERS = List.of("app||counter-a", "app||counter-b");

    @Test
    void concurrentIncrementsWithEtags_loseNoUpdate_andEveryMismatchIsRetried(DaprTables tables,
            DynamoDbClient client) throws Exception {
        StateStore store = EngineFixture.store(client, StoreConfig.of(tables.create()));
        for (String counter : COUNTERS) {
            store.set(EngineFixture.setS(counter, "0"));
        }
        AtomicLongArray successes = new AtomicLongArray(COUNTERS.size());
        AtomicLongArray mismatches = new AtomicLongArray(COUNTERS.size());
        AtomicLongArray attempts = new AtomicLongArray(COUNTERS.size());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                workers.add(threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < INCREMENTS_PER_THREAD; i++) {
                        int c = (thread + i) % COUNTERS.size();
                        increment(store, c, successes, mismatches, attempts);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        long total = 0;
        long totalMismatches = 0;
        for (int c = 0; c < COUNTERS.size(); c++) {
            StateItem item = store.get(COUNTERS.get(c), Consistency.STRONG).orElseThrow();
            long value = Long.parseLong(new String(item.value(), StandardCharsets.UTF_8));
            assertThat(value).as("final value of %s", COUNTERS.get(c)).isEqualTo(successes.get(c));
            // every attempt either succeeded or was a mismatch that the loop retried
            assertThat(attempts.get(c)).isEqualTo(successes.get(c) + mismatches.get(c));
            total += value;
            totalMismatches += mismatches.get(c);
        }
        assertThat(total).isEqualTo((long) THREADS * INCREMENTS_PER_THREAD);
        assertThat(totalMismatches).as("contention really happened").isPositive();
    }

    private static void increment(StateStore store, int counter, AtomicLongArray successes,
            AtomicLongArray mismatches, AtomicLongArray attempts) {
        String key = COUNTERS.get(counter);
        while (true) {
            StateItem read = store.get(key, Consistency.STRONG).orElseThrow();
            long next = Long.parseLong(new String(read.value(), StandardCharsets.UTF_8)) + 1;
            attempts.incrementAndGet(counter);
            try {
                store.set(EngineFixture.setS(key, Long.toString(next)).withEtag(read.etag()));
                successes.incrementAndGet(counter);
                return;
            } catch (EtagMismatchException e) {
                mismatches.incrementAndGet(counter);
            }
        }
    }
}
