package io.statedesk.bench;

import io.statedesk.dapr.encryption.EncryptionSetup;
import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.dynamodb.DynamoDbStateStores;
import io.statedesk.engine.scan.ScanControl;
import io.statedesk.engine.scan.ScanRequest;
import io.statedesk.engine.scan.ScanSummary;
import io.statedesk.sandbox.LocalCredentials;
import io.statedesk.search.ValueQuery;
import io.statedesk.search.ValueSearch;
import io.statedesk.testing.BulkLoad;
import io.statedesk.testing.TestDatabase;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Value search over 100,000 items against the plain key listing of the same table (issue 16). Not part of
 * {@code verify}: {@code ./mvnw -B -q -Pbench test-compile exec:exec -Dbench.main=io.statedesk.bench.ValueSearchBenchmark}
 * (docs/benchmarks.md). Each round runs every scan once, in an order reversed every other round so that drift in the
 * machine's load hits all alike; every scan reads the whole table with 4 segments and Limit 1000.
 */
public final class ValueSearchBenchmark {

    private static final int ITEMS = Integer.getInteger("bench.items", 100_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 10);
    private static final int SEGMENTS = 4;
    private static final int PAGE_SIZE = 1000;
    private static final String TABLE = "dapr-search-bench";
    /** One item in a hundred is pending: what a search for stuck orders finds. */
    private static final int PENDING_EVERY = 100;
    /** One item in fifty is binary (an SDK's protobuf over gRPC): skipped and counted by the search. */
    private static final int BINARY_EVERY = 50;

    private ValueSearchBenchmark() {
    }

    /** One scan: items DynamoDB read per second of wall time and per CPU-second (client and server). */
    private record Run(long read, long matched, double seconds, double cpuSeconds) {
        double perSecond() {
            return read / seconds;
        }

        double perCpuSecond() {
            return read / cpuSeconds;
        }
    }

    private static volatile long serverPid = -1;

