package io.statedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.dynamodb.DynamoDbStateStores;
import io.statedesk.engine.error.EtagMismatchException;
import io.statedesk.engine.model.SetRequest;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.Storage;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Lost updates (issue 13): engine threads, the command line (in this JVM and as separate processes) and raw writers
 * that write as daprd does race on two hot keys, each doing read, increment, ETag-checked write. Every acknowledged
 * increment must be in the final count, and the race must have produced conflicts. Pass or fail is decided by
 * counting, never by timing; the work is bounded (a fixed number of attempts per writer).
 */
@WithTestDatabase
class LostUpdateStressIT {

    private static final List<String> HOT_KEYS = List.of("hot||a", "hot||b");
    private static final int ENGINE_THREADS = 4;
    private static final int ENGINE_ATTEMPTS = 25;
    private static final int DAPRD_THREADS = 2;
    private static final int DAPRD_ATTEMPTS = 25;
    private static final int CLI_ATTEMPTS = 6;
    private static final int PROCESS_ATTEMPTS = 2;

    @TempDir
    Path dir;

    private final Map<String, LongAdder> acknowledged = new ConcurrentHashMap<>();
    private final LongAdder conflicts = new LongAdder();
    private final SecureRandom random = new SecureRandom();

    @Test
    void racingWriters_loseNoAcknowledgedIncrement_andDoConflict(DaprTables tables, TestDatabase db)
            throws Exception {
        String table = tables.create();
        DynamoDbClient client = db.client();
        ExecutorService io = Executors.newFixedThreadPool(4);
        StateStore engine = DynamoDbStateStores.create(StoreConfig.of(table), client, io);
        for (String key : HOT_KEYS) {
            engine.set(SetRequest.lastWrite(key, "0".getBytes(StandardCharsets.UTF_8), Storage.S));
            acknowledged.put(key, new LongAdder());
        }
        Path component = CliHarness.localComponent(dir, table, db.endpoint());
        // All engine threads read the same version of the first key before any writes: at least 3 conflicts.
        CyclicBarrier firstRound = new CyclicBarrier(ENGINE_THREADS);

        ExecutorService writers = Executors.newFixedThreadPool(ENGINE_THREADS + DAPRD_THREADS + 2);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < ENGINE_THREADS; t++) {
            running.add(writers.submit(() -> engineWriter(engine, firstRound)));
        }
        for (int t = 0; t < DAPRD_THREADS; t++) {
            running.add(writers.submit(() -> daprdWriter(client, table)));
        }
        running.add(writers.submit(() -> commandLineWriter(component)));
        running.add(writers.submit(() -> processWriter(component)));
        for (Future<?> writer : running) {
            writer.get(10, TimeUnit.MINUTES);
        }
        writers.shutdown();
        io.shutdown();

