package io.statedesk.dapr.workflow;

import io.statedesk.engine.model.StateItem;
import java.util.ArrayList;
import java.util.List;

/**
 * What purging one instance deletes: every record daprd's purge deletes (inbox and history entries, customStatus,
 * metadata) plus the instance's records daprd does not read, each with the ETag it was read with. The metadata record
 * comes last, so that an interrupted purge leaves an instance that is still listed and can be purged again.
 *
 * @param instance the instance as loaded
 * @param records  the records to delete, metadata last
 */
public record PurgePlan(WorkflowInstance instance, List<Target> records) {

    /** One record to delete: its key and the ETag it was read with (null for a legacy item without one). */
    public record Target(String key, String etag) {
    }

    public PurgePlan {
        records = List.copyOf(records);
    }

    public static PurgePlan of(LoadedWorkflow loaded) {
        List<Target> targets = new ArrayList<>();
        for (TimelineEntry entry : loaded.inbox()) {
            entry.recordIfPresent().ifPresent(r -> targets.add(target(r)));
        }
        for (TimelineEntry entry : loaded.history()) {
            entry.recordIfPresent().ifPresent(r -> targets.add(target(r)));
        }
        for (StateItem other : loaded.others()) {
            targets.add(target(other));
        }
        if (loaded.customStatus() != null) {
            targets.add(target(loaded.customStatus()));
        }
        targets.add(target(loaded.metadata()));
        return new PurgePlan(loaded.instance(), targets);
    }

    private static Target target(StateItem item) {
        return new Target(item.key().stored(), item.etag());
    }

    public int size() {
        return records.size();
    }

    public Target metadata() {
        return records.get(records.size() - 1);
    }
}
