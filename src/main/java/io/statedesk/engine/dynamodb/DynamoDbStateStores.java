package io.statedesk.engine.dynamodb;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.error.InvalidRequestException;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Creates {@link StateStore}s over DynamoDB with the semantics of Dapr's {@code state.aws.dynamodb}. */
public final class DynamoDbStateStores {

    /** How many bulk requests (or scan segments beyond the caller's own) run at once by default. */
    public static final int DEFAULT_BULK_PARALLELISM = 8;
    /** No cap on a scan's segments: each request's own count. */
    public static final int ANY_SEGMENTS = Integer.MAX_VALUE;

    private DynamoDbStateStores() {
    }

    /**
     * A store over {@code config.table()}. Sends no request (call {@link StateStore#probe()} for daprd's start-up
     * check). The client and the executor stay the caller's: closing the store closes neither.
     *
     * @param executor runs bulk requests and scan segments next to the calling thread, which always works too
     * @throws InvalidRequestException with daprd's text when the table name is empty
     */
    public static StateStore create(StoreConfig config, DynamoDbClient client, Executor executor) {
        return create(config, client, executor, DEFAULT_BULK_PARALLELISM);
    }

    public static StateStore create(StoreConfig config, DynamoDbClient client, Executor executor,
            int bulkParallelism) {
        return create(config, client, executor, bulkParallelism, ANY_SEGMENTS);
    }

    /**
     * @param maxScanSegments the most segments a scan of this store uses, whatever its request asks: 1 against a
     *                        local emulator, where parallel segments cost more than they give (decision 0034)
     */
    public static StateStore create(StoreConfig config, DynamoDbClient client, Executor executor,
            int bulkParallelism, int maxScanSegments) {
        if (maxScanSegments < 1) {
            throw new IllegalArgumentException("maxScanSegments must be at least 1, was " + maxScanSegments);
        }
        return create(config, client, executor, bulkParallelism, maxScanSegments, Clock.systemUTC(),
                Etags.secure());
    }

    static StateStore create(StoreConfig config, DynamoDbClient client, Executor executor, int bulkParallelism,
            Clock clock, Etags etags) {
        return create(config, client, executor, bulkParallelism, ANY_SEGMENTS, clock, etags);
    }

    private static StateStore create(StoreConfig config, DynamoDbClient client, Executor executor,
            int bulkParallelism, int maxScanSegments, Clock clock, Etags etags) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(executor, "executor");
        if (config.table().isEmpty()) {
            throw new InvalidRequestException(null, "missing dynamodb table name");
        }
        if (bulkParallelism < 1) {
            throw new IllegalArgumentException("bulkParallelism must be at least 1, was " + bulkParallelism);
        }
        return new DynamoDbStateStore(config, client, new Parallel(executor), bulkParallelism, maxScanSegments,
                clock, etags);
    }
}
