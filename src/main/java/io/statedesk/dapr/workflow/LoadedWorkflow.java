package io.statedesk.dapr.workflow;

import io.statedesk.engine.model.StateItem;
import java.util.List;

/**
 * An instance with everything daprd's loader reads, plus the records it would not read.
 *
 * @param instance     the summary
 * @param history      the history entries in order, missing ones included (with a problem)
 * @param inbox        the pending inbox entries in order
 * @param metadata     the {@code metadata} record
 * @param customStatus the {@code customStatus} record, or null
 * @param others       records under the instance's key that daprd does not read: entries past the metadata's lengths,
 *                     keys of newer Dapr versions, anything else; shown raw
 */
public record LoadedWorkflow(WorkflowInstance instance, List<TimelineEntry> history, List<TimelineEntry> inbox,
                             StateItem metadata, StateItem customStatus, List<StateItem> others) {

    public LoadedWorkflow {
        history = List.copyOf(history);
        inbox = List.copyOf(inbox);
        others = List.copyOf(others);
    }
}
