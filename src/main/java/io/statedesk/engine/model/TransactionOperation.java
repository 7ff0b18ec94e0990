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

    /** A transactional delete: Dapr ignores its ETag, so there is none here. */
    record Delete(String key) implements TransactionOperation {
    }
}
