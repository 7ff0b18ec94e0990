package io.statedesk.engine.error;

/** The credentials are missing, expired or lack permission for the request. */
public final class AccessDeniedException extends StateStoreException {
    public AccessDeniedException(String key, String message, Throwable cause) {
        super(key, message, cause);
    }

    public AccessDeniedException(String key, String message) {
        super(key, message, null);
    }
}
