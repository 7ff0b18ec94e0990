package io.statedesk.engine.dynamodb;

import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.error.InvalidRequestException;
import io.statedesk.engine.error.TransactionCancelledException;
import io.statedesk.engine.model.TransactionOperation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** daprd's Multi: at most 100 operations, the last one per key wins, one TransactWriteItems. */
final class TransactionWriter {

    /** daprd's limit for this store (its MultiMaxSize), counted before the last-one-per-key rule. */
    static final int MAX_OPERATIONS = 100;

    private final StoreConfig config;
    private final DynamoDbClient client;
    private final ItemCodec codec;
    private final Failures failures;
    private final Etags etags;
    private final Reconciler reconciler;

    TransactionWriter(StoreConfig config, DynamoDbClient client, ItemCodec codec, Failures failures, Etags etags,
            Reconciler reconciler) {
        this.config = config;
        this.client = client;
        this.codec = codec;
        this.failures = failures;
        this.etags = etags;
        this.reconciler = reconciler;
    }

    void transact(List<TransactionOperation> operations, Instant now) {
        if (operations.isEmpty()) {
            return;
        }
        if (operations.size() > MAX_OPERATIONS) {
            throw new InvalidRequestException(null, "the transaction contains " + operations.size()
                    + " operations, which is more than what the state store supports: " + MAX_OPERATIONS
                    + " (split it into transactions of at most " + MAX_OPERATIONS + " operations)");
        }
        List<TransactionOperation> kept = lastPerKey(operations);
        for (TransactionOperation operation : kept) {
            if (operation instanceof TransactionOperation.Upsert upsert) {
                DynamoDbStateStore.requireNonEmptyEtag(upsert.request().etag(), upsert.key());
            } else if (operation instanceof TransactionOperation.Delete delete) {
                DynamoDbStateStore.requireNonEmptyEtag(delete.ignoredEtag(), delete.key());
            }
        }
        List<TransactWriteItem> items = new ArrayList<>(kept.size());
        List<String> newEtags = new ArrayList<>(kept.size());
        for (TransactionOperation operation : kept) {
            String etag = operation instanceof TransactionOperation.Upsert ? etags.next() : null;
            newEtags.add(etag);
            items.add(toWriteItem(operation, etag, now));
        }
        try {
            client.transactWriteItems(b -> b.transactItems(items));
        } catch (TransactionCanceledException e) {
            if (appliedEarlier(e, newEtags)) {
                return;
            }
            if (Attempts.earlierMayHaveApplied(e)) {
                throw unknown(kept, e, "a retry was cancelled (" + Failures.detail(e)
                        + ") by items that are not the ones this transaction wrote");
            }
            throw cancelled(kept, e);
        } catch (SdkException e) {
            settle(kept, newEtags, e);
        }
    }

    /**
     * A retry cancelled because an item already holds the ETag this very transaction generated for it: the first
     * attempt was applied (a transaction is all or nothing, and ETags are random 64-bit numbers).
     */
    private static boolean appliedEarlier(TransactionCanceledException e, List<String> newEtags) {
        if (!e.hasCancellationReasons()) {
            return false;
        }
        List<CancellationReason> reasons = e.cancellationReasons();
        for (int i = 0; i < reasons.size() && i < newEtags.size(); i++) {
            CancellationReason reason = reasons.get(i);
            if (newEtags.get(i) != null && reason.hasItem()
                    && newEtags.get(i).equals(Reconciler.etagOf(reason.item()))) {
                return true;
            }
        }
        return false;
    }

    /** A failure without a clear answer: one read of the written keys tells whether the transaction was applied. */
    private void settle(List<TransactionOperation> kept, List<String> newEtags, SdkException e) {
        if (!Attempts.anyMayHaveApplied(e)) {
            throw failures.mapNotApplied(e, "TransactWriteItems", null);
        }
        if (e instanceof software.amazon.awssdk.core.exception.ApiCallTimeoutException) {
            throw unknown(kept, e, Reconciler.TIME_USED_UP.replace("the key was", "the keys were"));
        }
        try {
            boolean allDeletesGone = true;
            for (int i = 0; i < kept.size(); i++) {
                var current = reconciler.read(kept.get(i).key());
                String stored = current.map(Reconciler::etagOf).orElse(null);
                if (newEtags.get(i) != null) {
                    if (newEtags.get(i).equals(stored)) {
                        return;
                    }
                    var request = ((TransactionOperation.Upsert) kept.get(i)).request();
                    if (request.hasEtag() && request.etag().equals(stored)) {
                        throw failures.mapNotApplied(e, "TransactWriteItems", null);
                    }
                } else {
                    allDeletesGone &= current.isEmpty();
                }
            }
            boolean onlyDeletes = newEtags.stream().allMatch(java.util.Objects::isNull);
            if (onlyDeletes && allDeletesGone) {
                return;
            }
            throw unknown(kept, e, "reading the keys afterwards found other versions");
        } catch (SdkException readFailure) {
            throw unknown(kept, e, "reading the keys afterwards failed too (" + Failures.detail(readFailure) + ")");
        }
    }

