package io.statedesk.bench;

import io.statedesk.cli.CliContext;
import io.statedesk.cli.CommandLineMain;
import io.statedesk.component.aws.CredentialPlanner;
import io.statedesk.component.aws.DynamoDbClientFactory;
import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.component.yaml.ComponentFileReader;
import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.dynamodb.DynamoDbStateStores;
import io.statedesk.engine.model.SetRequest;
import io.statedesk.sandbox.LocalCredentials;
import io.statedesk.testing.BulkLoad;
import io.statedesk.testing.TestDatabase;
import io.statedesk.ui.common.TaskRunner;
import io.statedesk.ui.keys.KeyRow;
import io.statedesk.ui.keys.KeyTableViewModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
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
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Issue 19's measurements on one realistic table (not part of {@code verify}; docs/benchmarks.md):
 * {@code ./mvnw -B -q -Pbench test-compile exec:exec -Dbench.main=io.statedesk.bench.MillionKeysBenchmark
 * -Dbench.items=1000000 -Dbench.rounds=4}.
 *
 * <p>Loads N Dapr items (5 apps; plain state, actor state and workflow records; values 100 B to 10 KB, log-uniform,
 * half S half B) into the test database, then in rounds whose order is reversed every other round (ABBA): the raw
 * SDK's keys-only and full parallel Scan against {@code keys} and {@code export} (run in this JVM, output counted and
 * dropped), and the window's listing through {@link KeyTableViewModel} on the real scan path with its heap per key
 * after a full GC. Once: filter latency and the longest UI-thread turn while typing, first rows, exact-key lookup,
 * connecting, get/set against the raw SDK, and fresh-JVM cold starts of {@code --help} and {@code keys}.
 */
public final class MillionKeysBenchmark {

    private static final int ITEMS = Integer.getInteger("bench.items", 1_000_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 4);
    /** Above this many items a cold `keys` is stopped after its first line (a whole listing is one of the rounds). */
    private static final int WHOLE_COLD_LISTING_UP_TO = 200_000;
    /**
     * Segments of the raw scans and of the window's listing (-Dbench.segments). The command line, like the app,
     * scans a local endpoint with one (decision 0034); dynoxide reads the whole table for each page of a parallel
     * segment, so at 1,000,000 items only -Dbench.segments=1 finishes in reasonable time.
     */
    private static final int SEGMENTS = Integer.getInteger("bench.segments", 4);
    private static final int PAGE_SIZE = 1000;
    private static final String TABLE = "dapr-million";
    private static final String[] APPS = {"checkout", "billing", "inventory", "shipping", "notify"};

    private static volatile long serverPid = -1;

    private MillionKeysBenchmark() {
    }

    private record Run(long items, double seconds, double cpuSeconds) {
        double perSecond() {
            return items / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("statedesk-bench");
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
            System.out.printf(Locale.ROOT, "N=%,d rounds=%d segments=%d cores=%d java %s, load average %s%n", ITEMS,
                    ROUNDS, SEGMENTS,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage());
            client.createTable(b -> b.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("key")
                            .attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("key").keyType(KeyType.HASH).build()));
            long loadStart = System.nanoTime();
            long bytes = load(client, io);
            System.out.printf(Locale.ROOT, "loaded %,d items (%,d value bytes) in %.1f s, load average %s%n", ITEMS,
                    bytes, (System.nanoTime() - loadStart) / 1e9, loadAverage());
            Path component = component(dir, server.endpoint().toString());
            StateStore store = DynamoDbStateStores.create(StoreConfig.of(TABLE), client, io,
                    DynamoDbStateStores.DEFAULT_BULK_PARALLELISM, SEGMENTS);

