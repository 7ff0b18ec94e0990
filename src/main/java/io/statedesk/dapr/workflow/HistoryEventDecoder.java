package io.statedesk.dapr.workflow;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.StringValue;
import com.google.protobuf.Timestamp;
import io.dapr.durabletask.implementation.protobuf.OrchestratorService.HistoryEvent;
import io.dapr.durabletask.implementation.protobuf.OrchestratorService.TaskFailureDetails;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a workflow {@code inbox-*} or {@code history-*} record (a protobuf {@code HistoryEvent} of
 * durabletask-protobuf v0.2.0, as Dapr 1.16 writes it) into a {@link DecodedEvent}.
 */
public final class HistoryEventDecoder {

    private HistoryEventDecoder() {
    }

    /**
     * @throws InvalidWorkflowRecordException when the bytes are not a HistoryEvent (for example a value that an older
     *                                        contrib garbled by storing it as S)
     */
    public static DecodedEvent decode(byte[] bytes) {
        HistoryEvent event;
        try {
            event = HistoryEvent.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw new InvalidWorkflowRecordException("not a protobuf HistoryEvent (" + e.getMessage() + ")", e);
        }
        return decode(event);
    }

    static DecodedEvent decode(HistoryEvent e) {
        Builder b = new Builder(e);
        switch (e.getEventTypeCase()) {
            case EXECUTIONSTARTED -> {
                var x = e.getExecutionStarted();
                b.name(x.getName()).payload("input", x.hasInput(), x.getInput());
                if (x.hasParentInstance()) {
                    b.detail("child of " + x.getParentInstance().getOrchestrationInstance().getInstanceId()
                            + " (task #" + x.getParentInstance().getTaskScheduledId() + ")");
                }
                if (x.hasScheduledStartTimestamp()) {
                    b.detail("scheduled to start " + instant(x.getScheduledStartTimestamp()));
                }
            }
            case EXECUTIONCOMPLETED -> {
                var x = e.getExecutionCompleted();
                RuntimeStatus status = RuntimeStatus.ofNumber(x.getOrchestrationStatusValue());
                b.status(status).name(status.label()).payload("output", x.hasResult(), x.getResult());
                if (x.hasFailureDetails()) {
                    b.failure(x.getFailureDetails());
                }
            }
            case EXECUTIONTERMINATED -> b.payload("reason", e.getExecutionTerminated().hasInput(),
                    e.getExecutionTerminated().getInput()).detail(e.getExecutionTerminated().getRecurse()
                    ? "child workflows too" : "");
            case TASKSCHEDULED -> {
                var x = e.getTaskScheduled();
                b.name(x.getName()).detail("task #" + e.getEventId()).payload("input", x.hasInput(), x.getInput());
            }
            case TASKCOMPLETED -> {
                var x = e.getTaskCompleted();
                b.related(x.getTaskScheduledId()).payload("result", x.hasResult(), x.getResult());
            }
            case TASKFAILED -> b.related(e.getTaskFailed().getTaskScheduledId()).failure(e.getTaskFailed()
                    .getFailureDetails());
            case SUBORCHESTRATIONINSTANCECREATED -> {
                var x = e.getSubOrchestrationInstanceCreated();
                b.name(x.getName()).detail("instance " + x.getInstanceId() + ", task #" + e.getEventId())
                        .payload("input", x.hasInput(), x.getInput());
            }
            case SUBORCHESTRATIONINSTANCECOMPLETED -> {
                var x = e.getSubOrchestrationInstanceCompleted();
                b.related(x.getTaskScheduledId()).payload("result", x.hasResult(), x.getResult());
            }
            case SUBORCHESTRATIONINSTANCEFAILED -> b.related(e.getSubOrchestrationInstanceFailed()
                    .getTaskScheduledId()).failure(e.getSubOrchestrationInstanceFailed().getFailureDetails());
            case TIMERCREATED -> {
                var x = e.getTimerCreated();
                b.name(x.hasName() ? x.getName() : "").detail("timer #" + e.getEventId() + " fires at "
                        + instant(x.getFireAt()));
            }
            case TIMERFIRED -> b.related(e.getTimerFired().getTimerId())
                    .detail("fire time " + instant(e.getTimerFired().getFireAt()));
            case EVENTSENT -> {
                var x = e.getEventSent();
                b.name(x.getName()).detail("to instance " + x.getInstanceId()).payload("data", x.hasInput(),
                        x.getInput());
            }
            case EVENTRAISED -> b.name(e.getEventRaised().getName()).payload("data", e.getEventRaised().hasInput(),
                    e.getEventRaised().getInput());
            case GENERICEVENT -> b.payload("data", e.getGenericEvent().hasData(), e.getGenericEvent().getData());
            case CONTINUEASNEW -> b.payload("input", e.getContinueAsNew().hasInput(), e.getContinueAsNew().getInput());
            case EXECUTIONSUSPENDED -> b.payload("reason", e.getExecutionSuspended().hasInput(),
                    e.getExecutionSuspended().getInput());
            case EXECUTIONRESUMED -> b.payload("reason", e.getExecutionResumed().hasInput(),
                    e.getExecutionResumed().getInput());
            case ENTITYOPERATIONSIGNALED -> b.name(e.getEntityOperationSignaled().getOperation())
                    .payload("input", e.getEntityOperationSignaled().hasInput(), e.getEntityOperationSignaled()
                            .getInput());
            case ENTITYOPERATIONCALLED -> b.name(e.getEntityOperationCalled().getOperation())
                    .payload("input", e.getEntityOperationCalled().hasInput(), e.getEntityOperationCalled()
                            .getInput());
            case ENTITYOPERATIONCOMPLETED -> b.payload("output", e.getEntityOperationCompleted().hasOutput(),
                    e.getEntityOperationCompleted().getOutput());
            case ENTITYOPERATIONFAILED -> b.failure(e.getEntityOperationFailed().getFailureDetails());
            default -> {
                // replay markers, history state, entity locks and unknown types carry nothing to show here
            }
        }
        return b.build();
    }

