package io.statedesk.engine.error;

/** The item would exceed DynamoDB's 400 KB item limit. */
public final class ItemTooLargeException extends StateStoreException {
    public ItemTooLargeException(String key, String message, Throwable cause) {
        super(key, message, cause);
    }

    public ItemTooLargeException(String key, String message) {
        super(key, message, null);
    }
}
