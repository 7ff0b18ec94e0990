package io.statedesk.engine.scan;

/** Receives scan pages as they arrive, possibly from several segment threads at once. */
@FunctionalInterface
public interface ScanListener {
    void onPage(ScanPage page);
}
