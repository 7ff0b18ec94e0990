package io.statedesk.engine.dynamodb;

import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.error.EtagMismatchException;
import io.statedesk.engine.error.FirstWriteConflictException;
import io.statedesk.engine.error.OutcomeUnknownException;
import io.statedesk.engine.error.StateStoreException;
import io.statedesk.engine.model.DeleteRequest;
import io.statedesk.engine.model.SetRequest;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * Settles what a write did when its answer does not say (decision 0017). The SDK retries a request whose answer was
 * lost; the retry of a conditional write then fails its own condition although the first attempt succeeded. Every
 * write StateDesk makes carries a new random 64-bit ETag, so "the stored item is the one this write produced" is a
 * fact that can be read: from the item DynamoDB returns with a failed condition ({@code ALL_OLD}) or, failing that,
 * from one strongly consistent read. What cannot be settled is reported as {@link OutcomeUnknownException}, never as
 * a conflict or as "nothing was written".
 */
final class Reconciler {

    /**
     * When the call spent its whole time limit the endpoint is not answering: a read to settle the outcome would
     * most likely wait as long again, so the user hears "unknown" at the limit they chose instead of twice it.
     */
    static final String TIME_USED_UP = "the call used up its whole time limit, so the key was not read again";

    private final StoreConfig config;
    private final DynamoDbClient client;
    private final ItemCodec codec;
    private final Failures failures;

    Reconciler(StoreConfig config, DynamoDbClient client, ItemCodec codec, Failures failures) {
        this.config = config;
        this.client = client;
        this.codec = codec;
        this.failures = failures;
    }

    /** A Set's condition failed: returns when the item is the one this write produced, else throws. */
    void setConditionFailed(SetRequest request, String ourEtag, ConditionalCheckFailedException e) {
        boolean retried = Attempts.earlierMayHaveApplied(e);
        Optional<Map<String, AttributeValue>> current = returnedItem(e);
        if (current.isEmpty() && retried) {
            current = readOrEmpty(request.key());
        }
        if (current.isPresent() && ourEtag.equals(etagOf(current.get()))) {
            return;
        }
        if (retried) {
            throw unknown("Set", request.key(), e, "a retry found " + describe(current)
                    + ", so an earlier attempt may have been applied and replaced since", retryAdvice(request));
        }
        if (request.hasEtag()) {
            throw etagMismatch(request.key(), e);
        }
        // daprd returns the raw AWS error here, not an ETag error.
        throw new FirstWriteConflictException(request.key(), "first-write refused for key '" + request.key()
                + "' in table '" + config.table() + "': it already has a value (" + Failures.detail(e)
                + "): read it and save with its ETag to replace it", e);
    }

    /** A Set failed without a clear refusal: returns when it was applied, throws what is known otherwise. */
    void setFailed(SetRequest request, String ourEtag, SdkException e) {
        if (!Attempts.anyMayHaveApplied(e)) {
            throw failures.mapNotApplied(e, "PutItem", request.key());
        }
        if (e instanceof ApiCallTimeoutException) {
            throw unknown("Set", request.key(), e, TIME_USED_UP, retryAdvice(request));
        }
        Optional<Map<String, AttributeValue>> current;
        try {
            current = read(request.key());
        } catch (SdkException readFailure) {
            throw unknown("Set", request.key(), e, "reading the key afterwards failed too ("
                    + Failures.detail(readFailure) + ")", retryAdvice(request));
        }
        String stored = current.map(Reconciler::etagOf).orElse(null);
        if (ourEtag.equals(stored)) {
            return;
        }
        if (request.hasEtag() && request.etag().equals(stored)) {
            // Our write would have replaced that version, and no write brings an old ETag back.
            throw failures.mapNotApplied(e, "PutItem", request.key());
        }
        throw unknown("Set", request.key(), e, "the key now holds " + describe(current), retryAdvice(request));
    }

