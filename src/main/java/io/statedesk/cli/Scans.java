package io.statedesk.cli;

import io.statedesk.dapr.encryption.EncryptionSetup;
import io.statedesk.engine.StateStore;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.scan.ScanControl;
import io.statedesk.engine.scan.ScanRequest;
import io.statedesk.engine.scan.ScanSummary;
import io.statedesk.search.SearchCounts;
import io.statedesk.search.SearchRun;
import io.statedesk.search.ValueQuery;
import java.util.function.Consumer;

/** Runs a browse scan and hands items to one consumer at a time, although pages arrive from several segments. */
final class Scans {

    /** A scan's summary and, when it searched values, what the search saw. */
    record Searched(ScanSummary summary, SearchCounts counts) {
    }

    private Scans() {
    }

    static ScanSummary scan(StateStore store, String prefix, boolean keysOnly, ScanControl control,
            Consumer<StateItem> sink) {
        return search(store, prefix, keysOnly, null, EncryptionSetup.none(), control, sink).summary();
    }

    /**
     * With a query, values are read (whatever {@code keysOnly} says) and only matching items reach the sink; they
     * are judged on the scan's threads.
     */
    static Searched search(StateStore store, String prefix, boolean keysOnly, ValueQuery query,
            EncryptionSetup encryption, ScanControl control, Consumer<StateItem> sink) {
        return search(store, request(prefix, keysOnly), query, encryption, control, sink, () -> { });
    }

    /** A scan of every segment the command line uses, from {@code prefix} (null or empty: all keys). */
    static ScanRequest request(String prefix, boolean keysOnly) {
        return new ScanRequest(prefix == null || prefix.isEmpty() ? null : prefix, keysOnly,
                ScanRequest.DEFAULT_SEGMENTS, ScanRequest.DEFAULT_PAGE_SIZE, null);
    }

    /**
     * Streams: each page's items reach the sink as the page arrives, then {@code pageDone} runs (still holding the
     * lock, so a writer can flush there), so nothing but the page in hand is held.
     */
    static Searched search(StateStore store, ScanRequest request, ValueQuery query, EncryptionSetup encryption,
            ScanControl control, Consumer<StateItem> sink, Runnable pageDone) {
        SearchRun run = query == null ? null : new SearchRun(query, encryption);
        Object lock = new Object();
        ScanSummary summary = store.scan(run == null ? request : query.narrow(request), page -> {
            var items = run == null ? page.items() : run.matches(page.items());
            synchronized (lock) {
                for (StateItem item : items) {
                    if (control.isCancelled()) {
                        return;
                    }
                    sink.accept(item);
                }
                pageDone.run();
            }
        }, control);
        return new Searched(summary, run == null ? SearchCounts.NONE : run.counts());
    }
}
