package io.statedesk.engine.error;

/**
 * A write that may or may not have been applied: the request was sent, and no answer that settles it came back (the
 * connection was reset after sending, DynamoDB answered with a server error, or the call timed out), and reading the
 * item afterwards could not settle it either. The message names the key and says how to find out or resume safely.
 */
public final class OutcomeUnknownException extends StateStoreException {
    public OutcomeUnknownException(String key, String message, Throwable cause) {
        super(key, message, cause);
    }

    public OutcomeUnknownException(String key, String message) {
        super(key, message, null);
    }
}
