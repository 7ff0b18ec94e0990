package io.statedesk.engine.error;

/** DynamoDB kept throttling after the SDK's retries. */
public final class ThrottledException extends StateStoreException {
    public ThrottledException(String key, String message, Throwable cause) {
        super(key, message, cause);
    }

    public ThrottledException(String key, String message) {
        super(key, message, null);
    }
}
