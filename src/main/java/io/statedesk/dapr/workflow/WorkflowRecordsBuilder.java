package io.statedesk.dapr.workflow;

import com.google.protobuf.StringValue;
import com.google.protobuf.Timestamp;
import io.dapr.durabletask.implementation.protobuf.OrchestratorService.ExecutionCompletedEvent;
import io.dapr.durabletask.implementation.protobuf.OrchestratorService.ExecutionStartedEvent;
import io.dapr.durabletask.implementation.protobuf.OrchestratorService.ExecutionSuspendedEvent;
import io.dapr.durabletask.implementation.protobuf.OrchestratorService.ExecutionTerminatedEvent;
import io.dapr.durabletask.implementation.protobuf.OrchestratorService.EventRaisedEvent;
import io.dapr.durabletask.implementation.protobuf.OrchestratorService.HistoryEvent;
import io.dapr.durabletask.implementation.protobuf.OrchestratorService.OrchestrationInstance;
import io.dapr.durabletask.implementation.protobuf.OrchestratorService.OrchestrationStatus;
import io.dapr.durabletask.implementation.protobuf.OrchestratorService.OrchestratorCompletedEvent;
import io.dapr.durabletask.implementation.protobuf.OrchestratorService.OrchestratorStartedEvent;
import io.dapr.durabletask.implementation.protobuf.OrchestratorService.TaskCompletedEvent;
import io.dapr.durabletask.implementation.protobuf.OrchestratorService.TaskFailedEvent;
import io.dapr.durabletask.implementation.protobuf.OrchestratorService.TaskFailureDetails;
import io.dapr.durabletask.implementation.protobuf.OrchestratorService.TaskRouter;
import io.dapr.durabletask.implementation.protobuf.OrchestratorService.TaskScheduledEvent;
import io.dapr.durabletask.implementation.protobuf.OrchestratorService.TimerCreatedEvent;
import io.dapr.durabletask.implementation.protobuf.OrchestratorService.TimerFiredEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the records of one workflow instance as daprd 1.16 stores them (spec 1.2): {@code history-NNNNNN} and
 * {@code inbox-NNNNNN} as protobuf HistoryEvents, {@code customStatus} as a StringValue and {@code metadata} as
 * WorkflowStateMetadata. Events carry the router of the app, event ids and timestamps as the durabletask runtime sets
 * them. For the sandbox's sample state and for tests.
 */
public final class WorkflowRecordsBuilder {

    private final WorkflowActorType type;
    private final String instanceId;
    private final List<HistoryEvent> history = new ArrayList<>();
    private final List<HistoryEvent> inbox = new ArrayList<>();
    private String customStatus;
    private long generation = 1;

    private WorkflowRecordsBuilder(WorkflowActorType type, String instanceId) {
        this.type = type;
        this.instanceId = instanceId;
    }

    public static WorkflowRecordsBuilder instance(WorkflowActorType type, String instanceId) {
        return new WorkflowRecordsBuilder(type, instanceId);
    }

    /** The first turn: the orchestrator starts and reads the execution-started event. */
    public WorkflowRecordsBuilder started(String workflowName, String inputJson, Instant at) {
        replayStarted(at);
        ExecutionStartedEvent.Builder started = ExecutionStartedEvent.newBuilder().setName(workflowName)
                .setOrchestrationInstance(OrchestrationInstance.newBuilder().setInstanceId(instanceId)
                        .setExecutionId(StringValue.of(UUID.nameUUIDFromBytes(instanceId.getBytes(
                                java.nio.charset.StandardCharsets.UTF_8)).toString())));
        if (inputJson != null) {
            started.setInput(StringValue.of(inputJson));
        }
        return add(event(-1, at).setExecutionStarted(started));
    }

    /** An orchestrator turn begins (durabletask writes one at the start of every replay). */
    public WorkflowRecordsBuilder replayStarted(Instant at) {
        return add(event(-1, at).setOrchestratorStarted(OrchestratorStartedEvent.getDefaultInstance()));
    }

    public WorkflowRecordsBuilder replayEnded(Instant at) {
        return add(event(-1, at).setOrchestratorCompleted(OrchestratorCompletedEvent.getDefaultInstance()));
    }

