package io.statedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** keys/export --where, diff and copy on the command line, against the test database. */
@WithTestDatabase
class CliSearchDiffCopyIT {

    @TempDir
    Path dir;

    private LocalTable left;
    private LocalTable right;
    private Path leftComponent;
    private Path rightComponent;

    @BeforeEach
    void tables(DaprTables tables, TestDatabase db) throws Exception {
        left = new LocalTable(tables.client(), tables.create());
        right = new LocalTable(tables.client(), tables.create());
        leftComponent = CliHarness.localComponent(Files.createDirectories(dir.resolve("left")), left.name(),
                db.endpoint());
        rightComponent = CliHarness.localComponent(Files.createDirectories(dir.resolve("right")), right.name(),
                db.endpoint());
        left.putS("shop||1", "{\"status\":\"pending\",\"items\":[{\"qty\":12}]}", "a1");
        left.putS("shop||2", "{\"status\":\"shipped\"}", "a2");
        left.putS("shop||3", "not json, but pending", "a3");
        left.putB("shop||4", new byte[] {0, 1, 2}, "a4");
        left.putB("shop||5", "{\"status\":\"pending\"}".getBytes(StandardCharsets.UTF_8), "a5");
    }

    private CliHarness.Result run(String... args) {
        return CliHarness.run(args);
    }

    private static List<String> lines(CliHarness.Result result) {
        return Arrays.stream(result.stdout().split("\n")).filter(line -> !line.isBlank()).toList();
    }

    @Test
    void keysWhere_listsTheKeysWhoseJsonMatches_andSaysWhatItSkipped() {
        CliHarness.Result result = run("--component", leftComponent.toString(), "keys", "--where",
                "status == 'pending'");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(lines(result)).extracting(line -> line.split("\t")[0])
                .containsExactlyInAnyOrder("shop||1", "shop||5");
        assertThat(result.stderr()).contains("matched 2 of 5 items examined; 1 binary and 1 not JSON values skipped");
    }

    @Test
    void keysValueContains_findsTextInAnyValueThatIsText() {
        CliHarness.Result result = run("--component", leftComponent.toString(), "keys", "--value-contains",
                "pending", "--output", "json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("\"shop||1\"").contains("\"shop||3\"").contains("\"shop||5\"")
                .doesNotContain("\"shop||2\"");
    }

    @Test
    void exportWhere_writesOnlyTheMatchingItems_inTheImportFormat() throws Exception {
        Path file = dir.resolve("stuck.jsonl");
        CliHarness.Result result = run("--component", leftComponent.toString(), "export", "--where",
                "items[?qty > `10`]", "--file", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        List<String> exported = Files.readAllLines(file);
        assertThat(exported).hasSize(1);
        assertThat(ItemJson.MAPPER.readTree(exported.get(0)).get("key").asText()).isEqualTo("shop||1");
    }

    @Test
    void aWhereThatIsNotJmesPath_isAUsageError_sayingHowToWriteIt() {
        CliHarness.Result result = run("--component", leftComponent.toString(), "keys", "--where",
                "$.status == 'pending'");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr()).contains("--where: not a JMESPath expression").contains("write status == "
                + "'pending'");
        assertThat(result.stdout()).isEmpty();
    }

