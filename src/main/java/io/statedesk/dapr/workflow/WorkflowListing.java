package io.statedesk.dapr.workflow;

import io.statedesk.engine.model.StateItem;
import java.util.List;

/**
 * The workflow instances found by one scan.
 *
 * @param workflows the instances, each with its records
 * @param orphans   workflow records whose instance has no {@code metadata} record (daprd finds no instance there):
 *                  leftovers of a failed purge, or the activity records of Dapr 1.10 to 1.14
 * @param complete  false when the scan was cancelled: the listing is partial
 */
public record WorkflowListing(List<LoadedWorkflow> workflows, List<StateItem> orphans, boolean complete) {

    public WorkflowListing {
        workflows = List.copyOf(workflows);
        orphans = List.copyOf(orphans);
    }

    public List<WorkflowInstance> instances() {
        return workflows.stream().map(LoadedWorkflow::instance).toList();
    }
}
