package io.statedesk.engine.dynamodb;

import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.error.InvalidRequestException;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.scan.ResumeToken;
import io.statedesk.engine.scan.ResumeToken.SegmentPosition;
import io.statedesk.engine.scan.ScanControl;
import io.statedesk.engine.scan.ScanListener;
import io.statedesk.engine.scan.ScanPage;
import io.statedesk.engine.scan.ScanRequest;
import io.statedesk.engine.scan.ScanSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.stream.IntStream;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Parallel scan for browsing: one loop per segment, each page handed to the listener as soon as it arrives,
 * cancellation checked between pages, and where each segment stopped kept as a resume token.
 */
final class Scanner {

    /**
     * The first request of each segment asks for at most this many items: the first keys then arrive after the server
     * has read a hundred items, not a thousand (on dynoxide a page costs the server about 40 us an item), and the rest
     * of the scan keeps its larger pages (issue 19).
     */
    static final int FIRST_PAGE_LIMIT = 100;

    private final StoreConfig config;
    private final DynamoDbClient client;
    private final ItemCodec codec;
    private final Failures failures;
    /** At most this many segments, whatever a request asks (one against a local emulator, decision 0034). */
    private final int maxSegments;
    private final Parallel parallel;
    private final Clock clock;

    Scanner(StoreConfig config, DynamoDbClient client, ItemCodec codec, Failures failures, Parallel parallel,
            int maxSegments, Clock clock) {
        this.config = config;
        this.maxSegments = maxSegments;
        this.client = client;
        this.codec = codec;
        this.failures = failures;
        this.parallel = parallel;
        this.clock = clock;
    }

    ScanSummary scan(ScanRequest asked, ScanListener listener, ScanControl control) {
        ScanRequest request = asked.segments() > maxSegments ? asked.withSegments(maxSegments) : asked;
        int segments = request.segments();
        SegmentPosition[] positions = startPositions(request);
        AtomicLong items = new AtomicLong();
        AtomicLong scanned = new AtomicLong();
        DoubleAdder capacity = new DoubleAdder();
        AtomicBoolean failed = new AtomicBoolean();
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread caller = Thread.currentThread();
        Template template = template(request);

        List<Integer> segmentNumbers = IntStream.range(0, segments).boxed().toList();
        parallel.map(segmentNumbers, segments, segment -> {
            try {
                SegmentPosition position = positions[segment];
                while (!position.finished() && !control.isCancelled() && !failed.get()) {
                    // Interrupting the calling thread (how a task runner cancels) cancels the scan too.
                    if (caller.isInterrupted() || interrupted.get()) {
                        interrupted.set(true);
                        break;
                    }
                    ScanResponse page;
                    try {
                        page = fetch(template, segment, segments, position);
                    } catch (RuntimeException e) {
                        if (Thread.currentThread() == caller && isInterruption(e)) {
                            // The SDK gave up on the request because of the interrupt: nothing of it was delivered.
                            interrupted.set(true);
                            break;
                        }
                        throw e;
                    }
                    Instant now = clock.instant();
                    List<StateItem> decoded = new ArrayList<>(page.items().size());
                    for (Map<String, AttributeValue> raw : page.items()) {
                        decoded.add(codec.read(raw, now, false));
                    }
                    if (page.consumedCapacity() != null && page.consumedCapacity().capacityUnits() != null) {
                        capacity.add(page.consumedCapacity().capacityUnits());
                    }
                    items.addAndGet(decoded.size());
                    scanned.addAndGet(page.scannedCount() == null ? 0 : page.scannedCount());
                    position = next(page);
                    positions[segment] = position;
                    listener.onPage(new ScanPage(segment, decoded, page.scannedCount() == null ? 0
                            : page.scannedCount()));
                }
                return null;
            } catch (RuntimeException | Error e) {
                // Stops the other segments after their page in flight.
                failed.set(true);
                throw e;
            }
        });
        if (interrupted.get() && !caller.isInterrupted()) {
            caller.interrupt();
        }
        boolean complete = true;
        for (SegmentPosition position : positions) {
            complete &= position.finished();
        }
        return new ScanSummary(items.get(), scanned.get(), complete,
                complete ? null : new ResumeToken(List.of(positions)), capacity.sum());
    }

