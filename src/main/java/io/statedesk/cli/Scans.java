package io.statedesk.cli;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.scan.ScanControl;
import io.statedesk.engine.scan.ScanRequest;
import io.statedesk.engine.scan.ScanSummary;
import java.util.function.Consumer;

/** Runs a browse scan and hands items to one consumer at a time, although pages arrive from several segments. */
final class Scans {

    private Scans() {
    }

    static ScanSummary scan(StateStore store, String prefix, boolean keysOnly, ScanControl control,
            Consumer<StateItem> sink) {
        ScanRequest request = new ScanRequest(prefix == null || prefix.isEmpty() ? null : prefix, keysOnly,
                ScanRequest.DEFAULT_SEGMENTS, ScanRequest.DEFAULT_PAGE_SIZE, null);
        Object lock = new Object();
        return store.scan(request, page -> {
            synchronized (lock) {
                for (StateItem item : page.items()) {
                    if (control.isCancelled()) {
                        return;
                    }
                    sink.accept(item);
                }
            }
        }, control);
    }
}
