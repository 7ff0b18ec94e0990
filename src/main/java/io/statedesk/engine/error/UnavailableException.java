package io.statedesk.engine.error;

/** DynamoDB could not be reached: connection refused, timeout, DNS. */
public final class UnavailableException extends StateStoreException {
    public UnavailableException(String key, String message, Throwable cause) {
        super(key, message, cause);
    }

    public UnavailableException(String key, String message) {
        super(key, message, null);
    }
}
