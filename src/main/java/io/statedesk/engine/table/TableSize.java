package io.statedesk.engine.table;

/**
 * DynamoDB's own figures for a table, refreshed by DynamoDB about every six hours: enough to say what a full scan
 * costs before running one on a real table.
 *
 * @param itemCount  approximate number of items, -1 when unknown
 * @param sizeBytes  approximate total size in bytes, -1 when unknown
 */
public record TableSize(long itemCount, long sizeBytes) {

    public static final TableSize UNKNOWN = new TableSize(-1, -1);

    /** Read units of one eventually consistent full scan: half a unit per 4 KB read, whatever the filter. */
    public long scanReadUnits() {
        if (sizeBytes < 0) {
            return -1;
        }
        long blocks = (sizeBytes + 4095) / 4096;
        return (blocks + 1) / 2;
    }

    public boolean known() {
        return sizeBytes >= 0;
    }
}
