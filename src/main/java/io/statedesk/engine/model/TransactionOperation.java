package io.statedesk.engine.model;

/** An operation of a Dapr transaction ({@code Multi}): the last operation on a key wins. */
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
}