        long lost = 0;
        for (String key : HOT_KEYS) {
            long finalCount = Long.parseLong(new String(engine.browse(key).orElseThrow().value(),
                    StandardCharsets.UTF_8));
            lost += acknowledged.get(key).sum() - finalCount;
            assertThat(finalCount).as("final count of %s equals the acknowledged increments", key)
                    .isEqualTo(acknowledged.get(key).sum());
        }
        long total = HOT_KEYS.stream().mapToLong(k -> acknowledged.get(k).sum()).sum();
        System.out.printf("lost-update stress: %d acknowledged increments, %d conflicts, %d lost%n", total,
                conflicts.sum(), lost);
        assertThat(lost).isZero();
        assertThat(conflicts.sum()).as("conflicts").isGreaterThanOrEqualTo(ENGINE_THREADS - 1);
    }

    private void engineWriter(StateStore store, CyclicBarrier firstRound) {
        for (int i = 0; i < ENGINE_ATTEMPTS; i++) {
            String key = HOT_KEYS.get(i % HOT_KEYS.size());
            StateItem read = store.browse(key).orElseThrow();
            if (i == 0) {
                await(firstRound);
            }
            long next = Long.parseLong(new String(read.value(), StandardCharsets.UTF_8)) + 1;
            try {
                store.set(SetRequest.lastWrite(key, Long.toString(next).getBytes(StandardCharsets.UTF_8), Storage.S)
                        .withEtag(read.etag()));
                acknowledged.get(key).increment();
            } catch (EtagMismatchException e) {
                conflicts.increment();
            }
        }
    }

    /** Writes exactly as daprd's component does: GetItem, then PutItem with {@code etag = :etag} and a new ETag. */
    private void daprdWriter(DynamoDbClient client, String table) {
        for (int i = 0; i < DAPRD_ATTEMPTS; i++) {
            String key = HOT_KEYS.get((i + 1) % HOT_KEYS.size());
            Map<String, AttributeValue> item = client.getItem(b -> b.tableName(table)
                    .key(Map.of("key", AttributeValue.fromS(key))).consistentRead(true)).item();
            long next = Long.parseLong(item.get("value").s()) + 1;
            String etag = Long.toUnsignedString(random.nextLong(), 16);
            try {
                client.putItem(b -> b.tableName(table)
                        .item(Map.of("key", AttributeValue.fromS(key), "value",
                                AttributeValue.fromS(Long.toString(next)), "etag", AttributeValue.fromS(etag)))
                        .conditionExpression("etag = :etag")
                        .expressionAttributeValues(Map.of(":etag", item.get("etag"))));
                acknowledged.get(key).increment();
            } catch (ConditionalCheckFailedException e) {
                conflicts.increment();
            }
        }
    }

    private void commandLineWriter(Path component) {
        for (int i = 0; i < CLI_ATTEMPTS; i++) {
            String key = HOT_KEYS.get(i % HOT_KEYS.size());
            CliHarness.Result got = CliHarness.run("--component", component.toString(), "get", key,
                    "--output", "json", "--consistency", "strong");
            assertThat(got.exitCode()).as(got.toString()).isZero();
            Versioned read = parse(got.stdout());
            CliHarness.Result set = CliHarness.run("--component", component.toString(), "set", key,
                    Long.toString(read.count() + 1), "--etag", read.etag(), "--storage", "S");
            count(key, set.exitCode(), set.toString());
        }
    }

    /** The same increments through separate JVM processes running the shipped launcher. */
    private void processWriter(Path component) {
        for (int i = 0; i < PROCESS_ATTEMPTS; i++) {
            String key = HOT_KEYS.get(i % HOT_KEYS.size());
            ProcessResult got = launch(component, "get", key, "--output", "json", "--consistency", "strong");
            assertThat(got.exitCode()).as(got.output()).isZero();
            Versioned read = parse(got.output());
            ProcessResult set = launch(component, "set", key, Long.toString(read.count() + 1), "--etag", read.etag(),
                    "--storage", "S");
            count(key, set.exitCode(), set.output());
        }
    }

    private void count(String key, int exitCode, String output) {
        if (exitCode == ExitCodes.OK) {
            acknowledged.get(key).increment();
        } else {
            assertThat(exitCode).as(output).isEqualTo(ExitCodes.CONFLICT);
            conflicts.increment();
        }
    }

    private record Versioned(long count, String etag) {
    }

    private static Versioned parse(String json) {
        try {
            JsonNode node = ItemJson.MAPPER.readTree(json);
            String value = new String(Base64.getDecoder().decode(node.get("valueBase64").asText()),
                    StandardCharsets.UTF_8);
            return new Versioned(Long.parseLong(value), node.get("etag").asText());
        } catch (IOException e) {
            throw new AssertionError("not the JSON of get: " + json, e);
        }
    }

    private record ProcessResult(int exitCode, String output) {
    }

    private static ProcessResult launch(Path component, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "io.statedesk.app.Launcher",
                "--component", component.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the command line did not finish: " + command);
            }
            return new ProcessResult(process.exitValue(), output);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(2, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new AssertionError("the first round did not line up", e);
        }
    }
}
