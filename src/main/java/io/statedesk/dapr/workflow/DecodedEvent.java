package io.statedesk.dapr.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One history or inbox event, decoded from its protobuf bytes into plain values.
 *
 * @param eventId         the event id (-1 for events that are not the orchestrator's own actions)
 * @param timestamp       when it happened, or null when the record has none
 * @param kind            the event type; {@link EventKind#UNKNOWN} for types this version does not know
 * @param name            the main name: the workflow's, the activity's, the event's, the timer's, or ""
 * @param status          the status an execution-completed event sets, else null
 * @param title           one line: the kind and its main name ("Activity scheduled: ReserveInventory")
 * @param detail          further facts in one line (task ids, timer times, the instance an event went to), or ""
 * @param payloads        inputs and results, as stored
 * @param failure         the failure an event reports, or null
 * @param relatedTaskId   the id of the scheduled task or timer a completion refers to, or null
 * @param router          the router's source (and target) app, or ""
 * @param unknownFields   whether the record holds fields this version does not know (a newer Dapr wrote it)
 */
public record DecodedEvent(int eventId, Instant timestamp, EventKind kind, String name, RuntimeStatus status,
                           String title, String detail,
                           List<Payload> payloads, FailureInfo failure, Integer relatedTaskId, String router,
                           boolean unknownFields) {

    public DecodedEvent {
        payloads = List.copyOf(payloads);
    }

    public Optional<FailureInfo> failureIfAny() {
        return Optional.ofNullable(failure);
    }

    public Optional<Payload> payload(String label) {
        return payloads.stream().filter(p -> p.label().equals(label)).findFirst();
    }
}