    static FailureInfo failure(TaskFailureDetails d) {
        return new FailureInfo(d.getErrorType(), d.getErrorMessage(),
                d.hasStackTrace() ? d.getStackTrace().getValue() : null,
                d.hasInnerFailure() ? failure(d.getInnerFailure()) : null, d.getIsNonRetriable());
    }

    static Instant instant(Timestamp t) {
        return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
    }

    private static final class Builder {
        private final HistoryEvent event;
        private final EventKind kind;
        private final List<Payload> payloads = new ArrayList<>();
        private final List<String> details = new ArrayList<>();
        private String name = "";
        private RuntimeStatus status;
        private FailureInfo failure;
        private Integer related;

        Builder(HistoryEvent event) {
            this.event = event;
            this.kind = EventKind.ofFieldNumber(event.getEventTypeCase().getNumber());
        }

        Builder name(String value) {
            name = value;
            return this;
        }

        Builder status(RuntimeStatus value) {
            status = value;
            return this;
        }

        Builder detail(String text) {
            if (!text.isEmpty()) {
                details.add(text);
            }
            return this;
        }

        Builder related(int taskId) {
            related = taskId;
            details.add("for task #" + taskId);
            return this;
        }

        Builder failure(TaskFailureDetails details) {
            failure = HistoryEventDecoder.failure(details);
            return this;
        }

        Builder payload(String label, boolean present, StringValue value) {
            if (present) {
                payloads.add(new Payload(label, value.getValue()));
            }
            return this;
        }

        DecodedEvent build() {
            String title = kind.label() + (name.isEmpty() || kind == EventKind.EXECUTION_COMPLETED ? "" : ": " + name);
            if (kind == EventKind.EXECUTION_COMPLETED && status != null) {
                title = "Execution " + status.label().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            }
            if (failure != null) {
                details.add(failure.summary());
            }
            String router = "";
            if (event.hasRouter()) {
                router = event.getRouter().getSourceAppID() + (event.getRouter().hasTargetAppID()
                        ? " → " + event.getRouter().getTargetAppID() : "");
            }
            return new DecodedEvent(event.getEventId(), event.hasTimestamp() ? instant(event.getTimestamp()) : null,
                    kind, name, status, title, String.join(", ", details), payloads, failure, related, router,
                    hasUnknownFields(event));
        }

        private static boolean hasUnknownFields(HistoryEvent event) {
            return !event.getUnknownFields().asMap().isEmpty() || event.getEventTypeCase()
                    == HistoryEvent.EventTypeCase.EVENTTYPE_NOT_SET;
        }
    }
}
