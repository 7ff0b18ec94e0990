package io.statedesk.engine.model;

/**
 * An operation of a Dapr transaction ({@code Multi}): the last operation on a key wins. {@link Upsert} and
 * {@link Delete} are daprd's; {@link CheckedDelete} and {@link Check} are StateDesk's own, for writes daprd never
 * makes (purging a workflow instance in ETag-checked batches) and count towards the same 100-operation limit.
 */
public sealed interface TransactionOperation {

    String key();

    record Upsert(SetRequest request) implements TransactionOperation {
        @Override
        public String key() {
            return request.key();
        }
    }

    /**
     * A transactional delete. Dapr accepts an ETag here and then ignores it (the DynamoDB component sends the Delete
     * without a condition); it is kept only so that callers can pass what they have, and it never changes the outcome.
     */
    record Delete(String key, String ignoredEtag) implements TransactionOperation {
        public Delete(String key) {
            this(key, null);
        }
    }

    /**
     * Not one of daprd's operations: a delete of the version that was read, refused (and the whole transaction with
     * it) when the item changed or vanished. A null ETag is for a legacy item without one: it must still have none.
     */
    record CheckedDelete(String key, String etag) implements TransactionOperation {
    }

    /**
     * Not one of daprd's operations: writes nothing, but cancels the transaction unless the item still has this ETag
     * (DynamoDB's ConditionCheck).
     */
    record Check(String key, String etag) implements TransactionOperation {
        public Check {
            java.util.Objects.requireNonNull(etag, "etag");
        }
    }
}
