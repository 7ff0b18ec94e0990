package io.statedesk.engine.error;

/**
 * Every failure of the engine. Messages name the key (or table) and say what the user can do; they never carry
 * credentials or values.
 */
public abstract sealed class StateStoreException extends RuntimeException
        permits EtagMismatchException, FirstWriteConflictException, TransactionCancelledException,
        ItemTooLargeException, TableNotFoundException, AccessDeniedException, ThrottledException,
        UnavailableException, ReadOnlyException, InvalidRequestException, OutcomeUnknownException {

    private final String key;

    protected StateStoreException(String key, String message, Throwable cause) {
        super(message, cause);
        this.key = key;
    }

    /** The stored key the failure is about, or null when it concerns the table or several keys. */
    public String key() {
        return key;
    }
}
