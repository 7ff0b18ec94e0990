package io.statedesk.engine.scan;

import java.util.List;

/**
 * Where a cancelled scan stopped: for each segment, the last key it evaluated, or null when the segment had not
 * started, and whether it finished. The segment count must match the scan that resumes from it.
 */
public record ResumeToken(List<SegmentPosition> segments) {

    public ResumeToken {
        segments = List.copyOf(segments);
    }

    public record SegmentPosition(String lastEvaluatedKey, boolean finished) {
    }
}
