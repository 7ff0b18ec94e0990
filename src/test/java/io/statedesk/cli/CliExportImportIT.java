package io.statedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@WithTestDatabase
class CliExportImportIT {

    @TempDir
    Path dir;

    private LocalTable source;
    private LocalTable target;
    private Path sourceComponent;
    private Path targetComponent;

    @BeforeEach
    void createTables(DaprTables tables, TestDatabase db) throws Exception {
        source = new LocalTable(tables.client(), tables.create());
        target = new LocalTable(tables.client(), tables.create());
        sourceComponent = CliHarness.localComponent(Files.createDirectories(dir.resolve("source")), source.name(),
                db.endpoint(), "ttlAttributeName", LocalTable.TTL_ATTRIBUTE);
        targetComponent = CliHarness.localComponent(Files.createDirectories(dir.resolve("target")), target.name(),
                db.endpoint(), "ttlAttributeName", LocalTable.TTL_ATTRIBUTE);
    }

    private void fillSource() {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        long now = Instant.now().getEpochSecond();
        source.putS("myapp||json", "{\"n\":12345678901234567890.5,\"s\":\"Zoë \\u2028 <&>\",\"e\":1E+400}", "e1");
        source.putS("myapp||text", "line1\nline2\ttab ☃", "e2");
        source.putS("myapp||empty-s", "", "e3");
        source.putB("myapp||binary", random, "e4");
        source.putB("myapp||empty-b", new byte[0], "e5");
        source.put("myapp||ttl", AttributeValue.fromS("\"expires later\""), "e6", now + 86_400);
        source.put("myapp||expired", AttributeValue.fromB(software.amazon.awssdk.core.SdkBytes.fromByteArray(
                new byte[] {1, 2, 3})), "e7", now - 3600);
        source.putB("myapp||Counter||c1||count", "42".getBytes(StandardCharsets.UTF_8), "e8");
        source.putS("legacy-without-etag", "\"old\"", null);
    }