    private static boolean isInterruption(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AbortedException || t instanceof InterruptedException
                    || t instanceof java.io.InterruptedIOException && !(t instanceof java.net.SocketTimeoutException)) {
                return true;
            }
        }
        return false;
    }

    private SegmentPosition next(ScanResponse page) {
        if (!page.hasLastEvaluatedKey() || page.lastEvaluatedKey().isEmpty()) {
            return new SegmentPosition(null, true);
        }
        AttributeValue last = page.lastEvaluatedKey().get(config.partitionKey());
        return new SegmentPosition(last.s(), false);
    }

    private SegmentPosition[] startPositions(ScanRequest request) {
        SegmentPosition[] positions = new SegmentPosition[request.segments()];
        ResumeToken resume = request.resumeFrom();
        if (resume != null && resume.segments().size() != request.segments()) {
            throw new InvalidRequestException(null, "the resume token has " + resume.segments().size()
                    + " segments but the scan asks for " + request.segments()
                    + ": resume with the same number of segments");
        }
        for (int i = 0; i < positions.length; i++) {
            positions[i] = resume == null ? new SegmentPosition(null, false) : resume.segments().get(i);
        }
        return positions;
    }

    /** What every request of this scan shares: filter, projection and their attribute names. */
    private record Template(String filter, String projection, Map<String, String> names,
            Map<String, AttributeValue> values, int pageSize) {
    }

    private Template template(ScanRequest request) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        String filter = null;
        if (request.keyPrefix() != null && !request.keyPrefix().isEmpty()) {
            names.put("#pk", config.partitionKey());
            values.put(":prefix", AttributeValue.fromS(request.keyPrefix()));
            filter = "begins_with(#pk, :prefix)";
        }
        if (request.textContains() != null) {
            // Only S values can be searched as text here; B (the SDKs' JSON over gRPC, encrypted values), N and a
            // missing value pass through for the caller to judge.
            names.put("#value", ItemCodec.VALUE);
            values.put(":text", AttributeValue.fromS(request.textContains()));
            values.put(":stype", AttributeValue.fromS("S"));
            String text = "(contains(#value, :text) OR NOT attribute_type(#value, :stype))";
            filter = filter == null ? text : filter + " AND " + text;
        }
        String projection = null;
        if (request.namesOnly()) {
            // A listing of key names: DynamoDB sends, and the engine decodes, nothing else.
            names.put("#pk", config.partitionKey());
            projection = "#pk";
        } else if (request.keysOnly()) {
            // Everything but the value: the key, the ETag and the TTL that marks an item expired.
            names.put("#pk", config.partitionKey());
            names.put("#etag", ItemCodec.ETAG);
            projection = "#pk, #etag";
            if (config.ttlAttributeName() != null) {
                names.put("#ttl", config.ttlAttributeName());
                projection += ", #ttl";
            }
        }
        return new Template(filter, projection, names, values, request.pageSize());
    }

    private ScanResponse fetch(Template template, int segment, int segments, SegmentPosition position) {
        try {
            return client.scan(b -> {
                b.tableName(config.table())
                        .limit(position.lastEvaluatedKey() == null
                                ? Math.min(template.pageSize(), FIRST_PAGE_LIMIT) : template.pageSize())
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
                if (segments > 1) {
                    b.segment(segment).totalSegments(segments);
                }
                if (!template.names().isEmpty()) {
                    b.expressionAttributeNames(template.names());
                }
                if (!template.values().isEmpty()) {
                    b.expressionAttributeValues(template.values());
                }
                if (template.filter() != null) {
                    b.filterExpression(template.filter());
                }
                if (template.projection() != null) {
                    b.projectionExpression(template.projection());
                }
                if (position.lastEvaluatedKey() != null) {
                    b.exclusiveStartKey(Map.of(config.partitionKey(),
                            AttributeValue.fromS(position.lastEvaluatedKey())));
                }
            });
        } catch (SdkException e) {
            throw failures.map(e, "Scan", null);
        }
    }
}
