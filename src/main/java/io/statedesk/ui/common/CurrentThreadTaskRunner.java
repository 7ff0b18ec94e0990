package io.statedesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs everything at once on the calling thread: for view-model tests without a screen. What would run on the UI
 * thread runs one at a time, as on the real UI thread, even when several scan segments deliver pages at once.
 */
public final class CurrentThreadTaskRunner implements TaskRunner {

    @Override
    public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception failure) {
            onFailure.accept(failure);
            return Done.INSTANCE;
        }
        onSuccess.accept(result);
        return Done.INSTANCE;
    }

    @Override
    public synchronized void onUiThread(Runnable action) {
        action.run();
    }

    @Override
    public synchronized void later(Runnable action) {
        action.run();
    }

    @Override
    public synchronized void later(long delayMillis, Runnable action) {
        action.run();
    }

    @Override
    public void close() {
        // nothing runs in the background
    }

    private enum Done implements Cancellable {
        INSTANCE;

        @Override
        public void cancel() {
            // already finished
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
