package io.statedesk.engine.error;

/** The request cannot be sent as it is: invalid UTF-8 in an S value, bad ttlInSeconds, a key with '||', too many operations, or a DynamoDB validation error. */
public final class InvalidRequestException extends StateStoreException {
    public InvalidRequestException(String key, String message, Throwable cause) {
        super(key, message, cause);
    }

    public InvalidRequestException(String key, String message) {
        super(key, message, null);
    }
}
