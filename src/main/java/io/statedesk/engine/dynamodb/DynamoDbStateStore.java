package io.statedesk.engine.dynamodb;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.error.InvalidRequestException;
import io.statedesk.engine.error.ReadOnlyException;
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
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/** Dapr's {@code state.aws.dynamodb} over one table (spec section 3). Thread-safe and stateless between calls. */
final class DynamoDbStateStore implements StateStore {

    private final StoreConfig config;
    private final DynamoDbClient client;
    private final Clock clock;
    private final Etags etags;
    private final ItemCodec codec;
    private final Failures failures;
    private final Parallel parallel;
    private final int bulkParallelism;
    private final Reconciler reconciler;
    private final TransactionWriter transactions;
    private final Scanner scanner;
    private final TableChecker tableChecker;
    private final TableCreator tableCreator;

    DynamoDbStateStore(StoreConfig config, DynamoDbClient client, Parallel parallel, int bulkParallelism,
            int maxScanSegments, Clock clock, Etags etags) {
        this.config = config;
        this.client = client;
        this.clock = clock;
        this.etags = etags;
        this.codec = new ItemCodec(config);
        this.failures = new Failures(config.table());
        this.parallel = parallel;
        this.bulkParallelism = bulkParallelism;
        this.reconciler = new Reconciler(config, client, codec, failures);
        this.transactions = new TransactionWriter(config, client, codec, failures, etags, reconciler);
        this.scanner = new Scanner(config, client, codec, failures, parallel, maxScanSegments, clock);
        this.tableChecker = new TableChecker(config, client, failures);
        this.tableCreator = new TableCreator(config, client, failures);
    }

    @Override
    public StoreConfig config() {
        return config;
    }

    @Override
    public Optional<StateItem> get(String key, Consistency consistency) {
        Map<String, AttributeValue> item = getItem(key, consistency == Consistency.STRONG);
        if (item.isEmpty()) {
            return Optional.empty();
        }
        StateItem read = codec.read(item, now(), true);
        // An expired item that DynamoDB has not deleted yet is absent for Dapr: no data, no ETag, no metadata.
        return read.expired() ? Optional.empty() : Optional.of(read);
    }

    @Override
    public Optional<StateItem> browse(String key) {
        Map<String, AttributeValue> item = getItem(key, true);
        return item.isEmpty() ? Optional.empty() : Optional.of(codec.read(item, now(), false));
    }

    @Override
    public List<Optional<StateItem>> browseAll(List<String> keys) {
        return parallel.map(keys, bulkParallelism, this::browse);
    }

    @Override
    public Optional<RawItem> raw(String key) {
        Map<String, AttributeValue> item = getItem(key, true);
        return item.isEmpty() ? Optional.empty() : Optional.of(RawItemCodec.of(item, config));
    }

    private Map<String, AttributeValue> getItem(String key, boolean consistentRead) {
        Map<String, AttributeValue> keyMap = codec.keyOf(key);
        try {
            GetItemResponse response = client.getItem(b -> b.tableName(config.table()).key(keyMap)
                    .consistentRead(consistentRead));
            return response.hasItem() ? response.item() : Map.of();
        } catch (SdkException e) {
            throw failures.map(e, "GetItem", key);
        }
    }

    @Override
    public String set(SetRequest request) {
        requireWritable("Set", request.key());
        requireNonEmptyEtag(request.etag(), request.key());
        String etag = etags.next();
        PutItemRequest.Builder put = PutItemRequest.builder()
                .tableName(config.table())
                .item(codec.toItem(request, etag, now()));
        Conditions condition = Conditions.forSet(request);
        if (condition != null) {
            put.conditionExpression(condition.expression()).expressionAttributeValues(condition.values())
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
        }
        try {
            client.putItem(put.build());
        } catch (ConditionalCheckFailedException e) {
            reconciler.setConditionFailed(request, etag, e);
        } catch (SdkException e) {
            reconciler.setFailed(request, etag, e);
        }
        return etag;
    }

