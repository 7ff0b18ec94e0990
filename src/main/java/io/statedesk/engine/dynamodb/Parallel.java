package io.statedesk.engine.dynamodb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Runs work on the supplied executor with bounded parallelism. The calling thread works too, and only ever waits for
 * work that some thread has already started: so a call made from a thread of that same executor cannot deadlock,
 * even when the executor is saturated (the caller then simply does all the work itself).
 */
final class Parallel {

    private final Executor executor;

    Parallel(Executor executor) {
        this.executor = executor;
    }

    /**
     * Applies {@code task} to every input, at most {@code parallelism} at a time, results in input order. The first
     * exception stops the start of further inputs and is rethrown once started ones are done.
     */
    <T, R> List<R> map(List<T> inputs, int parallelism, Function<T, R> task) {
        int size = inputs.size();
        Object[] results = new Object[size];
        if (size == 0) {
            return List.of();
        }
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(size);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < size; i = next.getAndIncrement()) {
                try {
                    if (!stop.get()) {
                        results[i] = task.apply(inputs.get(i));
                    }
                } catch (RuntimeException | Error e) {
                    stop.set(true);
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }
        };
        int helpers = Math.min(parallelism, size) - 1;
        for (int h = 0; h < helpers; h++) {
            try {
                executor.execute(worker);
            } catch (RejectedExecutionException e) {
                break;
            }
        }
        worker.run();
        awaitUninterruptibly(done);
        Throwable e = failure.get();
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) new ArrayList<>(Arrays.asList(results));
        return list;
    }

    /** Waits for started work; an interrupt is kept for the caller, but started requests are short and finish. */
    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
