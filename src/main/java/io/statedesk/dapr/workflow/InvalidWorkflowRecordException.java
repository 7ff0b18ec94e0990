package io.statedesk.dapr.workflow;

/** A workflow record's bytes are not what Dapr writes there; the message says what was expected. */
public final class InvalidWorkflowRecordException extends RuntimeException {

    public InvalidWorkflowRecordException(String message, Throwable cause) {
        super(message, cause);
    }

    public InvalidWorkflowRecordException(String message) {
        super(message);
    }
}
