package io.statedesk.engine.scan;

import io.statedesk.engine.model.StateItem;
import java.util.List;

/** One page of a scan: the matching items, and how many items DynamoDB read to find them. */
public record ScanPage(int segment, List<StateItem> items, int scannedCount) {
    public ScanPage {
        items = List.copyOf(items);
    }
}
