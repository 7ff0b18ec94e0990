package io.statedesk.engine.error;

/** A write on a read-only store, refused before any request was sent. */
public final class ReadOnlyException extends StateStoreException {
    public ReadOnlyException(String key, String message, Throwable cause) {
        super(key, message, cause);
    }

    public ReadOnlyException(String key, String message) {
        super(key, message, null);
    }
}
