package io.statedesk.dapr.workflow;

import java.util.Locale;
import java.util.Set;

/**
 * Which instances a list shows.
 *
 * @param statuses     the statuses to keep; empty keeps all
 * @param nameContains a part of the workflow name or instance id, case-insensitive; empty keeps all
 */
public record WorkflowFilter(Set<RuntimeStatus> statuses, String nameContains) {

    public WorkflowFilter {
        statuses = Set.copyOf(statuses);
        nameContains = nameContains == null ? "" : nameContains.strip();
    }

    public static WorkflowFilter all() {
        return new WorkflowFilter(Set.of(), "");
    }

    public boolean test(WorkflowInstance instance) {
        if (!statuses.isEmpty() && !statuses.contains(instance.status())) {
            return false;
        }
        if (nameContains.isEmpty()) {
            return true;
        }
        String needle = nameContains.toLowerCase(Locale.ROOT);
        return instance.name().toLowerCase(Locale.ROOT).contains(needle)
                || instance.instanceId().toLowerCase(Locale.ROOT).contains(needle);
    }
}
