package io.statedesk.engine.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParallelTest {

    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void map_keepsInputOrder() {
        List<Integer> inputs = IntStream.range(0, 200).boxed().toList();

        List<Integer> out = new Parallel(executor).map(inputs, 4, i -> i * 2);

        assertThat(out).isEqualTo(inputs.stream().map(i -> i * 2).toList());
    }

    @Test
    void map_neverRunsMoreThanTheBoundAtOnce() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();

        new Parallel(executor).map(IntStream.range(0, 60).boxed().toList(), 3, i -> {
            peak.accumulateAndGet(running.incrementAndGet(), Math::max);
            sleep(2);
            running.decrementAndGet();
            return i;
        });

        assertThat(peak.get()).isBetween(2, 3);
    }

    @Test
    void map_calledFromTheOnlyThreadOfItsOwnExecutor_stillFinishes() throws Exception {
        ExecutorService single = Executors.newSingleThreadExecutor();
        try {
            Future<List<Integer>> result = single.submit(() ->
                    new Parallel(single).map(IntStream.range(0, 50).boxed().toList(), 8, i -> i + 1));

            assertThat(result.get(10, TimeUnit.SECONDS)).hasSize(50).startsWith(1, 2, 3);
        } finally {
            single.shutdownNow();
        }
    }

    @Test
    void map_rethrowsTheFirstFailure_andStopsStartingNewWork() {
        AtomicInteger started = new AtomicInteger();

        assertThatThrownBy(() -> new Parallel(executor).map(IntStream.range(0, 1000).boxed().toList(), 2, i -> {
            started.incrementAndGet();
            if (i == 3) {
                throw new IllegalStateException("boom");
            }
            sleep(1);
            return i;
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(started.get()).isLessThan(1000);
    }

    @Test
    void map_withAShutDownExecutor_runsOnTheCaller() {
        executor.shutdown();

        assertThat(new Parallel(executor).map(List.of(1, 2, 3), 3, i -> i)).containsExactly(1, 2, 3);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