    public static void main(String[] args) throws Exception {
        try (TestDatabase server = TestDatabase.start();
                DynamoDbClient client = DynamoDbClient.builder()
                        .endpointOverride(server.endpoint())
                        .region(Region.of(LocalCredentials.REGION))
                        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                                LocalCredentials.ACCESS_KEY, LocalCredentials.SECRET_KEY)))
                        .httpClientBuilder(ApacheHttpClient.builder().maxConnections(32))
                        .build()) {
            serverPid = server.serverPid().orElse(-1);
            ExecutorService io = Executors.newCachedThreadPool(r -> {
                Thread t = Executors.defaultThreadFactory().newThread(r);
                t.setDaemon(true);
                return t;
            });
            client.createTable(b -> b.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("key")
                            .attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("key").keyType(KeyType.HASH).build()));
            long loadStart = System.nanoTime();
            load(client, io);
            System.out.printf(Locale.ROOT, "loaded %,d items in %.1f s, load average %s%n", ITEMS,
                    (System.nanoTime() - loadStart) / 1e9, loadAverage());
            StateStore store = DynamoDbStateStores.create(StoreConfig.of(TABLE), client, io);

            Map<String, Supplier<Run>> scans = new LinkedHashMap<>();
            scans.put("key listing", () -> keys(store));
            scans.put("text, case-sensitive (DynamoDB filters S values)", () -> search(store,
                    ValueQuery.containing("PENDING", false)));
            scans.put("text, any case (filtered here)", () -> search(store, ValueQuery.containing("pending", true)));
            scans.put("JMESPath status == 'PENDING'", () -> search(store, ValueQuery.where("status == 'PENDING'")));
            scans.put("JMESPath items[?qty > `2`]", () -> search(store, ValueQuery.where("items[?qty > `2`]")));
            scans.values().forEach(Supplier::get);

            Map<String, List<Run>> results = new LinkedHashMap<>();
            scans.keySet().forEach(name -> results.put(name, new ArrayList<>()));
            List<String> names = new ArrayList<>(scans.keySet());
            for (int round = 1; round <= ROUNDS; round++) {
                List<String> order = new ArrayList<>(names);
                if (round % 2 == 0) {
                    java.util.Collections.reverse(order);
                }
                for (String name : order) {
                    results.get(name).add(scans.get(name).get());
                }
                System.out.printf(Locale.ROOT, "round %d done, load average %s%n", round, loadAverage());
            }
            report(results);
            io.shutdownNow();
        }
    }

    /** Varied Dapr-shaped values: JSON as S (a few pending), and some binary B values. */
    private static void load(DynamoDbClient client, ExecutorService io) throws Exception {
        BulkLoad.parallel(client, TABLE, ITEMS, 2, io, i -> Map.of(
                "key", AttributeValue.fromS(String.format("bench-app||order-%06d", i)),
                "value", i % BINARY_EVERY == 1
                        ? AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0x0a, 0x03, 'p', 'b', 0, 7}))
                        : AttributeValue.fromS("{\"id\":" + i + ",\"status\":\""
                                + (i % PENDING_EVERY == 0 ? "PENDING" : "ACTIVE") + "\",\"total\":19.99,"
                                + "\"items\":[{\"sku\":\"A1\",\"qty\":" + (i % 4) + "}]}"),
                "etag", AttributeValue.fromS(Long.toHexString(0x8000000000000000L | i * 2654435761L))));
    }


    private static Run keys(StateStore store) {
        AtomicLong items = new AtomicLong();
        long cpu = cpuNanos();
        long start = System.nanoTime();
        ScanSummary summary = store.scan(new ScanRequest(null, true, SEGMENTS, PAGE_SIZE, null),
                page -> items.addAndGet(page.items().size()), new ScanControl());
        long end = System.nanoTime();
        check(summary);
        return new Run(summary.scanned(), items.get(), (end - start) / 1e9, (cpuNanos() - cpu) / 1e9);
    }

    private static Run search(StateStore store, ValueQuery query) {
        AtomicLong found = new AtomicLong();
        long cpu = cpuNanos();
        long start = System.nanoTime();
        ValueSearch.Result result = ValueSearch.run(store, new ScanRequest(null, false, SEGMENTS, PAGE_SIZE, null),
                query, EncryptionSetup.none(), page -> found.addAndGet(page.size()), new ScanControl());
        long end = System.nanoTime();
        check(result.scan());
        if (result.counts().matched() != found.get()) {
            throw new IllegalStateException("matches lost: " + result.counts());
        }
        return new Run(result.scan().scanned(), found.get(), (end - start) / 1e9, (cpuNanos() - cpu) / 1e9);
    }

    private static void check(ScanSummary summary) {
        if (!summary.complete() || summary.scanned() != ITEMS) {
            throw new IllegalStateException("scan incomplete: " + summary);
        }
    }

    private static long cpuNanos() {
        long own = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getProcessCpuTime();
        long server = serverPid < 0 ? 0 : ProcessHandle.of(serverPid).flatMap(p -> p.info().totalCpuDuration())
                .map(java.time.Duration::toNanos).orElse(0L);
        return own + server;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void report(Map<String, List<Run>> results) {
        List<Run> baseline = results.get("key listing");
        System.out.printf(Locale.ROOT, "%n| scan of %,d items (4 segments, Limit 1000) | matches | median items read/s"
                + " | min–max | ÷ key listing, wall (median of rounds) | ÷ key listing, per CPU-second |%n"
                + "|---|---:|---:|---:|---:|---:|%n", ITEMS);
        results.forEach((name, runs) -> {
            List<Double> rates = runs.stream().map(Run::perSecond).toList();
            List<Double> ratio = new ArrayList<>();
            List<Double> cpuRatio = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                ratio.add(runs.get(i).perSecond() / baseline.get(i).perSecond());
                cpuRatio.add(runs.get(i).perCpuSecond() / baseline.get(i).perCpuSecond());
            }
            System.out.printf(Locale.ROOT, "| %s | %,d | %,.0f | %,.0f – %,.0f | %.1f %% | %.1f %% |%n", name,
                    runs.get(0).matched(), median(rates), rates.stream().mapToDouble(d -> d).min().orElse(0),
                    rates.stream().mapToDouble(d -> d).max().orElse(0), 100 * median(ratio), 100 * median(cpuRatio));
        });
        System.out.printf(Locale.ROOT, "cores %d, java %s, load average at end %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
