package io.statedesk.search;

import io.statedesk.dapr.encryption.EncryptionSetup;
import io.statedesk.engine.StateStore;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.scan.ScanControl;
import io.statedesk.engine.scan.ScanRequest;
import io.statedesk.engine.scan.ScanSummary;
import java.util.List;
import java.util.function.Consumer;

/** Runs a value search as one scan: matches go to the caller page by page, from the scan's segment threads. */
public final class ValueSearch {

    /** How a search ended: the scan's summary (read units, completeness) and what the search saw. */
    public record Result(ScanSummary scan, SearchCounts counts) {
    }

    private ValueSearch() {
    }

    /**
     * @param request the scan (prefix, segments, page size); the search narrows it
     * @param matches receives the matching items of each page (never an empty list), possibly from several threads
     */
    public static Result run(StateStore store, ScanRequest request, ValueQuery query, EncryptionSetup encryption,
            Consumer<List<StateItem>> matches, ScanControl control) {
        SearchRun run = new SearchRun(query, encryption);
        ScanSummary summary = store.scan(query.narrow(request), page -> {
            List<StateItem> found = run.matches(page.items());
            if (!found.isEmpty()) {
                matches.accept(found);
            }
        }, control);
        return new Result(summary, run.counts());
    }
}
