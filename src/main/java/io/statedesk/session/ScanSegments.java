package io.statedesk.session;

import io.statedesk.component.model.LocalEndpoints;
import io.statedesk.engine.scan.ScanRequest;

/**
 * How many parallel segments a store's scans use (decision 0034): DynamoDB serves segments from separate partitions,
 * so four list a table about four times as fast; a local emulator answers one request at a time, and dynoxide reads
 * the whole table again for each page of a segment, so there one segment is by far the fastest.
 */
public final class ScanSegments {

    /** Against a local emulator. */
    public static final int LOCAL = 1;

    private ScanSegments() {
    }

    /** For a component's endpoint (null: DynamoDB in the component's region). */
    public static int forEndpoint(LocalEndpoints local, String endpoint) {
        return local.isLocal(endpoint) ? LOCAL : ScanRequest.DEFAULT_SEGMENTS;
    }
}
