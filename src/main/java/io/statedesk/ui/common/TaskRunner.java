package io.statedesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs I/O away from the UI thread and hands the outcome back on it. View models depend on this interface only, so
 * their tests use {@link CurrentThreadTaskRunner} and stay deterministic.
 */
public interface TaskRunner extends AutoCloseable {

    /** Runs {@code work} in the background; exactly one of the callbacks then runs on the UI thread. */
    <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs {@code action} on the UI thread (directly when already on it, or in tests). */
    void onUiThread(Runnable action);

    /**
     * Runs {@code action} on the UI thread in a later turn, after what is already queued (input, painting), even when
     * called on the UI thread: for splitting long UI work into short turns. Tests run it at once.
     */
    void later(Runnable action);

    /** Like {@link #later(Runnable)}, but not before {@code delayMillis} have passed. Tests run it at once. */
    void later(long delayMillis, Runnable action);

    @Override
    void close();

    /** A handle on background work: cancelling drops its callbacks and interrupts it. */
    interface Cancellable {
        void cancel();

        boolean isCancelled();
    }
}