    @Test
    void diff_printsJsonLinesOfTheDifferences_andExitsOne_thenZeroOnceEqual() throws Exception {
        right.putS("shop||1", "{ \"items\": [ {\"qty\": 12} ], \"status\": \"pending\" }", "b1");
        right.putS("shop||2", "{\"status\":\"cancelled\"}", "b2");
        right.putS("shop||9", "{}", "b9");

        CliHarness.Result result = run("diff", "--component", leftComponent.toString(), "--component",
                rightComponent.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        List<String> lines = lines(result);
        JsonNode summary = ItemJson.MAPPER.readTree(lines.get(lines.size() - 1)).get("summary");
        assertThat(summary.get("onlyLeft").asInt()).isEqualTo(3);
        assertThat(summary.get("onlyRight").asInt()).isEqualTo(1);
        assertThat(summary.get("different").asInt()).isEqualTo(1);
        assertThat(summary.get("same").asInt()).isEqualTo(1);
        assertThat(summary.get("equal").asBoolean()).isFalse();
        JsonNode different = lines.stream().map(CliSearchDiffCopyIT::json)
                .filter(node -> "shop||2".equals(node.path("key").asText())).findFirst().orElseThrow();
        assertThat(different.get("status").asText()).isEqualTo("different");
        assertThat(different.get("left").get("etag").asText()).isEqualTo("a2");
        assertThat(different.get("right").get("etag").asText()).isEqualTo("b2");
        assertThat(result.stderr()).contains("compared: 3 only left, 1 only right, 1 different, 1 same");

        CliHarness.Result same = run("diff", "--component", leftComponent.toString(), "--component",
                leftComponent.toString(), "--prefix", "shop||", "--prefix", "shop||");
        assertThat(same.exitCode()).as(same.toString()).isZero();
        assertThat(lines(same)).singleElement().asString().contains("\"equal\":true");
    }

    @Test
    void diff_ofOneComponentWithItself_withoutTwoPrefixes_isAUsageError() {
        CliHarness.Result result = run("--component", leftComponent.toString(), "diff");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr()).contains("give --component twice, or --prefix twice");
    }

    @Test
    void copyFromDiff_etagChecked_writesWhatIsUnchanged_andReportsAWriteMadeSinceTheDiff() throws Exception {
        right.putS("shop||2", "{\"status\":\"cancelled\"}", "b2");
        CliHarness.Result diff = run("diff", "--component", leftComponent.toString(), "--component",
                rightComponent.toString(), "--prefix", "shop||");
        Path diffFile = dir.resolve("d.jsonl");
        Files.writeString(diffFile, diff.stdout());
        right.putS("shop||2", "{\"status\":\"changed meanwhile\"}", "b2-new");
        right.putS("shop||3", "created meanwhile", "b3");

        CliHarness.Result copy = run("--component", leftComponent.toString(), "copy", "--to",
                rightComponent.toString(), "--from-diff", diffFile.toString(), "--mode", "etag-checked");

        assertThat(copy.exitCode()).as(copy.toString()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(copy.stdout()).contains("conflict\tshop||2\tchanged in the target since it was compared")
                .contains("conflict\tshop||3\tcreated in the target since it was compared")
                .contains("written\tshop||1").contains("copied: 3 written, 2 conflict");
        assertThat(right.valueText("shop||2")).isEqualTo("{\"status\":\"changed meanwhile\"}");
        assertThat(right.valueText("shop||3")).isEqualTo("created meanwhile");
        assertThat(right.valueBytes("shop||4")).containsExactly(0, 1, 2);
    }

    @Test
    void copyDryRun_withARewrite_saysWhatItWouldDo_andWritesNothing() {
        CliHarness.Result result = run("--component", leftComponent.toString(), "copy", "--to",
                rightComponent.toString(), "--prefix", "shop||", "--rewrite", "shop||=shop-v2||", "--dry-run");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("would create\tshop||1 -> shop-v2||1\tnew key")
                .contains("dry run: 5 keys looked at, nothing written (mode create-only)");
        assertThat(right.exists("shop-v2||1")).isFalse();
    }

    @Test
    void copy_intoATargetThatIsNotLocal_isRefusedBeforeAnyWrite() {
        Path remote = CliHarness.component(dir, "remote.yaml", "remote", right.name(),
                "http://dynamodb.example.invalid:8000", "");

        CliHarness.Result result = run("--component", leftComponent.toString(), "copy", "--to", remote.toString(),
                "shop||1");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.stderr()).contains("--allow-writes");
        assertThat(right.exists("shop||1")).isFalse();
    }

    private static JsonNode json(String line) {
        try {
            return ItemJson.MAPPER.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
