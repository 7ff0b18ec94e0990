package io.statedesk.dapr.workflow;

/** The kinds of durabletask history events (the {@code eventType} oneof of HistoryEvent, v0.2.0 field numbers). */
public enum EventKind {
    EXECUTION_STARTED(3, "Execution started"),
    EXECUTION_COMPLETED(4, "Execution completed"),
    EXECUTION_TERMINATED(5, "Terminated"),
    TASK_SCHEDULED(6, "Activity scheduled"),
    TASK_COMPLETED(7, "Activity completed"),
    TASK_FAILED(8, "Activity failed"),
    SUB_ORCHESTRATION_CREATED(9, "Child workflow started"),
    SUB_ORCHESTRATION_COMPLETED(10, "Child workflow completed"),
    SUB_ORCHESTRATION_FAILED(11, "Child workflow failed"),
    TIMER_CREATED(12, "Timer created"),
    TIMER_FIRED(13, "Timer fired"),
    ORCHESTRATOR_STARTED(14, "Replay started"),
    ORCHESTRATOR_COMPLETED(15, "Replay ended"),
    EVENT_SENT(16, "Event sent"),
    EVENT_RAISED(17, "External event"),
    GENERIC(18, "Generic event"),
    HISTORY_STATE(19, "History state"),
    CONTINUE_AS_NEW(20, "Continued as new"),
    EXECUTION_SUSPENDED(21, "Suspended"),
    EXECUTION_RESUMED(22, "Resumed"),
    ENTITY_OPERATION_SIGNALED(23, "Entity operation signaled"),
    ENTITY_OPERATION_CALLED(24, "Entity operation called"),
    ENTITY_OPERATION_COMPLETED(25, "Entity operation completed"),
    ENTITY_OPERATION_FAILED(26, "Entity operation failed"),
    ENTITY_LOCK_REQUESTED(27, "Entity lock requested"),
    ENTITY_LOCK_GRANTED(28, "Entity lock granted"),
    ENTITY_UNLOCK_SENT(29, "Entity unlock sent"),
    /** No event type this version knows: a newer Dapr's, or none set. Shown raw. */
    UNKNOWN(0, "Unknown event");

    private final int fieldNumber;
    private final String label;

    EventKind(int fieldNumber, String label) {
        this.fieldNumber = fieldNumber;
        this.label = label;
    }

    public int fieldNumber() {
        return fieldNumber;
    }

    public String label() {
        return label;
    }

    static EventKind ofFieldNumber(int number) {
        for (EventKind kind : values()) {
            if (kind.fieldNumber == number && kind != UNKNOWN) {
                return kind;
            }
        }
        return UNKNOWN;
    }

    /** Replay markers: every turn of the orchestrator writes a pair; a timeline may hide them. */
    public boolean isReplayMarker() {
        return this == ORCHESTRATOR_STARTED || this == ORCHESTRATOR_COMPLETED;
    }
}
