package io.statedesk.bench;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.dynamodb.DynamoDbStateStores;
import io.statedesk.engine.scan.ScanControl;
import io.statedesk.engine.scan.ScanRequest;
import io.statedesk.engine.scan.ScanSummary;
import io.statedesk.sandbox.LocalCredentials;
import io.statedesk.testing.BulkLoad;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Engine scan throughput against the raw SDK's own parallel Scan, on 100,000 Dapr-shaped items in the test
 * database (dynoxide as a child process, over HTTP on loopback; or STATEDESK_DDB_ENDPOINT). Not a test: run it with {@code ./mvnw -B -Pbench test-compile exec:exec}.
 *
 * <p>Each round runs, on the same table and with the same segments and page size: the raw SDK scan of whole items,
 * the engine's full scan, the raw SDK scan with the engine's keys-only projection, and the engine's key listing. The
 * raw side only counts items; the engine decodes every item into a StateItem and hands pages to a listener.
 */
public final class ScanBenchmark {

    private static final int ITEMS = Integer.getInteger("bench.items", 100_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 10);
    private static final int SEGMENTS = 4;
    private static final int PAGE_SIZE = 1000;
    private static final String TABLE = "dapr-bench";

    private ScanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (io.statedesk.testing.TestDatabase server = io.statedesk.testing.TestDatabase.start();
                DynamoDbClient client = DynamoDbClient.builder()
                        .endpointOverride(server.endpoint())
                        .region(Region.of(LocalCredentials.REGION))
                        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                                LocalCredentials.ACCESS_KEY, LocalCredentials.SECRET_KEY)))
                        .httpClientBuilder(ApacheHttpClient.builder().maxConnections(32))
                        .build()) {
            serverPid = server.serverPid().orElse(-1);
            System.out.println("server: " + (server.isDynoxide() ? "dynoxide " + io.statedesk.build.BuildInfo
                    .dynoxideVersion() + " (pid " + serverPid + ", its CPU counted with this JVM's)"
                    : server.endpoint() + " (its CPU not counted)"));
            ExecutorService io = Executors.newCachedThreadPool(r -> {
                Thread t = Executors.defaultThreadFactory().newThread(r);
                t.setDaemon(true);
                return t;
            });
            createTable(client);
            long loadStart = System.nanoTime();
            load(client, io);
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            System.out.printf(Locale.ROOT, "loaded %,d items in %.1f s (%,.0f items/s), load average %s%n", ITEMS,
                    loadSeconds, ITEMS / loadSeconds, loadAverage());

            StateStore store = DynamoDbStateStores.create(StoreConfig.of(TABLE), client, io);
            // warm-up: JIT and connections, one of each
            rawScan(client, io, false);
            engineScan(store, false);
            rawScan(client, io, true);
            engineScan(store, true);

            Map<String, List<Result>> results = new HashMap<>();
            for (int round = 1; round <= ROUNDS; round++) {
                // ABBA order: drift in the machine's load hits both sides alike.
                if (round % 2 == 1) {
                    record(results, "raw-full", rawScan(client, io, false));
                    record(results, "engine-full", engineScan(store, false));
                    record(results, "raw-keys", rawScan(client, io, true));
                    record(results, "engine-keys", engineScan(store, true));
                } else {
                    record(results, "engine-keys", engineScan(store, true));
                    record(results, "raw-keys", rawScan(client, io, true));
                    record(results, "engine-full", engineScan(store, false));
                    record(results, "raw-full", rawScan(client, io, false));
                }
                System.out.printf(Locale.ROOT, "round %d: raw full %s | engine full %s | raw keys %s | engine keys "
                        + "%s%n", round, last(results, "raw-full"), last(results, "engine-full"),
                        last(results, "raw-keys"), last(results, "engine-keys"));
            }
            report(results);
            io.shutdownNow();
        }
    }

    /**
     * Items per second of wall time, items per second of this process's CPU time (DynamoDB Local runs in this JVM,
     * so that counts the server's work too: the figure that outside load on the machine disturbs least), and
     * milliseconds from the call to the first page.
     */
    record Result(long items, double seconds, double cpuSeconds, double firstPageMillis) {
        double perSecond() {
            return items / seconds;
        }

        double perCpuSecond() {
            return items / cpuSeconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,.0f items/s, %,.0f items/cpu-s, first page %.1f ms", perSecond(),
                    perCpuSecond(), firstPageMillis);
        }
    }

    /** The server process of the run (dynoxide), whose CPU counts with this JVM's: both serve every scan. */
    private static volatile long serverPid = -1;

    /** CPU time of this JVM plus the database server's, so that "per CPU-second" counts the whole work. */
    private static long cpuNanos() {
        long own = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long server = serverPid < 0 ? 0 : ProcessHandle.of(serverPid).flatMap(p -> p.info().totalCpuDuration())
                .map(java.time.Duration::toNanos).orElse(0L);
        return own + server;
    }

    private static void record(Map<String, List<Result>> results, String name, Result result) {
        if (result.items() != ITEMS) {
            throw new IllegalStateException(name + " saw " + result.items() + " items, expected " + ITEMS);
        }
        results.computeIfAbsent(name, n -> new ArrayList<>()).add(result);
    }

    private static Result last(Map<String, List<Result>> results, String name) {
        List<Result> list = results.get(name);
        return list.get(list.size() - 1);
    }

    private static void createTable(DynamoDbClient client) {
        client.createTable(b -> b.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("key")
                        .attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("key").keyType(KeyType.HASH).build()));
    }

    /** Dapr-shaped items (key, S value of about 90 bytes of JSON, etag) with BatchWriteItem from two threads. */
    private static void load(DynamoDbClient client, ExecutorService io) throws Exception {
        BulkLoad.parallel(client, TABLE, ITEMS, 2, io, i -> Map.of(
                "key", AttributeValue.fromS(String.format("bench-app||order-%06d", i)),
                "value", AttributeValue.fromS("{\"id\":" + i + ",\"status\":\"ACTIVE\",\"total\":19.99,"
                        + "\"items\":[{\"sku\":\"A1\",\"qty\":2}]}"),
                "etag", AttributeValue.fromS(Long.toHexString(0x8000000000000000L | i * 2654435761L))));
    }


    /** The raw SDK's parallel scan: one thread per segment, pages only counted. */
    private static Result rawScan(DynamoDbClient client, ExecutorService io, boolean keysOnly) throws Exception {
        AtomicLong items = new AtomicLong();
        LongAccumulator firstPage = new LongAccumulator(Math::min, Long.MAX_VALUE);
        long cpuStart = cpuNanos();
        long start = System.nanoTime();
        List<Future<?>> segments = new ArrayList<>();
        for (int s = 0; s < SEGMENTS; s++) {
            int segment = s;
            segments.add(io.submit(() -> {
                Map<String, AttributeValue> startKey = null;
                do {
                    Map<String, AttributeValue> from = startKey;
                    ScanResponse page = client.scan(b -> {
                        b.tableName(TABLE).segment(segment).totalSegments(SEGMENTS).limit(PAGE_SIZE);
                        if (keysOnly) {
                            b.projectionExpression("#pk, #etag")
                                    .expressionAttributeNames(Map.of("#pk", "key", "#etag", "etag"));
                        }
                        if (from != null) {
                            b.exclusiveStartKey(from);
                        }
                    });
                    firstPage.accumulate(System.nanoTime());
                    items.addAndGet(page.count());
                    startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
                            ? page.lastEvaluatedKey() : null;
                } while (startKey != null);
                return null;
            }));
        }
        for (Future<?> segment : segments) {
            segment.get();
        }
        long end = System.nanoTime();
        return new Result(items.get(), (end - start) / 1e9, (cpuNanos() - cpuStart) / 1e9,
                (firstPage.get() - start) / 1e6);
    }

    /** The engine's scan: every item decoded into a StateItem and delivered to a listener. */
    private static Result engineScan(StateStore store, boolean keysOnly) {
        AtomicLong items = new AtomicLong();
        LongAccumulator firstPage = new LongAccumulator(Math::min, Long.MAX_VALUE);
        long cpuStart = cpuNanos();
        long start = System.nanoTime();
        ScanSummary summary = store.scan(new ScanRequest(null, keysOnly, SEGMENTS, PAGE_SIZE, null), page -> {
            firstPage.accumulate(System.nanoTime());
            items.addAndGet(page.items().size());
        }, new ScanControl());
        long end = System.nanoTime();
        if (summary.items() != items.get() || !summary.complete()) {
            throw new IllegalStateException("engine scan incomplete: " + summary);
        }
        return new Result(items.get(), (end - start) / 1e9, (cpuNanos() - cpuStart) / 1e9,
                (firstPage.get() - start) / 1e6);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void report(Map<String, List<Result>> results) {
        System.out.println();
        System.out.printf(Locale.ROOT, "| scan (%d segments, Limit %d) | median items/s | min–max items/s | "
                + "median items per CPU-second | median first page |%n|---|---:|---:|---:|---:|%n", SEGMENTS,
                PAGE_SIZE);
        for (String name : List.of("raw-full", "engine-full", "raw-keys", "engine-keys")) {
            List<Result> list = results.get(name);
            List<Double> rates = list.stream().map(Result::perSecond).toList();
            System.out.printf(Locale.ROOT, "| %s | %,.0f | %,.0f – %,.0f | %,.0f | %.1f ms |%n", name, median(rates),
                    rates.stream().mapToDouble(d -> d).min().orElse(0), rates.stream().mapToDouble(d -> d).max()
                            .orElse(0), median(list.stream().map(Result::perCpuSecond).toList()),
                    median(list.stream().map(Result::firstPageMillis).toList()));
        }
        System.out.println();
        for (String kind : List.of("full", "keys")) {
            List<Result> raw = results.get("raw-" + kind);
            List<Result> engine = results.get("engine-" + kind);
            List<Double> ratios = new ArrayList<>();
            List<Double> cpuRatios = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                ratios.add(engine.get(i).perSecond() / raw.get(i).perSecond());
                cpuRatios.add(engine.get(i).perCpuSecond() / raw.get(i).perCpuSecond());
            }
            System.out.printf(Locale.ROOT, "engine/raw (%s), wall time: median %.1f %% per round %s%n", kind,
                    100 * median(ratios), percentages(ratios));
            System.out.printf(Locale.ROOT, "engine/raw (%s), per CPU-second: median %.1f %% per round %s%n", kind,
                    100 * median(cpuRatios), percentages(cpuRatios));
        }
        System.out.printf(Locale.ROOT, "engine keys-only vs raw full scan: %.1f %%%n",
                100 * median(results.get("engine-keys").stream().map(Result::perSecond).toList())
                        / median(results.get("raw-full").stream().map(Result::perSecond).toList()));
        System.out.printf(Locale.ROOT, "cores %d, java %s, load average at end %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage());
    }

    private static List<String> percentages(List<Double> ratios) {
        return ratios.stream().map(r -> String.format(Locale.ROOT, "%.0f%%", 100 * r)).toList();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
