package io.statedesk.engine.error;

import java.util.List;

/** DynamoDB cancelled a transaction; nothing of it was written. Dapr returns this raw, not as an ETag mismatch. */
public final class TransactionCancelledException extends StateStoreException {

    private final List<Reason> reasons;

    public TransactionCancelledException(String message, List<Reason> reasons, Throwable cause) {
        super(null, message, cause);
        this.reasons = List.copyOf(reasons);
    }

    /** One reason per operation, in the order sent (after the last-one-per-key rule); code "None" for fine ones. */
    public List<Reason> reasons() {
        return reasons;
    }

    public record Reason(String key, String code, String message) {
    }
}
