package io.statedesk.engine.table;

/** What creating a store's table did: made it as Dapr needs it, or found one of that name already there. */
public sealed interface TableCreation {

    String table();

    /**
     * The table was created: on-demand capacity, one string (S) hash key, no sort key.
     *
     * @param ttlAttribute the attribute TTL was enabled on, or null when the store has none
     */
    record Created(String table, String hashKey, String ttlAttribute) implements TableCreation {
    }

    /** A table of that name exists already; nothing was changed. */
    record AlreadyExists(String table) implements TableCreation {
    }
}
