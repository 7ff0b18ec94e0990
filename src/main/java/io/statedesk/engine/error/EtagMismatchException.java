package io.statedesk.engine.error;

/** The item changed (or was deleted) since it was read: Dapr's ETag mismatch, HTTP 409. */
public final class EtagMismatchException extends StateStoreException {
    public EtagMismatchException(String key, String message, Throwable cause) {
        super(key, message, cause);
    }

    public EtagMismatchException(String key, String message) {
        super(key, message, null);
    }
}
