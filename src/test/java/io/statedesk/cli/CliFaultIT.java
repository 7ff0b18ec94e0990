package io.statedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.testing.DaprTables;
import io.statedesk.testing.FaultProxy;
import io.statedesk.testing.FaultProxy.Fault;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
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

/**
 * The command line over a fault proxy (issue 13): every write's outcome told truly, per key; reads that fail say so
 * and leave nothing half-done; the same command succeeds after recovery. The settings file gives the client short
 * limits, as a user may.
 */
@WithTestDatabase
class CliFaultIT {

    @TempDir
    Path dir;

    private FaultProxy proxy;
    private LocalTable table;
    private Path component;
    private Path settings;

    @BeforeEach
    void setUp(DaprTables tables, TestDatabase db) throws IOException {
        table = new LocalTable(tables.client(), tables.create());
        proxy = FaultProxy.inFrontOf(db.endpoint());
        component = CliHarness.localComponent(dir, table.name(), proxy.endpoint());
        settings = Files.writeString(dir.resolve("settings.properties"), "timeout.connect.seconds = 1\n"
                + "timeout.attempt.seconds = 1\ntimeout.total.seconds = 6\nretry.max.attempts = 3\n");
    }

    @AfterEach
    void tearDown() {
        proxy.close();
    }

    private CliHarness.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--component", component.toString()));
        all.addAll(List.of(args));
        return CliHarness.run(c -> c.withEnvironment(Map.of("STATEDESK_SETTINGS", settings.toString())),
                new byte[0], all.toArray(String[]::new));
    }

    private String storedEtag(String key) {
        var item = table.item(key);
        return item.isEmpty() ? null : item.get("etag").s();
    }

    @Test
    void setWithEtag_answerLost_exits0_withTheEtagItStored() {
        table.putS("myapp||k", "1", "e1");
        proxy.on("PutItem", Fault.DROP_RESPONSE_AFTER_APPLY, 1);

        CliHarness.Result result = run("set", "myapp||k", "2", "--etag", "e1");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout().strip()).isEqualTo(storedEtag("myapp||k"));
    }

    @Test
    void setFirstWrite_answerLost_exits0() {
        proxy.on("PutItem", Fault.DROP_RESPONSE_AFTER_APPLY, 1);

        CliHarness.Result result = run("set", "myapp||new", "1", "--first-write", "--storage", "S");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout().strip()).isEqualTo(storedEtag("myapp||new"));
    }

    @Test
    void deleteWithEtag_answerLost_exits0() {
        table.putS("myapp||k", "1", "e1");
        proxy.on("DeleteItem", Fault.DROP_RESPONSE_AFTER_APPLY, 1);

        CliHarness.Result result = run("delete", "myapp||k", "--etag", "e1");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(table.item("myapp||k")).isEmpty();
    }

    @Test
    void set_onAServerError_isNeverWordedCouldNotReach() {
        table.putS("myapp||k", "1", "e1");
        proxy.on("PutItem", Fault.ANSWER_500, 10);

        CliHarness.Result result = run("set", "myapp||k", "2", "--etag", "e1");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.stderr()).contains("server error", "nothing was written")
                .doesNotContain("could not reach");
    }

    @Test
    void set_againstAHangingEndpoint_isUnknown_exit6_namesTheKey_theLimits_andWhatToDo() {
        table.putS("myapp||k", "1", "e1");
        proxy.on("*", Fault.HANG, 100);

        CliHarness.Result result = run("set", "myapp||k", "2", "--etag", "e1", "--storage", "S");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.OUTCOME_UNKNOWN);
        assertThat(result.stderr()).contains("key 'myapp||k'", "outcome unknown", "is safe",
                "1 s per attempt", "at most 3 attempts", "--timeout").doesNotContain("\tat ");
        assertThat(result.stderr().strip().lines()).hasSize(1);

        proxy.heal();
        assertThat(run("set", "myapp||k", "2", "--etag", "e1").exitCode()).isZero();
    }

    @Test
    void get_againstAHangingEndpoint_failsWithinTheLimits_sayingWhichLimits() {
        proxy.on("*", Fault.HANG, 100);

        CliHarness.Result result = run("get", "myapp||k");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.stderr()).contains("no answer in time", "limits: connect 1 s, 1 s per attempt, 6 s in all");
    }

    @Test
    void get_constantlyThrottled_failsAfterTheConfiguredAttempts() {
        proxy.on("*", Fault.THROTTLE, 100);

        CliHarness.Result result = run("get", "myapp||k");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.stderr()).contains("throttled", "3 attempts");
        assertThat(proxy.count("GetItem")).isEqualTo(3);
    }

    @Test
    void import_withLostAnswers_writesAndReportsEveryKey() throws IOException {
        Path lines = exportFile(5);
        proxy.on("PutItem", Fault.DROP_RESPONSE_AFTER_APPLY, 2);

        CliHarness.Result result = run("import", lines.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("imported 5 of 5 items");
        for (int i = 0; i < 5; i++) {
            assertThat(table.item("myapp||k" + i)).isNotEmpty();
        }
    }

    @Test
    void import_whenTheConnectionDiesMidway_reportsTheUnknownKey_andARerunResumes() throws IOException {
        Path lines = exportFile(6);
        // The 4th write is applied, its answer lost, and from then on every request hangs: the 4th key is in doubt.
        proxy.afterApplying("PutItem", 3, () -> proxy.on("*", Fault.HANG, 1000));

        CliHarness.Result first = run("import", lines.toString());
        proxy.heal();

        assertThat(first.exitCode()).as(first.toString()).isEqualTo(ExitCodes.OUTCOME_UNKNOWN);
        assertThat(first.stderr()).contains("unknown: line 4: key 'myapp||k3'", "resume:", "--mode create-only");
        assertThat(first.stdout()).contains("imported 3 of 6 items", "1 with unknown outcome",
                "stopped at line 4");

        CliHarness.Result rerun = run("import", lines.toString());

        assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
        assertThat(rerun.stdout()).contains("imported", "0 conflicts");
        for (int i = 0; i < 6; i++) {
            assertThat(table.item("myapp||k" + i)).as("k" + i).isNotEmpty();
        }
    }

    @Test
    void export_whenScansFail_writesNoFile_andSucceedsAfterRecovery() throws IOException {
        table.putS("myapp||a", "1", "e1");
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, "the previous export\n");
        proxy.on("Scan", Fault.ANSWER_500, 100);

        CliHarness.Result failed = run("export", "--file", out.toString());

        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(failed.stderr()).contains("server error").doesNotContain("could not reach");
        assertThat(Files.readString(out)).isEqualTo("the previous export\n");
        assertThat(dir.resolve("out.jsonl.part")).doesNotExist();

        proxy.heal();
        assertThat(run("export", "--file", out.toString()).exitCode()).isZero();
        assertThat(Files.readString(out)).contains("myapp||a");
    }

    @Test
    void keys_whenTheConnectionIsReset_failsInOneLine_andSucceedsAfterRecovery() {
        table.putS("myapp||a", "1", "e1");
        proxy.on("Scan", Fault.RESET_BEFORE_FORWARD, 100);

        CliHarness.Result failed = run("keys");

        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(failed.stderr().strip().lines()).hasSize(1);

        proxy.heal();
        CliHarness.Result recovered = run("keys");
        assertThat(recovered.exitCode()).isZero();
        assertThat(recovered.stdout()).contains("myapp||a");
    }

    private Path exportFile(int items) throws IOException {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items; i++) {
            out.append("{\"key\":\"myapp||k").append(i).append("\",\"storage\":\"S\",\"valueBase64\":\"")
                    .append(Base64.getEncoder().encodeToString(("v" + i).getBytes(StandardCharsets.UTF_8)))
                    .append("\"}\n");
        }
        return Files.writeString(dir.resolve("in.jsonl"), out.toString());
    }
}