    @Override
    public void delete(DeleteRequest request) {
        requireWritable("Delete", request.key());
        requireNonEmptyEtag(request.etag(), request.key());
        DeleteItemRequest.Builder delete = DeleteItemRequest.builder()
                .tableName(config.table())
                .key(codec.keyOf(request.key()));
        if (request.hasEtag()) {
            Conditions condition = Conditions.etagMatches(request.etag());
            delete.conditionExpression(condition.expression()).expressionAttributeValues(condition.values())
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
        }
        try {
            client.deleteItem(delete.build());
        } catch (ConditionalCheckFailedException e) {
            reconciler.deleteConditionFailed(request, e);
        } catch (SdkException e) {
            reconciler.deleteFailed(request, e);
        }
    }

    /**
     * Dapr reads an empty ETag as none, which turns a checked write into a blind one: a caller that passes an ETag
     * means a check, so an empty one is refused rather than silently dropped.
     */
    static void requireNonEmptyEtag(String etag, String key) {
        if (etag != null && etag.isEmpty()) {
            throw new InvalidRequestException(key, "the ETag for key '" + key + "' is empty, so the write could not"
                    + " be checked against the version that was read; nothing was sent: give the ETag that was read,"
                    + " or no ETag for a write that replaces any version");
        }
    }

    @Override
    public List<BulkGetResult> bulkGet(List<String> keys, Consistency consistency) {
        return parallel.map(keys, bulkParallelism, key -> {
            try {
                return new BulkGetResult(key, get(key, consistency), Optional.empty());
            } catch (StateStoreException e) {
                return new BulkGetResult(key, Optional.empty(), Optional.of(e));
            }
        });
    }

    @Override
    public List<BulkWriteResult> bulkSet(List<SetRequest> requests) {
        requireWritable("BulkSet", requests.isEmpty() ? null : requests.get(0).key());
        return parallel.map(requests, bulkParallelism, request -> {
            try {
                return new BulkWriteResult(request.key(), Optional.of(set(request)), Optional.empty());
            } catch (StateStoreException e) {
                return new BulkWriteResult(request.key(), Optional.empty(), Optional.of(e));
            }
        });
    }

    @Override
    public List<BulkWriteResult> bulkDelete(List<DeleteRequest> requests) {
        requireWritable("BulkDelete", requests.isEmpty() ? null : requests.get(0).key());
        return parallel.map(requests, bulkParallelism, request -> {
            try {
                delete(request);
                return new BulkWriteResult(request.key(), Optional.empty(), Optional.empty());
            } catch (StateStoreException e) {
                return new BulkWriteResult(request.key(), Optional.empty(), Optional.of(e));
            }
        });
    }

    @Override
    public void transact(List<TransactionOperation> operations) {
        requireWritable("Transaction", operations.isEmpty() ? null : operations.get(0).key());
        transactions.transact(operations, now());
    }

    @Override
    public ScanSummary scan(ScanRequest request, ScanListener listener, ScanControl control) {
        return scanner.scan(request, listener, control == null ? new ScanControl() : control);
    }

    @Override
    public TableCheck checkTable() {
        return tableChecker.check();
    }

    @Override
    public TableCreation createTable() {
        requireWritable("CreateTable", null);
        return tableCreator.create();
    }

    @Override
    public void probe() {
        // daprd's Init: GetItem of a random UUID key, eventually consistent; any error fails the component.
        Map<String, AttributeValue> key = Map.of(config.partitionKey(),
                AttributeValue.fromS(UUID.randomUUID().toString()));
        try {
            client.getItem(b -> b.tableName(config.table()).key(key).consistentRead(false));
        } catch (SdkException e) {
            throw Failures.create(Failures.classify(e), null, "error validating DynamoDB table '" + config.table()
                    + "' access: " + Failures.detail(e), e);
        }
    }

    /** The client and executor belong to the caller; like daprd's Close, this releases nothing. */
    @Override
    public void close() {
    }

    private void requireWritable(String operation, String key) {
        if (config.readOnly()) {
            throw new ReadOnlyException(key, operation + (key == null ? "" : " of key '" + key + "'")
                    + " was not sent: the store for table '" + config.table() + "' is read-only; "
                    + "open it without read-only to change data");
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