    public WorkflowRecordsBuilder activityScheduled(int taskId, String activity, String inputJson, Instant at) {
        TaskScheduledEvent.Builder scheduled = TaskScheduledEvent.newBuilder().setName(activity)
                .setTaskExecutionId(UUID.nameUUIDFromBytes((instanceId + taskId).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)).toString());
        if (inputJson != null) {
            scheduled.setInput(StringValue.of(inputJson));
        }
        return add(event(taskId, at).setTaskScheduled(scheduled));
    }

    public WorkflowRecordsBuilder activityCompleted(int taskId, String resultJson, Instant at) {
        TaskCompletedEvent.Builder completed = TaskCompletedEvent.newBuilder().setTaskScheduledId(taskId);
        if (resultJson != null) {
            completed.setResult(StringValue.of(resultJson));
        }
        return add(event(-1, at).setTaskCompleted(completed));
    }

    public WorkflowRecordsBuilder activityFailed(int taskId, String errorType, String message, Instant at) {
        return add(event(-1, at).setTaskFailed(TaskFailedEvent.newBuilder().setTaskScheduledId(taskId)
                .setFailureDetails(failure(errorType, message))));
    }

    public WorkflowRecordsBuilder timerCreated(int timerId, Instant fireAt, Instant at) {
        return add(event(timerId, at).setTimerCreated(TimerCreatedEvent.newBuilder().setFireAt(timestamp(fireAt))));
    }

    public WorkflowRecordsBuilder timerFired(int timerId, Instant fireAt, Instant at) {
        return add(event(-1, at).setTimerFired(TimerFiredEvent.newBuilder().setTimerId(timerId)
                .setFireAt(timestamp(fireAt))));
    }

    public WorkflowRecordsBuilder eventRaised(String name, String dataJson, Instant at) {
        EventRaisedEvent.Builder raised = EventRaisedEvent.newBuilder().setName(name);
        if (dataJson != null) {
            raised.setInput(StringValue.of(dataJson));
        }
        return add(event(-1, at).setEventRaised(raised));
    }

    public WorkflowRecordsBuilder suspended(String reason, Instant at) {
        return add(event(-1, at).setExecutionSuspended(ExecutionSuspendedEvent.newBuilder()
                .setInput(StringValue.of(reason))));
    }

    public WorkflowRecordsBuilder completed(String outputJson, Instant at) {
        ExecutionCompletedEvent.Builder done = ExecutionCompletedEvent.newBuilder()
                .setOrchestrationStatus(OrchestrationStatus.ORCHESTRATION_STATUS_COMPLETED);
        if (outputJson != null) {
            done.setResult(StringValue.of(outputJson));
        }
        return add(event(-1, at).setExecutionCompleted(done));
    }

    public WorkflowRecordsBuilder failed(String errorType, String message, Instant at) {
        return add(event(-1, at).setExecutionCompleted(ExecutionCompletedEvent.newBuilder()
                .setOrchestrationStatus(OrchestrationStatus.ORCHESTRATION_STATUS_FAILED)
                .setFailureDetails(failure(errorType, message))));
    }

    public WorkflowRecordsBuilder terminated(String reason, Instant at) {
        add(event(-1, at).setExecutionTerminated(ExecutionTerminatedEvent.newBuilder()
                .setInput(StringValue.of(reason))));
        return add(event(-1, at).setExecutionCompleted(ExecutionCompletedEvent.newBuilder()
                .setOrchestrationStatus(OrchestrationStatus.ORCHESTRATION_STATUS_TERMINATED)
                .setResult(StringValue.of(reason))));
    }

    /** An event waiting in the inbox: the next turn of the orchestrator will read it. */
    public WorkflowRecordsBuilder pendingEvent(String name, String dataJson, Instant at) {
        EventRaisedEvent.Builder raised = EventRaisedEvent.newBuilder().setName(name);
        if (dataJson != null) {
            raised.setInput(StringValue.of(dataJson));
        }
        inbox.add(event(-1, at).setEventRaised(raised).build());
        return this;
    }

    /** A completed activity's result waiting in the inbox. */
    public WorkflowRecordsBuilder pendingActivityResult(int taskId, String resultJson, Instant at) {
        inbox.add(event(-1, at).setTaskCompleted(TaskCompletedEvent.newBuilder().setTaskScheduledId(taskId)
                .setResult(StringValue.of(resultJson))).build());
        return this;
    }

    public WorkflowRecordsBuilder customStatus(String text) {
        customStatus = text;
        return this;
    }

    public WorkflowRecordsBuilder generation(long value) {
        generation = value;
        return this;
    }

    /** Any event, for cases the methods above do not cover. */
    public WorkflowRecordsBuilder add(HistoryEvent.Builder event) {
        history.add(event.build());
        return this;
    }

    /** The stored records by stored key, in the order daprd's save request lists them (metadata last). */
    public Map<String, byte[]> records() {
        Map<String, byte[]> records = new LinkedHashMap<>();
        for (int i = 0; i < inbox.size(); i++) {
            records.put(key(WorkflowRecordKey.entryName(WorkflowRecordKey.INBOX, i)), inbox.get(i).toByteArray());
        }
        for (int i = 0; i < history.size(); i++) {
            records.put(key(WorkflowRecordKey.entryName(WorkflowRecordKey.HISTORY, i)), history.get(i).toByteArray());
        }
        records.put(key(WorkflowRecordKey.CUSTOM_STATUS),
                (customStatus == null ? StringValue.getDefaultInstance() : StringValue.of(customStatus)).toByteArray());
        records.put(key(WorkflowRecordKey.METADATA),
                new WorkflowMetadata(inbox.size(), history.size(), generation, false).encode());
        return records;
    }

    public List<HistoryEvent> history() {
        return List.copyOf(history);
    }

    public List<HistoryEvent> inbox() {
        return List.copyOf(inbox);
    }

    private String key(String name) {
        return WorkflowRecordKey.storedKey(type, instanceId, name);
    }

    private HistoryEvent.Builder event(int eventId, Instant at) {
        return HistoryEvent.newBuilder().setEventId(eventId).setTimestamp(timestamp(at))
                .setRouter(TaskRouter.newBuilder().setSourceAppID(type.appId()));
    }

    private static TaskFailureDetails failure(String errorType, String message) {
        return TaskFailureDetails.newBuilder().setErrorType(errorType).setErrorMessage(message).build();
    }

    private static Timestamp timestamp(Instant at) {
        return Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()).build();
    }
}