    @Test
    void exportThenImport_intoAnEmptyTable_givesByteIdenticalItems_etagsAside() {
        fillSource();
        Path export = dir.resolve("state.jsonl");

        CliHarness.Result exported = CliHarness.run("--component", sourceComponent.toString(),
                "export", "--file", export.toString());
        CliHarness.Result imported = CliHarness.run("--component", targetComponent.toString(),
                "import", export.toString());

        assertThat(exported.exitCode()).as(exported.toString()).isZero();
        assertThat(exported.stderr()).contains("exported 9 items");
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.stdout()).contains("imported 9 of 9 items");
        assertThat(target.itemsWithoutEtags()).isEqualTo(source.itemsWithoutEtags());
        assertThat(target.item("legacy-without-etag")).containsKey("etag");
    }

    @Test
    void export_toStdout_isOneJsonObjectPerLine_withTheTtlEpoch() throws Exception {
        long ttl = Instant.now().getEpochSecond() + 600;
        source.put("myapp||a", AttributeValue.fromS("{\"x\":\n 1}"), "e1", ttl);
        source.putB("myapp||b", new byte[] {(byte) 0xFF}, "e2");

        CliHarness.Result result = CliHarness.run("--component", sourceComponent.toString(), "export");

        assertThat(result.exitCode()).isZero();
        List<String> lines = result.stdout().lines().toList();
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            JsonNode item = ItemJson.MAPPER.readTree(line);
            assertThat(item.fieldNames()).toIterable().containsExactly("key", "storage", "valueBase64", "value",
                    "etag", "ttlExpireTime", "expired", "ttl");
        }
        JsonNode a = lines.stream().map(this::parse).filter(n -> n.get("key").asText().equals("myapp||a"))
                .findFirst().orElseThrow();
        assertThat(a.get("ttl").asLong()).isEqualTo(ttl);
        assertThat(a.get("value").get("x").asInt()).isEqualTo(1);
    }

    @Test
    void export_withAppId_exportsOnlyThatApp() {
        source.putS("myapp||a", "1", "e1");
        source.putS("other||b", "2", "e2");

        CliHarness.Result result = CliHarness.run("--component", sourceComponent.toString(),
                "export", "--app-id", "myapp");

        assertThat(result.stdout().lines()).hasSize(1).allMatch(l -> l.contains("\"key\":\"myapp||a\""));
    }

    @Test
    void import_fromStdin_writes() {
        String line = "{\"key\":\"myapp||k\",\"storage\":\"S\",\"valueBase64\":\"aGk=\"}\n";

        CliHarness.Result result = CliHarness.runWithStdin(line.getBytes(StandardCharsets.UTF_8),
                "--component", targetComponent.toString(), "import", "-");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(target.valueText("myapp||k")).isEqualTo("hi");
    }

    @Test
    void import_createOnly_skipsExistingKeys_exitsThree_andKeepsThem() throws Exception {
        target.putS("myapp||k", "theirs", "t1");
        Path file = Files.writeString(dir.resolve("in.jsonl"),
                "{\"key\":\"myapp||k\",\"storage\":\"S\",\"valueBase64\":\"bWluZQ==\"}\n"
                        + "{\"key\":\"myapp||new\",\"storage\":\"S\",\"valueBase64\":\"bWluZQ==\"}\n");

        CliHarness.Result result = CliHarness.run("--component", targetComponent.toString(), "import",
                file.toString(), "--mode", "create-only");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(result.stderr()).contains("conflict: line 1: key 'myapp||k'");
        assertThat(target.valueText("myapp||k")).isEqualTo("theirs");
        assertThat(target.valueText("myapp||new")).isEqualTo("mine");
    }

    @Test
    void import_overwrite_replacesExistingKeys() throws Exception {
        target.putS("myapp||k", "theirs", "t1");
        Path file = Files.writeString(dir.resolve("in.jsonl"),
                "{\"key\":\"myapp||k\",\"storage\":\"S\",\"valueBase64\":\"bWluZQ==\"}\n");

        CliHarness.Result result = CliHarness.run("--component", targetComponent.toString(), "import",
                file.toString(), "--mode", "overwrite");

        assertThat(result.exitCode()).isZero();
        assertThat(target.valueText("myapp||k")).isEqualTo("mine");
    }

    @Test
    void import_etagChecked_writesOnlyItemsThatStillHaveTheExportedEtag() throws Exception {
        target.putS("myapp||same", "old", "t1");
        target.putS("myapp||changed", "changed meanwhile", "t9");
        Path file = Files.writeString(dir.resolve("in.jsonl"),
                "{\"key\":\"myapp||same\",\"storage\":\"S\",\"valueBase64\":\"bWluZQ==\",\"etag\":\"t1\"}\n"
                        + "{\"key\":\"myapp||changed\",\"storage\":\"S\",\"valueBase64\":\"bWluZQ==\",\"etag\":\"t2\"}\n");

        CliHarness.Result result = CliHarness.run("--component", targetComponent.toString(), "import",
                file.toString(), "--mode", "etag-checked");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(target.valueText("myapp||same")).isEqualTo("mine");
        assertThat(target.valueText("myapp||changed")).isEqualTo("changed meanwhile");
    }

    @Test
    void import_dryRun_writesNothing_andSaysWhatItWouldDo() throws Exception {
        Path file = Files.writeString(dir.resolve("in.jsonl"),
                "{\"key\":\"myapp||k\",\"storage\":\"B\",\"valueBase64\":\"AAE=\"}\n");

        CliHarness.Result result = CliHarness.run("--component", targetComponent.toString(), "import",
                file.toString(), "--dry-run");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("would write 'myapp||k' (B, 2 bytes)", "nothing written");
        assertThat(target.itemsWithoutEtags()).isEmpty();
    }

    @Test
    void import_ofAFileWithManyBadLines_listsTheFirstHundred_andCountsTheRest() throws Exception {
        StringBuilder lines = new StringBuilder("{\"key\":\"myapp||good\",\"storage\":\"S\",\"valueBase64\":\"aGk=\"}\n");
        for (int i = 0; i < 150; i++) {
            lines.append("not json ").append(i).append('\n');
        }
        Path file = Files.writeString(dir.resolve("in.jsonl"), lines);

        CliHarness.Result result = CliHarness.run("--component", targetComponent.toString(), "import",
                file.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.stderr().lines().filter(l -> l.startsWith("invalid: line "))).hasSize(100);
        assertThat(result.stderr()).contains("invalid: 50 more lines", "150 invalid lines in", "nothing written");
        assertThat(target.itemsWithoutEtags()).isEmpty();
    }

    @Test
    void import_ofAFileWithABadLine_writesNothing_andExitsOne() throws Exception {
        Path file = Files.writeString(dir.resolve("in.jsonl"),
                "{\"key\":\"myapp||good\",\"storage\":\"S\",\"valueBase64\":\"aGk=\"}\n"
                        + "{\"key\":\"myapp||bad\",\"storage\":\"S\",\"valueBase64\":\"%%%\"}\n");

        CliHarness.Result result = CliHarness.run("--component", targetComponent.toString(), "import",
                file.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.stderr()).contains("invalid: line 2: key 'myapp||bad'", "nothing written");
        assertThat(target.itemsWithoutEtags()).isEmpty();
    }

    @Test
    void import_landsTheExactTtlEpoch_evenWhenOurClockDiffersFromTheEngines() throws Exception {
        long ttl = Instant.now().getEpochSecond() + 1000;
        Path file = Files.writeString(dir.resolve("in.jsonl"),
                "{\"key\":\"myapp||k\",\"storage\":\"S\",\"valueBase64\":\"aGk=\",\"ttl\":" + ttl + "}\n");
        Clock fiveSecondsBehind = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-5));

        CliHarness.Result result = CliHarness.run(context -> context.withClock(fiveSecondsBehind), new byte[0],
                "--component", targetComponent.toString(), "import", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(target.item("myapp||k").get(LocalTable.TTL_ATTRIBUTE).n()).isEqualTo(Long.toString(ttl));
    }

    private JsonNode parse(String line) {
        try {
            return ItemJson.MAPPER.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
