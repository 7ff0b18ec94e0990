package io.statedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.statedesk.sandbox.DynoxideBinary;
import io.statedesk.sandbox.DynoxideServer;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.FaultProxy;
import io.statedesk.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The database process killed (SIGKILL) in the middle of an import and of a bulk delete, right after it applied a
 * write and before its answer left: the command reports the key in doubt, and after the database is back (same data
 * file, as after a crash) the same command completes. Runs its own dynoxide on a data file, never the run's shared one.
 */
class DatabaseKilledIT {

    @TempDir
    Path dir;

    private DynoxideServer server;
    private FaultProxy proxy;
    private Path data;
    private Path settings;
    private String table;

    @BeforeEach
    void startPrivateDatabase() throws IOException {
        var binary = DynoxideBinary.locate().path();
        assumeTrue(binary.isPresent(), "needs the build's dynoxide (target/dynoxide)");
        data = dir.resolve("dynoxide.db");
        server = DynoxideServer.start(binary.get(), DynoxideServer.freeLoopbackPort(), data, dir.resolve("db.log"));
        proxy = FaultProxy.inFrontOf(server.endpoint());
        try (DynamoDbClient client = TestDatabase.newClient(server.endpoint())) {
            table = new DaprTablesOn(client).create();
        }
        settings = Files.writeString(dir.resolve("settings.properties"), "timeout.connect.seconds = 1\n"
                + "timeout.attempt.seconds = 1\ntimeout.total.seconds = 5\nretry.max.attempts = 3\n");
    }

    @AfterEach
    void stop() {
        if (proxy != null) {
            proxy.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private void killDatabase() {
        ProcessHandle.of(server.serverPid()).ifPresent(ProcessHandle::destroyForcibly);
        ProcessHandle.of(server.serverPid()).ifPresent(p -> p.onExit().join());
    }

    private void restartDatabase() {
        server.close();
        server = DynoxideServer.start(DynoxideBinary.locate().path().orElseThrow(), DynoxideServer.freeLoopbackPort(),
                data, dir.resolve("db.log"));
        proxy.upstream(server.endpoint());
    }

    private CliHarness.Result run(String... args) {
        Path component = CliHarness.localComponent(dir, table, proxy.endpoint());
        List<String> all = new ArrayList<>(List.of("--component", component.toString()));
        all.addAll(List.of(args));
        return CliHarness.run(c -> c.withEnvironment(Map.of("STATEDESK_SETTINGS", settings.toString())),
                new byte[0], all.toArray(String[]::new));
    }

    private boolean exists(String key) {
        try (DynamoDbClient client = TestDatabase.newClient(server.endpoint())) {
            return client.getItem(b -> b.tableName(table).key(Map.of("key", AttributeValue.fromS(key)))
                    .consistentRead(true)).hasItem();
        }
    }

    @Test
    void import_databaseKilledAfterApplyingAWrite_reportsThatKey_thenTheRerunCompletes() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            lines.append("{\"key\":\"myapp||k").append(i).append("\",\"storage\":\"B\",\"valueBase64\":\"")
                    .append(Base64.getEncoder().encodeToString(("v" + i).getBytes(StandardCharsets.UTF_8)))
                    .append("\"}\n");
        }
        Path file = Files.writeString(dir.resolve("in.jsonl"), lines.toString());
        proxy.afterApplying("PutItem", 4, this::killDatabase);

        CliHarness.Result first = run("import", file.toString());

        assertThat(first.exitCode()).as(first.toString()).isEqualTo(ExitCodes.OUTCOME_UNKNOWN);
        assertThat(first.stderr()).contains("unknown: line 5: key 'myapp||k4'", "outcome unknown", "resume:");
        assertThat(first.stdout()).contains("imported 4 of 8 items", "1 with unknown outcome", "stopped at line 5");

        restartDatabase();
        assertThat(exists("myapp||k4")).as("the write the database applied before it died").isTrue();
        CliHarness.Result rerun = run("import", file.toString());

        assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
        assertThat(rerun.stdout()).contains("imported 3 of 8 items", "5 already there with the same value",
                "0 conflicts");
        for (int i = 0; i < 8; i++) {
            assertThat(exists("myapp||k" + i)).as("k" + i).isTrue();
        }
    }

    @Test
    void delete_databaseKilledAfterApplying_isUnknown_thenTheSameDeleteSucceeds() {
        try (DynamoDbClient client = TestDatabase.newClient(server.endpoint())) {
            client.putItem(b -> b.tableName(table).item(Map.of("key", AttributeValue.fromS("myapp||d"),
                    "value", AttributeValue.fromS("1"), "etag", AttributeValue.fromS("e1"))));
        }
        proxy.afterApplying("DeleteItem", 0, this::killDatabase);

        CliHarness.Result first = run("delete", "myapp||d", "--etag", "e1");

        assertThat(first.exitCode()).as(first.toString()).isEqualTo(ExitCodes.OUTCOME_UNKNOWN);
        assertThat(first.stderr()).contains("key 'myapp||d'", "repeating this ETag-checked delete is safe");

        restartDatabase();
        // What the message says to do: read the key. The delete had been applied before the database died.
        assertThat(run("get", "myapp||d").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(exists("myapp||d")).isFalse();
        // The window and the command line work again: the same kind of delete on another item succeeds.
        try (DynamoDbClient client = TestDatabase.newClient(server.endpoint())) {
            client.putItem(b -> b.tableName(table).item(Map.of("key", AttributeValue.fromS("myapp||d2"),
                    "value", AttributeValue.fromS("1"), "etag", AttributeValue.fromS("e2"))));
        }
        assertThat(run("delete", "myapp||d2", "--etag", "e2").exitCode()).isZero();
    }

    /** {@link DaprTables} for a client of this test's own server. */
    private static final class DaprTablesOn {
        private final DynamoDbClient client;

        DaprTablesOn(DynamoDbClient client) {
            this.client = client;
        }

        String create() {
            String name = "dapr-killed-" + System.nanoTime();
            client.createTable(b -> b.tableName(name)
                    .billingMode(software.amazon.awssdk.services.dynamodb.model.BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(a -> a.attributeName("key")
                            .attributeType(software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("key")
                            .keyType(software.amazon.awssdk.services.dynamodb.model.KeyType.HASH)));
            return name;
        }
    }
}
