package io.statedesk.dapr.workflow;

/**
 * A workflow instance's status as durabletask computes it from the history (runtimestate.RuntimeStatus): pending
 * until the execution started, then the completed event's status, else suspended or running. Names and numbers are
 * durabletask's {@code OrchestrationStatus}.
 */
public enum RuntimeStatus {
    RUNNING(0), COMPLETED(1), CONTINUED_AS_NEW(2), FAILED(3), CANCELED(4), TERMINATED(5), PENDING(6), SUSPENDED(7),
    /** A status number this version of StateDesk does not know. */
    UNKNOWN(-1);

    private final int number;

    RuntimeStatus(int number) {
        this.number = number;
    }

    public static RuntimeStatus ofNumber(int number) {
        for (RuntimeStatus status : values()) {
            if (status.number == number) {
                return status;
            }
        }
        return UNKNOWN;
    }

    /** Done: nothing will run again, so purging is safe. */
    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == TERMINATED || this == CANCELED;
    }

    /** As daprd's API and the dapr CLI print it: {@code COMPLETED}, {@code RUNNING}. */
    public String label() {
        return name();
    }
}