            Map<String, Supplier<Run>> runs = new LinkedHashMap<>();
            runs.put("raw keys-only Scan", () -> rawScan(client, true));
            runs.put("statedesk keys", () -> cli(component, "keys"));
            runs.put("raw full Scan", () -> rawScan(client, false));
            runs.put("statedesk export", () -> cli(component, "export"));
            runs.put("window listing", () -> window(store).run());
            Map<String, List<Run>> results = new LinkedHashMap<>();
            runs.keySet().forEach(name -> results.put(name, new ArrayList<>()));
            List<String> names = new ArrayList<>(runs.keySet());
            for (int round = 1; round <= ROUNDS; round++) {
                List<String> order = new ArrayList<>(names);
                if (round % 2 == 0) {
                    java.util.Collections.reverse(order);
                }
                for (String name : order) {
                    Run run = runs.get(name).get();
                    results.get(name).add(run);
                    System.out.printf(Locale.ROOT, "  round %d %-20s %6.2f s  %,9.0f items/s  cpu %.1f s%n", round,
                            name, run.seconds(), run.perSecond(), run.cpuSeconds());
                }
                System.out.printf(Locale.ROOT, "round %d done, load average %s%n", round, loadAverage());
            }
            report(results);
            windowDetails(store);
            getSet(client, store);
            connect(server.endpoint().toString());
            coldStarts(component);
            System.out.printf(Locale.ROOT, "load average at end %s%n", loadAverage());
            io.shutdownNow();
        }
    }

    // ---- the table ----

    /** Values 100 B to 10 KB, log-uniform; half S (JSON), half B; keys of 5 apps, plain, actor and workflow. */
    private static long load(DynamoDbClient client, ExecutorService io) throws Exception {
        byte[] noise = new byte[12_000];
        new Random(7).nextBytes(noise);
        String text = "{\"id\":1,\"status\":\"ACTIVE\",\"note\":\"" + "lorem ipsum dolor sit amet ".repeat(450);
        AtomicLong bytes = new AtomicLong();
        BulkLoad.parallel(client, TABLE, ITEMS, 4, io, i -> {
            // each item's size from its own index: the same table whatever the number of writers
            int size = (int) (100 * Math.pow(100, new java.util.SplittableRandom(i).nextDouble()));
            bytes.addAndGet(size);
            AttributeValue value = i % 2 == 0
                    ? AttributeValue.fromS(text.substring(0, size - 2) + "\"}")
                    : AttributeValue.fromB(SdkBytes.fromByteArray(java.util.Arrays.copyOfRange(noise, i % 1000,
                            i % 1000 + size)));
            return Map.of(
                    "key", AttributeValue.fromS(keyOf(i)),
                    "value", value,
                    "etag", AttributeValue.fromS(new java.util.UUID(i * 0x9E3779B97F4A7C15L, i).toString()));
        });
        return bytes.get();
    }

    /** 60 % plain state, 30 % actor state (10 keys an actor), 10 % workflow records. */
    static String keyOf(int i) {
        String app = APPS[i % APPS.length];
        int kind = i % 10;
        if (kind < 6) {
            return String.format(Locale.ROOT, "%s||order-%07d", app, i);
        }
        if (kind < 9) {
            return String.format(Locale.ROOT, "%s||CartActor||cart-%06d||item-%07d", app, i / 10, i);
        }
        return String.format(Locale.ROOT, "%s||dapr.internal.default.%s.workflow||wf-%07d||history-%06d", app, app,
                i / 10, i);
    }


    private static Path component(Path dir, String endpoint) throws IOException {
        Path file = dir.resolve("statestore.yaml");
        Files.writeString(file, "apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: statestore\n"
                + "spec:\n  type: state.aws.dynamodb\n  version: v1\n  metadata:\n"
                + "  - name: table\n    value: \"" + TABLE + "\"\n"
                + "  - name: endpoint\n    value: \"" + endpoint + "\"\n"
                + "  - name: region\n    value: \"" + LocalCredentials.REGION + "\"\n"
                + "  - name: accessKey\n    value: \"" + LocalCredentials.ACCESS_KEY + "\"\n"
                + "  - name: secretKey\n    value: \"" + LocalCredentials.SECRET_KEY + "\"\n");
        return file;
    }

    // ---- the runs ----

    private static Run rawScan(DynamoDbClient client, boolean keysOnly) {
        return timed(() -> {
            AtomicLong items = new AtomicLong();
            List<Thread> threads = new ArrayList<>();
            for (int s = 0; s < SEGMENTS; s++) {
                int segment = s;
                Thread thread = new Thread(() -> {
                    Map<String, AttributeValue> start = null;
                    do {
                        Map<String, AttributeValue> from = start;
                        ScanResponse page = client.scan(b -> {
                            b.tableName(TABLE).limit(PAGE_SIZE);
                            if (SEGMENTS > 1) {
                                b.segment(segment).totalSegments(SEGMENTS);
                            }
                            if (keysOnly) {
                                b.projectionExpression("#pk").expressionAttributeNames(Map.of("#pk", "key"));
                            }
                            if (from != null) {
                                b.exclusiveStartKey(from);
                            }
                        });
                        items.addAndGet(page.count());
                        start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
                                ? page.lastEvaluatedKey() : null;
                    } while (start != null);
                });
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            return items.get();
        });
    }

    /** The command in this JVM, its output counted and dropped (as a pipe to wc would). */
    private static Run cli(Path component, String command) {
        return timed(() -> {
            AtomicLong lines = new AtomicLong();
            OutputStream sink = new OutputStream() {
                @Override
                public void write(int b) {
                    if (b == '\n') {
                        lines.incrementAndGet();
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    for (int i = off; i < off + len; i++) {
                        if (b[i] == '\n') {
                            lines.incrementAndGet();
                        }
                    }
                }
            };
            PrintWriter out = new PrintWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8), true);
            StringWriter errText = new StringWriter();
            PrintWriter err = new PrintWriter(errText, true);
            int code = CommandLineMain.run(new String[] {"--component", component.toString(), command},
                    CliContext.textOnly(out, err).withStdout(sink, out));
            out.flush();
            if (code != 0) {
                throw new IllegalStateException(command + " failed: " + errText);
            }
            return lines.get();
        });
    }

    private static Run timed(Callable<Long> work) {
        try {
            long cpu = cpuNanos();
            long start = System.nanoTime();
            long items = work.call();
            long end = System.nanoTime();
            if (items != ITEMS) {
                throw new IllegalStateException("saw " + items + " of " + ITEMS);
            }
            return new Run(items, (end - start) / 1e9, (cpuNanos() - cpu) / 1e9);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the window, headless: the view model on the real scan path, a thread standing in for the UI thread ----

    /** Runs background work on a pool and UI work on one thread, timing each UI turn. */
    static final class BenchRunner implements TaskRunner {
        final ExecutorService background = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bench-task");
            t.setDaemon(true);
            return t;
        });
        final ScheduledExecutorService ui = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-ui");
            t.setDaemon(true);
            return t;
        });
        final AtomicLong longestTurnNanos = new AtomicLong();

        private Runnable timedTurn(Runnable action) {
            return () -> {
                long start = System.nanoTime();
                try {
                    action.run();
                } finally {
                    longestTurnNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
                }
            };
        }

        @Override
        public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess,
                Consumer<? super Throwable> onFailure) {
            AtomicBoolean cancelled = new AtomicBoolean();
            Future<?> future = background.submit(() -> {
                try {
                    T result = work.call();
                    if (!cancelled.get()) {
                        ui.execute(timedTurn(() -> onSuccess.accept(result)));
                    }
                } catch (Exception | Error e) {
                    ui.execute(timedTurn(() -> onFailure.accept(e)));
                }
            });
            return new Cancellable() {
                @Override
                public void cancel() {
                    cancelled.set(true);
                    future.cancel(true);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled.get();
                }
            };
        }

        @Override
        public void onUiThread(Runnable action) {
            ui.execute(timedTurn(action));
        }

        @Override
        public void later(Runnable action) {
            ui.execute(timedTurn(action));
        }

        @Override
        public void later(long delayMillis, Runnable action) {
            ui.schedule(timedTurn(action), delayMillis, TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() {
            background.shutdownNow();
            ui.shutdownNow();
        }

        <T> T onUi(Callable<T> work) {
            try {
                return ui.submit(work).get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** One listing: the model, its runner, and the times to the first rows and to the last. */
    private record Listing(KeyTableViewModel model, BenchRunner runner, double firstRowsSeconds, double seconds,
            double cpuSeconds) {
        Run run() {
            runner.close();
            return new Run(ITEMS, seconds, cpuSeconds);
        }
    }

    private static Supplier<Listing> listingOf(StateStore store) {
        return () -> {
            BenchRunner runner = new BenchRunner();
            KeyTableViewModel model = runner.onUi(() -> new KeyTableViewModel(() -> store, runner));
            CountDownLatch first = new CountDownLatch(1);
            runner.onUi(() -> {
                model.visibleRows().addListener((ListChangeListener<KeyRow>) change -> first.countDown());
                return null;
            });
            long cpu = cpuNanos();
            long start = System.nanoTime();
            runner.onUi(() -> {
                model.refresh();
                return null;
            });
            try {
                first.await();
                long firstRows = System.nanoTime();
                while (runner.onUi(() -> model.scanningProperty().get() || model.loadedProperty().get() < ITEMS)) {
                    Thread.sleep(5);
                }
                long end = System.nanoTime();
                return new Listing(model, runner, (firstRows - start) / 1e9, (end - start) / 1e9,
                        (cpuNanos() - cpu) / 1e9);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static Listing window(StateStore store) {
        return listingOf(store).get();
    }

    private static void windowDetails(StateStore store) throws Exception {
        System.out.println();
        long emptyHeap = usedHeapAfterGc();
        Listing listing = window(store);
        KeyTableViewModel model = listing.model();
        BenchRunner runner = listing.runner();
        // the sort at the end of the scan runs in the background: wait for the rows in order
        Thread.sleep(2_000);
        long fullHeap = usedHeapAfterGc();
        long keyStrings = runner.onUi(() -> {
            long sum = 0;
            for (KeyRow row : model.visibleRows()) {
                sum += stringBytes(row.storedKey());
            }
            return sum;
        });
        double perKey = (fullHeap - emptyHeap) / (double) ITEMS;
        double keyOwn = keyStrings / (double) ITEMS;
        System.out.printf(Locale.ROOT, "window: %,d keys, first rows %.0f ms after refresh, listed in %.2f s; heap "
                + "after a full GC %,d MB with the keys, %,d MB before: %.0f bytes a key, of which %.0f the key's "
                + "own string (%.0f beyond it)%n", runner.onUi(() -> model.visibleRows().size()),
                listing.firstRowsSeconds() * 1000, listing.seconds(), fullHeap >> 20, emptyHeap >> 20, perKey,
                keyOwn, perKey - keyOwn);

        // filter latency: typing a key's text, one keystroke each 60 ms, then until the rows are in place
        int target = ITEMS / 2 - ITEMS / 2 % 10;
        String typed = String.format(Locale.ROOT, "order-%07d", target);
        runner.longestTurnNanos.set(0);
        CountDownLatch filtered = new CountDownLatch(1);
        long[] lastKey = new long[1];
        long[] applied = new long[1];
        runner.onUi(() -> {
            model.visibleRows().addListener((ListChangeListener<KeyRow>) change -> {
                if (model.visibleRows().size() < 10) {
                    applied[0] = System.nanoTime();
                    filtered.countDown();
                }
            });
            return null;
        });
        for (int i = 1; i <= typed.length(); i++) {
            String text = typed.substring(0, i);
            runner.onUi(() -> {
                model.containsProperty().set(text);
                lastKey[0] = System.nanoTime();
                return null;
            });
            Thread.sleep(60);
        }
        filtered.await(60, TimeUnit.SECONDS);
        System.out.printf(Locale.ROOT, "filter: \"%s\" typed at 60 ms a key over %,d keys: rows in place %.0f ms "
                + "after the last keystroke (debounce included); longest UI-thread turn meanwhile %.1f ms; "
                + "%d rows shown%n", typed, ITEMS, (applied[0] - lastKey[0]) / 1e6,
                runner.longestTurnNanos.get() / 1e6, runner.onUi(() -> model.visibleRows().size()));
        runner.onUi(() -> {
            model.containsProperty().set("");
            return null;
        });
        Thread.sleep(500);

        // exact-key lookup
        List<Double> lookups = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String key = keyOf((i * 7919) % ITEMS);
            CountDownLatch found = new CountDownLatch(1);
            javafx.beans.value.ChangeListener<KeyRow> listener = (obs, old, now) -> {
                if (now != null) {
                    found.countDown();
                }
            };
            runner.onUi(() -> {
                model.lookedUpProperty().addListener(listener);
                return null;
            });
            long start = System.nanoTime();
            runner.onUi(() -> {
                model.lookUp(key);
                return null;
            });
            found.await(30, TimeUnit.SECONDS);
            lookups.add((System.nanoTime() - start) / 1e6);
            runner.onUi(() -> {
                model.lookedUpProperty().removeListener(listener);
                return null;
            });
        }
        System.out.printf(Locale.ROOT, "exact-key lookup (Enter): median %.1f ms, max %.1f ms over %d keys%n",
                median(lookups), lookups.stream().mapToDouble(d -> d).max().orElse(0), lookups.size());
        runner.close();
    }

    private static long stringBytes(String s) {
        // compressed oops: String 24 bytes; its Latin-1 byte[] 16 + length, rounded to 8
        return 24 + ((16 + s.length() + 7) & ~7);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    // ---- get/set in one JVM ----

    private static void getSet(DynamoDbClient client, StateStore store) {
        int ops = 1_000;
        List<Double> getRatio = new ArrayList<>();
        List<Double> setRatio = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            boolean rawFirst = round % 2 == 0;
            double rawGet = 0;
            double engineGet = 0;
            double rawSet = 0;
            double engineSet = 0;
            for (int side = 0; side < 2; side++) {
                boolean raw = (side == 0) == rawFirst;
                long start = System.nanoTime();
                for (int i = 0; i < ops; i++) {
                    String key = keyOf((i * 31 + round) % ITEMS);
                    if (raw) {
                        client.getItem(b -> b.tableName(TABLE).key(Map.of("key", AttributeValue.fromS(key))));
                    } else {
                        store.get(key);
                    }
                }
                double getSeconds = (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                for (int i = 0; i < ops; i++) {
                    String key = "bench||set-" + i;
                    if (raw) {
                        client.putItem(b -> b.tableName(TABLE).item(Map.of("key", AttributeValue.fromS(key),
                                "value", AttributeValue.fromS("{\"n\":1}"),
                                "etag", AttributeValue.fromS(java.util.UUID.randomUUID().toString()))));
                    } else {
                        store.set(SetRequest.lastWrite(key, "{\"n\":1}".getBytes(StandardCharsets.UTF_8),
                                io.statedesk.engine.model.Storage.S));
                    }
                }
                double setSeconds = (System.nanoTime() - start) / 1e9;
                if (raw) {
                    rawGet = getSeconds;
                    rawSet = setSeconds;
                } else {
                    engineGet = getSeconds;
                    engineSet = setSeconds;
                }
            }
            getRatio.add(engineGet / rawGet);
            setRatio.add(engineSet / rawSet);
        }
        System.out.printf(Locale.ROOT, "get/set in one JVM, %d ops a side, 4 ABBA rounds: engine time ÷ raw SDK time "
                + "get %.2fx, set %.2fx (medians)%n", ops, median(getRatio), median(setRatio));
    }

    // ---- connecting and cold starts ----

    private static void connect(String endpoint) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            // as the sandbox writes its component, less region and keys: the lookups issue 19 found slow
            DynamoDbComponentConfig config = DynamoDbComponentConfig.from(ComponentFileReader.parseText(
                    Path.of("statestore.yaml"), "apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n"
                    + "  name: statestore\nspec:\n  type: state.aws.dynamodb\n  version: v1\n  metadata:\n"
                    + "  - name: table\n    value: \"" + TABLE + "\"\n  - name: endpoint\n    value: \"" + endpoint
                    + "\"\n", false).components().get(0));
            try (DynamoDbClient client = DynamoDbClientFactory.create(config, CredentialPlanner.daprd(config))) {
                StateStore store = DynamoDbStateStores.create(StoreConfig.of(TABLE), client,
                        Executors.newSingleThreadExecutor());
                store.probe();
                store.checkTable();
            }
            times.add((System.nanoTime() - start) / 1e6);
        }
        System.out.printf(Locale.ROOT, "connect (client, probe, table check) to a local endpoint without region or "
                + "keys in the component: first %.0f ms, then median %.0f ms%n", times.get(0),
                median(times.subList(1, times.size())));
    }

    /** Fresh JVMs: --help, and keys to its first line and to the end, with the peak RSS of the process. */
    private static void coldStarts(Path component) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        for (String[] command : List.of(new String[] {"--help"},
                new String[] {"--component", component.toString(), "keys"})) {
            List<String> line = new ArrayList<>(List.of(java, "-cp", classpath, "io.statedesk.app.Launcher"));
            line.addAll(List.of(command));
            List<Double> first = new ArrayList<>();
            List<Double> total = new ArrayList<>();
            List<Long> rss = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                Process process = new ProcessBuilder(line).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                AtomicLong peak = new AtomicLong();
                Thread watcher = new Thread(() -> {
                    Path status = Path.of("/proc/" + process.pid() + "/status");
                    while (process.isAlive()) {
                        try {
                            for (String l : Files.readAllLines(status)) {
                                if (l.startsWith("VmHWM:")) {
                                    peak.set(Long.parseLong(l.replaceAll("\\D", "")));
                                }
                            }
                            Thread.sleep(20);
                        } catch (Exception ended) {
                            return;
                        }
                    }
                });
                watcher.setDaemon(true);
                watcher.start();
                long firstLine = 0;
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String read;
                    while ((read = out.readLine()) != null) {
                        if (firstLine == 0) {
                            firstLine = System.nanoTime();
                            if (ITEMS > WHOLE_COLD_LISTING_UP_TO) {
                                break; // the whole listing is measured in the rounds; here only the start counts
                            }
                        }
                    }
                }
                if (ITEMS > WHOLE_COLD_LISTING_UP_TO) {
                    process.destroy();
                }
                process.waitFor();
                long end = System.nanoTime();
                first.add((firstLine - start) / 1e6);
                total.add((end - start) / 1e6);
                rss.add(peak.get() / 1024);
            }
            System.out.printf(Locale.ROOT, "cold start `%s`: first line median %.0f ms, "
                    + (ITEMS > WHOLE_COLD_LISTING_UP_TO ? "stopped after it at" : "whole run") + " median %.0f ms, "
                    + "peak RSS %s MB (3 fresh JVMs)%n", String.join(" ", command).replace(component.toString(),
                    "statestore.yaml"), median(first), median(total), rss);
        }
    }

    // ---- figures ----

    private static void report(Map<String, List<Run>> results) {
        System.out.printf(Locale.ROOT, "%n| run over %,d items, %d rounds | median s | min–max s | median items/s "
                + "| ratio to raw (median of rounds) |%n|---|---:|---:|---:|---:|%n", ITEMS, ROUNDS);
        Map<String, String> against = Map.of("statedesk keys", "raw keys-only Scan", "window listing",
                "raw keys-only Scan", "statedesk export", "raw full Scan");
        results.forEach((name, runs) -> {
            List<Double> seconds = runs.stream().map(Run::seconds).toList();
            String ratio = "";
            if (against.containsKey(name)) {
                List<Run> base = results.get(against.get(name));
                List<Double> ratios = new ArrayList<>();
                for (int i = 0; i < runs.size(); i++) {
                    ratios.add(runs.get(i).perSecond() / base.get(i).perSecond());
                }
                ratio = String.format(Locale.ROOT, "%.1f %% of %s", 100 * median(ratios), against.get(name));
            }
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f – %.2f | %,.0f | %s |%n", name, median(seconds),
                    seconds.stream().mapToDouble(d -> d).min().orElse(0),
                    seconds.stream().mapToDouble(d -> d).max().orElse(0),
                    median(runs.stream().map(Run::perSecond).toList()), ratio);
        });
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static long cpuNanos() {
        long own = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getProcessCpuTime();
        long server = serverPid < 0 ? 0 : ProcessHandle.of(serverPid).flatMap(p -> p.info().totalCpuDuration())
                .map(java.time.Duration::toNanos).orElse(0L);
        return own + server;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
