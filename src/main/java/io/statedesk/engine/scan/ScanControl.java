package io.statedesk.engine.scan;

/** Lets the caller stop a running scan; the scan stops after the page in flight. */
public final class ScanControl {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
