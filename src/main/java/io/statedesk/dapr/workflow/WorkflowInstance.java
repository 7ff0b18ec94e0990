package io.statedesk.dapr.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a workflow instance is, as daprd would report it from its records (durabletask's runtime state).
 *
 * @param actorType      the workflow actor type (app and namespace)
 * @param instanceId     the instance id
 * @param name           the workflow's name from its execution-started event, or "" before it started
 * @param status         the runtime status
 * @param createdAt      the execution-started event's time, or null
 * @param lastUpdatedAt  the last history event's time, or null
 * @param completedAt    the execution-completed event's time, or null
 * @param generation     how often the instance id was started afresh (the metadata's generation)
 * @param inboxLength    pending inbox events, as the metadata counts them
 * @param historyLength  history events, as the metadata counts them
 * @param customStatus   the custom status the workflow set, or null
 * @param failure        why it failed, or null
 * @param input          the workflow's input, or null
 * @param output         the workflow's output, or null
 * @param metadataEtag   the ETag of the {@code metadata} record, which daprd rewrites on every save
 * @param problems       what does not add up (missing or undecodable records, legacy forms), one sentence each
 */
public record WorkflowInstance(WorkflowActorType actorType, String instanceId, String name, RuntimeStatus status,
                               Instant createdAt, Instant lastUpdatedAt, Instant completedAt, long generation,
                               long inboxLength, long historyLength, String customStatus, FailureInfo failure,
                               String input, String output, String metadataEtag, List<String> problems) {

    public WorkflowInstance {
        problems = List.copyOf(problems);
    }

    public String appId() {
        return actorType.appId();
    }

    public String namespace() {
        return actorType.namespace();
    }

    public Optional<FailureInfo> failureIfAny() {
        return Optional.ofNullable(failure);
    }

    public Optional<String> customStatusIfAny() {
        return Optional.ofNullable(customStatus);
    }

    /** The key of the instance's {@code metadata} record. */
    public String metadataKey() {
        return WorkflowRecordKey.storedKey(actorType, instanceId, WorkflowRecordKey.METADATA);
    }
}
