package io.statedesk.ui.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A deterministic stand-in for the UI thread's event queue: background work runs at once on the caller, while
 * everything meant for the UI thread is queued and run one turn at a time by {@link #drain}. Tests measure what
 * each turn did, which is what keeps a real UI thread free for input and painting.
 */
public final class QueuedTaskRunner implements TaskRunner {

    private final Deque<Runnable> queue = new ArrayDeque<>();
    private final List<Runnable> afterEachTurn = new ArrayList<>();
    private int turns;

    @Override
    public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        try {
            T result = work.call();
            enqueue(() -> onSuccess.accept(result));
        } catch (Exception failure) {
            enqueue(() -> onFailure.accept(failure));
        }
        return new Cancellable() {
            @Override
            public void cancel() {
                // already finished
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    @Override
    public void onUiThread(Runnable action) {
        enqueue(action);
    }

    @Override
    public void later(Runnable action) {
        enqueue(action);
    }

    @Override
    public void later(long delayMillis, Runnable action) {
        enqueue(action);
    }

    /** Runs {@code check} after every turn, for example to measure what the turn changed. */
    public void afterEachTurn(Runnable check) {
        afterEachTurn.add(check);
    }

    /** Runs queued turns, including those they queue, until none is left; returns how many ran. */
    public int drain() {
        int ran = 0;
        while (true) {
            Runnable next;
            synchronized (queue) {
                next = queue.pollFirst();
            }
            if (next == null) {
                return ran;
            }
            next.run();
            ran++;
            turns++;
            afterEachTurn.forEach(Runnable::run);
        }
    }

    public int turns() {
        return turns;
    }

    @Override
    public void close() {
        synchronized (queue) {
            queue.clear();
        }
    }

    private void enqueue(Runnable action) {
        synchronized (queue) {
            queue.addLast(action);
        }
    }
}
