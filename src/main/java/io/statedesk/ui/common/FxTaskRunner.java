package io.statedesk.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/** The app's one I/O executor: daemon worker threads, results delivered with {@link Platform#runLater}. */
public final class FxTaskRunner implements TaskRunner {

    private final ExecutorService executor;
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(daemonThreads("statedesk-timer"));

    public FxTaskRunner() {
        this(Executors.newCachedThreadPool(daemonThreads("statedesk-io")));
    }

    public FxTaskRunner(ExecutorService executor) {
        this.executor = executor;
    }

    /** The executor itself, for the engine's parallel scan segments and bulk calls. */
    public ExecutorService executor() {
        return executor;
    }

    @Override
    public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        FutureHandle handle = new FutureHandle();
        try {
            handle.future = executor.submit(() -> deliver(work, onSuccess, onFailure, handle));
        } catch (RejectedExecutionException closing) {
            // the window is closing: nothing new starts, and nobody waits for an answer
            handle.cancel();
        }
        return handle;
    }

    private static <T> void deliver(Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure, FutureHandle handle) {
        try {
            T result = work.call();
            Platform.runLater(() -> {
                if (!handle.isCancelled()) {
                    onSuccess.accept(result);
                }
            });
        } catch (Throwable failure) {
            Platform.runLater(() -> {
                if (!handle.isCancelled()) {
                    onFailure.accept(failure);
                }
            });
        }
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void later(Runnable action) {
        Platform.runLater(action);
    }

    @Override
    public void later(long delayMillis, Runnable action) {
        if (delayMillis <= 0) {
            Platform.runLater(action);
            return;
        }
        try {
            timer.schedule(() -> Platform.runLater(action), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // the window is closing
        }
    }

    /**
     * Runs {@code action} on the FX thread in a later turn, for views that must act once a window has shown (moving
     * the focus to a dialog's safe button). The one place besides this runner's own delivery that queues work on the
     * FX thread, so that an ArchUnit rule can hold it.
     */
    public static void nextTurn(Runnable action) {
        Platform.runLater(action);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        executor.shutdownNow();
    }

    static ThreadFactory daemonThreads(String name) {
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory defaults = Executors.defaultThreadFactory();
        return runnable -> {
            Thread thread = defaults.newThread(runnable);
            thread.setName(name + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static final class FutureHandle implements Cancellable {
        private volatile boolean cancelled;
        private volatile Future<?> future;

        @Override
        public void cancel() {
            cancelled = true;
            Future<?> running = future;
            if (running != null) {
                running.cancel(true);
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
