package io.statedesk.engine.error;

/** A first-write Set found an existing item. Dapr reports it as a plain error, not an ETag mismatch. */
public final class FirstWriteConflictException extends StateStoreException {
    public FirstWriteConflictException(String key, String message, Throwable cause) {
        super(key, message, cause);
    }

    public FirstWriteConflictException(String key, String message) {
        super(key, message, null);
    }
}
