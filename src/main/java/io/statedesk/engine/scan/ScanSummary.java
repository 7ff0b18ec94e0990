package io.statedesk.engine.scan;

/**
 * How a scan ended.
 *
 * @param items        matching items delivered
 * @param scanned      items DynamoDB read
 * @param complete     true when every segment reached its end
 * @param resume       where to go on when not complete (cancelled), else null
 * @param consumedReadCapacity read capacity units DynamoDB reported, 0 when it reported none
 */
public record ScanSummary(long items, long scanned, boolean complete, ResumeToken resume, double consumedReadCapacity) {
}
