package io.statedesk.engine.error;

/** DynamoDB has no table of that name in that account, region and endpoint. */
public final class TableNotFoundException extends StateStoreException {
    public TableNotFoundException(String key, String message, Throwable cause) {
        super(key, message, cause);
    }

    public TableNotFoundException(String key, String message) {
        super(key, message, null);
    }
}