    private io.statedesk.engine.error.OutcomeUnknownException unknown(List<TransactionOperation> kept,
            SdkException e, String finding) {
        String keys = kept.stream().map(o -> "'" + o.key() + "'").collect(Collectors.joining(", "));
        return new io.statedesk.engine.error.OutcomeUnknownException(null, "the transaction on table '"
                + config.table() + "' (keys " + keys + "): outcome unknown, it may or may not have been applied, "
                + "all or nothing: the request was sent but no answer settled it (" + Failures.detail(e) + "; "
                + Attempts.count(e) + " attempts), and " + finding + ". Read the keys to see what they hold "
                + "before repeating it", e);
    }

    /**
     * DynamoDB refuses two operations on one item in a transaction, so daprd keeps only the last operation for each
     * key; the survivors keep their original order.
     */
    static List<TransactionOperation> lastPerKey(List<TransactionOperation> operations) {
        Map<String, Integer> last = new HashMap<>();
        for (int i = 0; i < operations.size(); i++) {
            last.put(operations.get(i).key(), i);
        }
        List<TransactionOperation> kept = new ArrayList<>(last.size());
        for (int i = 0; i < operations.size(); i++) {
            if (last.get(operations.get(i).key()) == i) {
                kept.add(operations.get(i));
            }
        }
        return kept;
    }

    private TransactWriteItem toWriteItem(TransactionOperation operation, String newEtag, Instant now) {
        if (operation instanceof TransactionOperation.Upsert upsert) {
            var request = upsert.request();
            Put.Builder put = Put.builder().tableName(config.table());
            try {
                put.item(codec.toItem(request, newEtag, now));
            } catch (InvalidRequestException e) {
                // daprd wraps the Set's error once more in its Multi.
                throw new InvalidRequestException(request.key(), "dynamodb error: failed to marshal value for key "
                        + request.key() + ": " + e.getMessage(), e);
            }
            Conditions condition = Conditions.forSet(request);
            if (condition != null) {
                put.conditionExpression(condition.expression()).expressionAttributeValues(condition.values())
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
            }
            return TransactWriteItem.builder().put(put.build()).build();
        }
        if (operation instanceof TransactionOperation.CheckedDelete checked) {
            Conditions condition = Conditions.unchangedSince(checked.etag());
            Delete delete = Delete.builder().tableName(config.table()).key(codec.keyOf(checked.key()))
                    .conditionExpression(condition.expression()).expressionAttributeValues(condition.values()).build();
            return TransactWriteItem.builder().delete(delete).build();
        }
        if (operation instanceof TransactionOperation.Check check) {
            Conditions condition = Conditions.etagMatches(check.etag());
            ConditionCheck conditionCheck = ConditionCheck.builder().tableName(config.table())
                    .key(codec.keyOf(check.key())).conditionExpression(condition.expression())
                    .expressionAttributeValues(condition.values()).build();
            return TransactWriteItem.builder().conditionCheck(conditionCheck).build();
        }
        // Transactional deletes carry no condition: daprd ignores their ETags.
        Delete delete = Delete.builder().tableName(config.table()).key(codec.keyOf(operation.key())).build();
        return TransactWriteItem.builder().delete(delete).build();
    }

    private TransactionCancelledException cancelled(List<TransactionOperation> sent, TransactionCanceledException e) {
        List<CancellationReason> raw = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
        List<TransactionCancelledException.Reason> reasons = new ArrayList<>(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            CancellationReason reason = i < raw.size() ? raw.get(i) : null;
            String code = reason == null || reason.code() == null ? "Unknown" : reason.code();
            String text = reason == null || reason.message() == null ? explain(code) : reason.message();
            reasons.add(new TransactionCancelledException.Reason(sent.get(i).key(), code, text));
        }
        String failed = reasons.stream().filter(r -> !"None".equals(r.code()))
                .map(r -> "key '" + r.key() + "': " + r.code() + " (" + r.message() + ")")
                .collect(Collectors.joining("; "));
        return new TransactionCancelledException("the transaction on table '" + config.table()
                + "' was cancelled and nothing was written: " + (failed.isEmpty() ? Failures.detail(e) : failed)
                + ": read the items again and retry", reasons, e);
    }

    private static String explain(String code) {
        return switch (code) {
            case "None" -> "no problem with this operation";
            case "ConditionalCheckFailed" -> "its ETag or first-write condition failed";
            case "TransactionConflict" -> "another request changed the item at the same time";
            case "ItemCollectionSizeLimitExceeded", "ValidationError" -> "DynamoDB refused the operation";
            case "ProvisionedThroughputExceeded", "ThrottlingError" -> "throttled";
            default -> code;
        };
    }
}
