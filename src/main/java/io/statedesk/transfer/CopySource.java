package io.statedesk.transfer;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.Storage;

/**
 * Turns source items into items to write: the key rewritten, the bytes and storage kept as they are (daprd reads
 * them back as written; the target gets a new ETag), and the TTL epoch kept or dropped.
 */
public final class CopySource {

    private final KeyRewrite rewrite;
    private final boolean keepTtl;

    public CopySource(KeyRewrite rewrite, boolean keepTtl) {
        this.rewrite = rewrite == null ? KeyRewrite.NONE : rewrite;
        this.keepTtl = keepTtl;
    }

    /** Reads the key from the source now, then as {@link #entry(StateItem, Expected)}. */
    public PlanEntry read(StateStore source, String key, Expected expected, TransferPlanner planner) {
        StateItem item = source.browse(key).orElse(null);
        if (item == null) {
            return PlanEntry.skipped(key, "no longer in the source");
        }
        return entry(item, expected, planner);
    }

    /** An item already read: skipped when Dapr would not read it, else planned against the target. */
    public PlanEntry entry(StateItem item, Expected expected, TransferPlanner planner) {
        String key = item.key().stored();
        if (item.expired()) {
            return PlanEntry.skipped(key, "expired in the source (Dapr reads it as absent)");
        }
        if (!item.hasValue()) {
            return PlanEntry.skipped(key, "has no value in the source");
        }
        if (item.storage() == Storage.N) {
            return PlanEntry.skipped(key, "its value is a DynamoDB number, which Dapr never writes");
        }
        if (item.problemIfAny().isPresent()) {
            return PlanEntry.skipped(key, "Dapr cannot read it: " + item.problem());
        }
        WriteItem write = new WriteItem(key, rewrite.apply(key), item.value(), item.storage(),
                keepTtl ? item.ttlEpochSeconds() : null, expected);
        return planner.plan(write);
    }
}
