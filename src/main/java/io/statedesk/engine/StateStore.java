package io.statedesk.engine;

import io.statedesk.engine.error.StateStoreException;
import io.statedesk.engine.model.Consistency;
import io.statedesk.engine.model.DeleteRequest;
import io.statedesk.engine.model.RawItem;
import io.statedesk.engine.model.SetRequest;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.TransactionOperation;
import io.statedesk.engine.scan.ScanControl;
import io.statedesk.engine.scan.ScanListener;
import io.statedesk.engine.scan.ScanRequest;
import io.statedesk.engine.scan.ScanSummary;
import io.statedesk.engine.table.TableCheck;
import io.statedesk.engine.table.TableCreation;
import java.util.List;
import java.util.Optional;

/**
 * Dapr's {@code state.aws.dynamodb} semantics over one table. Blocking and thread-safe: callers run it off the UI
 * thread. Every failure is a {@link StateStoreException}; every write is refused up front when the store is read-only.
 */
public interface StateStore extends AutoCloseable {

    StoreConfig config();

    /**
     * Dapr's Get: an expired item (TTL in the past) is absent, exactly as daprd reports it; an item daprd cannot read
     * (a value of type BOOL, M, SS, BS, or an L or NS that is not a list of byte-sized numbers; a TTL stored as S) is
     * an {@code InvalidRequestException} with daprd's text.
     *
     * @param consistency null or {@code EVENTUAL} for an eventually consistent read (Dapr's default), {@code STRONG}
     */
    Optional<StateItem> get(String key, Consistency consistency);

    /** Dapr's Get with its default, eventually consistent read. */
    default Optional<StateItem> get(String key) {
        return get(key, Consistency.EVENTUAL);
    }

    /**
     * A strongly consistent read for browsing: expired items are returned, marked {@link StateItem#expired()}, and
     * items Dapr's Get cannot read are returned with {@link StateItem#problem()} saying why.
     */
    Optional<StateItem> browse(String key);

    /**
     * {@link #browse} for several keys (in parallel where the store can): one result per key, in the order asked,
     * empty for a key that is gone. A failure of any read fails the whole call.
     */
    default List<Optional<StateItem>> browseAll(List<String> keys) {
        return keys.stream().map(this::browse).toList();
    }

    /**
     * The whole item as DynamoDB holds it (every attribute with its type), strongly consistent, for showing it raw.
     * Read-only: nothing about it follows Dapr's rules, and an expired item is returned like any other.
     */
    Optional<RawItem> raw(String key);

    /** Dapr's Set: replaces the whole item and returns its new ETag. */
    String set(SetRequest request);

    /** Dapr's Delete: with an ETag only the version that was read is deleted. */
    void delete(DeleteRequest request);

    /** Dapr's BulkGet: one result per key, in the order asked; missing keys have no item and no error. */
    List<BulkGetResult> bulkGet(List<String> keys, Consistency consistency);

    /** Dapr's BulkSet: not atomic; one result per request, in order. */
    List<BulkWriteResult> bulkSet(List<SetRequest> requests);

    /** Dapr's BulkDelete: not atomic; one result per request, in order. */
    List<BulkWriteResult> bulkDelete(List<DeleteRequest> requests);

    /** Dapr's Multi: one TransactWriteItems; at most 100 operations, counted before the last-one-per-key rule. */
    void transact(List<TransactionOperation> operations);

    /**
     * Scans for browsing: pages go to the listener as they arrive (from several segment threads at once), until done
     * or cancelled; items as {@link #browse} returns them. A listener exception stops the scan and is rethrown.
     *
     * @param control null for a scan that cannot be cancelled
     */
    ScanSummary scan(ScanRequest request, ScanListener listener, ScanControl control);

    /** Checks the table beyond daprd's probe: key schema and TTL status. Never throws for a schema problem. */
    TableCheck checkTable();

    /**
     * Creates this store's table as Dapr needs it: its partition key as the only key, of type S, on-demand capacity,
     * and TTL enabled on its TTL attribute when it has one. An existing table is left as it is. Refused up front
     * when the store is read-only: the caller decides where tables may be created, the engine only how.
     */
    TableCreation createTable();

    /**
     * daprd's start-up probe: a GetItem of a random UUID key. Fails like daprd's Init, with the message
     * {@code error validating DynamoDB table '<table>' access: <DynamoDB's error>}.
     */
    void probe();

    /** Releases nothing that the caller supplied: the DynamoDB client and the executor stay open. */
    @Override
    void close();

    record BulkGetResult(String key, Optional<StateItem> item, Optional<StateStoreException> error) {
    }

    record BulkWriteResult(String key, Optional<String> newEtag, Optional<StateStoreException> error) {
        public boolean succeeded() {
            return error.isEmpty();
        }
    }
}