    /**
     * An ETag-checked Delete's condition failed. After a lost answer the retry finds the item gone: it is reported as
     * deleted, since either our earlier attempt deleted it or someone else did, and in both cases the item is gone and
     * nothing but the version we named can have been deleted by us (decision 0017).
     */
    void deleteConditionFailed(DeleteRequest request, ConditionalCheckFailedException e) {
        if (!Attempts.earlierMayHaveApplied(e)) {
            throw etagMismatch(request.key(), e);
        }
        Optional<Map<String, AttributeValue>> current = returnedItem(e);
        if (current.isEmpty()) {
            try {
                current = read(request.key());
            } catch (SdkException readFailure) {
                throw unknown("Delete", request.key(), e, "reading the key afterwards failed ("
                        + Failures.detail(readFailure) + ")", deleteAdvice(request));
            }
        }
        if (current.isEmpty()) {
            return;
        }
        throw unknown("Delete", request.key(), e, "a retry found " + describe(current)
                + ", so an earlier attempt may have deleted the version you named before someone wrote again",
                deleteAdvice(request));
    }

    /** A Delete failed without a clear refusal: returns when the item is gone, throws what is known otherwise. */
    void deleteFailed(DeleteRequest request, SdkException e) {
        if (!Attempts.anyMayHaveApplied(e)) {
            throw failures.mapNotApplied(e, "DeleteItem", request.key());
        }
        if (e instanceof ApiCallTimeoutException) {
            throw unknown("Delete", request.key(), e, TIME_USED_UP, deleteAdvice(request));
        }
        Optional<Map<String, AttributeValue>> current;
        try {
            current = read(request.key());
        } catch (SdkException readFailure) {
            throw unknown("Delete", request.key(), e, "reading the key afterwards failed too ("
                    + Failures.detail(readFailure) + ")", deleteAdvice(request));
        }
        if (current.isEmpty()) {
            return;
        }
        if (request.hasEtag() && request.etag().equals(etagOf(current.get()))) {
            throw failures.mapNotApplied(e, "DeleteItem", request.key());
        }
        throw unknown("Delete", request.key(), e, "the key now holds " + describe(current), deleteAdvice(request));
    }

    /** The item as DynamoDB holds it now (strongly consistent), or empty when there is none. */
    Optional<Map<String, AttributeValue>> read(String key) {
        GetItemResponse response = client.getItem(b -> b.tableName(config.table()).key(codec.keyOf(key))
                .consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    private Optional<Map<String, AttributeValue>> readOrEmpty(String key) {
        try {
            return read(key);
        } catch (SdkException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<Map<String, AttributeValue>> returnedItem(ConditionalCheckFailedException e) {
        return e.hasItem() && !e.item().isEmpty() ? Optional.of(e.item()) : Optional.empty();
    }

    static String etagOf(Map<String, AttributeValue> item) {
        AttributeValue etag = item.get(ItemCodec.ETAG);
        return etag == null ? null : etag.s() != null ? etag.s() : etag.n();
    }

    private static String describe(Optional<Map<String, AttributeValue>> item) {
        return item.map(i -> "another version (ETag " + Objects.requireNonNullElse(etagOf(i), "none") + ")")
                .orElse("no item");
    }

    EtagMismatchException etagMismatch(String key, ConditionalCheckFailedException e) {
        return new EtagMismatchException(key, "possible etag mismatch. error from state store: "
                + Failures.detail(e) + " (key '" + key + "' in table '" + config.table()
                + "' changed or was deleted since it was read: read it again and retry)", e);
    }

    OutcomeUnknownException unknown(String operation, String key, SdkException e, String finding, String advice) {
        return new OutcomeUnknownException(key, operation + " of key '" + key + "' in table '" + config.table()
                + "': outcome unknown, it may or may not have been applied: the request was sent but no answer "
                + "settled it (" + Failures.detail(e) + "; " + Attempts.count(e) + " attempt"
                + (Attempts.count(e) == 1 ? "" : "s") + "), and " + finding + ". " + advice, e);
    }

    private static String retryAdvice(SetRequest request) {
        return request.hasEtag() || request.concurrency() == io.statedesk.engine.model.Concurrency.FIRST_WRITE
                ? "Read the key to see what it holds; repeating this ETag-checked or first-write save is safe: it "
                        + "never overwrites anyone else's write."
                : "Read the key to see what it holds; repeating this last-write save writes the same value again.";
    }

    private static String deleteAdvice(DeleteRequest request) {
        return "Read the key to see what it holds" + (request.hasEtag()
                ? "; repeating this ETag-checked delete is safe: it never deletes anyone else's newer write."
                : "; repeating the delete is safe.");
    }

    /** For callers that want the mapped exception of a failure that certainly was not applied. */
    StateStoreException notApplied(SdkException e, String operation, String key) {
        return failures.mapNotApplied(e, operation, key);
    }
}
