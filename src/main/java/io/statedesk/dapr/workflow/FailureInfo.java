package io.statedesk.dapr.workflow;

/**
 * durabletask's TaskFailureDetails: why an activity, a child workflow or the workflow failed.
 *
 * @param errorType    the error's type name
 * @param message      the error message
 * @param stackTrace   the stack trace, or null
 * @param inner        the inner failure, or null
 * @param nonRetriable whether the app marked it as not to be retried
 */
public record FailureInfo(String errorType, String message, String stackTrace, FailureInfo inner,
                          boolean nonRetriable) {

    /** {@code Type: message}, as one line. */
    public String summary() {
        if (errorType == null || errorType.isEmpty()) {
            return message == null ? "" : message;
        }
        return errorType + (message == null || message.isEmpty() ? "" : ": " + message);
    }
}
