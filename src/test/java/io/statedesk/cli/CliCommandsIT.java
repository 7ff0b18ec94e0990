package io.statedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithTestDatabase
class CliCommandsIT {

    private static final byte[] BINARY = {0, 1, 2, (byte) 0x80, (byte) 0xFE, (byte) 0xFF, '\n', '\r', 0x1A};

    @TempDir
    Path dir;

    private LocalTable table;
    private Path component;

    @BeforeEach
    void createTableAndComponent(DaprTables tables, TestDatabase db) {
        table = new LocalTable(tables.client(), tables.create());
        component = CliHarness.localComponent(dir, table.name(), db.endpoint(),
                "ttlAttributeName", LocalTable.TTL_ATTRIBUTE);
    }

    private CliHarness.Result run(String... args) {
        return runWithStdin(new byte[0], args);
    }

    private CliHarness.Result runWithStdin(byte[] stdin, String... args) {
        List<String> all = new ArrayList<>(List.of("--component", component.toString()));
        all.addAll(List.of(args));
        return CliHarness.runWithStdin(stdin, all.toArray(String[]::new));
    }

    // keys

    @Test
    void keys_listsStoredKeysWithTheirParts_asTheScanFindsThem() {
        table.putS("myapp||b", "1", "e1");
        table.putS("myapp||a", "1", "e2");
        table.putS("myapp||Counter||c1||count", "1", "e3");

        CliHarness.Result result = run("keys");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout().lines()).containsExactlyInAnyOrder(
                "myapp||Counter||c1||count\tactor app=myapp actorType=Counter actorId=c1 key=count",
                "myapp||a\tplain app=myapp key=a",
                "myapp||b\tplain app=myapp key=b");
    }

    @Test
    void keysSort_listsStoredKeysSorted_withTheirParts() {
        table.putS("myapp||b", "1", "e1");
        table.putS("myapp||a", "1", "e2");
        table.putS("myapp||Counter||c1||count", "1", "e3");

        CliHarness.Result result = run("keys", "--sort");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout().lines()).containsExactly(
                "myapp||Counter||c1||count\tactor app=myapp actorType=Counter actorId=c1 key=count",
                "myapp||a\tplain app=myapp key=a",
                "myapp||b\tplain app=myapp key=b");
    }

    @Test
    void keys_withAppIdAndPrefix_scanTheStoredPrefixOfThatApp() {
        table.putS("myapp||order-1", "1", "e1");
        table.putS("myapp||user-1", "1", "e2");
        table.putS("other||order-2", "1", "e3");

        CliHarness.Result result = run("keys", "--app-id", "myapp", "--prefix", "order-");

        assertThat(result.stdout().lines()).containsExactly("myapp||order-1\tplain app=myapp key=order-1");
    }

    @Test
    void keys_json_isOneJsonArray_andNothingElseOnStdout() throws Exception {
        for (int i = 0; i < 5; i++) {
            table.putS("myapp||k" + i, "1", "e" + i);
        }

        CliHarness.Result result = run("keys", "--output", "json", "--limit", "3");

        assertThat(result.exitCode()).isZero();
        JsonNode keys = ItemJson.MAPPER.readTree(result.stdout());
        assertThat(keys.isArray()).isTrue();
        assertThat(keys).hasSize(3);
        assertThat(keys.get(0).get("appId").asText()).isEqualTo("myapp");
        assertThat(result.stdout().strip()).doesNotContain("\n");
    }

    // get

    @Test
    void get_json_hasEveryField_withNumbersExactlyAsStored() throws Exception {
        String stored = "{\"amount\":12345678901234567890.000000000001,\"tiny\":1e-30,\"name\":\"Zoë\"}";
        long ttl = Instant.now().getEpochSecond() + 3600;
        table.put("myapp||order-1", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(stored),
                "9c1f0e6a2b7d4c31", ttl);

        CliHarness.Result result = run("get", "myapp||order-1", "--output", "json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).endsWith("\n").containsOnlyOnce("\n");
        assertThat(result.stdout()).contains("\"value\":" + stored + ",");
        JsonNode json = ItemJson.MAPPER.readTree(result.stdout());
        assertThat(json.get("key").asText()).isEqualTo("myapp||order-1");
        assertThat(json.get("storage").asText()).isEqualTo("S");
        assertThat(Base64.getDecoder().decode(json.get("valueBase64").asText()))
                .isEqualTo(stored.getBytes(StandardCharsets.UTF_8));
        assertThat(json.get("etag").asText()).isEqualTo("9c1f0e6a2b7d4c31");
        assertThat(json.get("ttlExpireTime").asText()).isEqualTo(Instant.ofEpochSecond(ttl).toString());
        assertThat(json.get("expired").asBoolean()).isFalse();
    }

    @Test
    void get_json_ofBinary_hasNullValue_andTheExactBytesInBase64() throws Exception {
        table.putB("myapp||blob", BINARY, "e1");

        CliHarness.Result result = run("get", "myapp||blob", "--output", "json");

        JsonNode json = ItemJson.MAPPER.readTree(result.stdout());
        assertThat(json.get("storage").asText()).isEqualTo("B");
        assertThat(json.get("value").isNull()).isTrue();
        assertThat(Base64.getDecoder().decode(json.get("valueBase64").asText())).isEqualTo(BINARY);
    }

    @Test
    void get_raw_writesExactlyTheValueBytes_andNothingElse() {
        table.putB("myapp||blob", BINARY, "e1");

        CliHarness.Result result = run("get", "myapp||blob", "--output", "raw");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdoutBytes()).isEqualTo(BINARY);
    }

    @Test
    void get_raw_ofText_writesItsUtf8Bytes_withoutANewline() {
        table.putS("myapp||greeting", "\"héllo\"", "e1");

        CliHarness.Result result = run("get", "myapp||greeting", "--output", "raw");

        assertThat(result.stdoutBytes()).isEqualTo("\"héllo\"".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void get_text_showsEtagStorageAndIndentedJson() {
        table.putS("myapp||order-1", "{\"a\":[1,2.50]}", "e1");

        CliHarness.Result result = run("get", "myapp||order-1");

        assertThat(result.stdout()).contains("etag:     e1", "storage:  S", "\"a\": [", "2.50");
    }

    @Test
    void get_ofMissingKey_exitsFour_withOneLineOnStderr_andNothingOnStdout() {
        CliHarness.Result result = run("get", "myapp||nothing", "--output", "json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(result.stdoutBytes()).isEmpty();
        assertThat(result.stderr().strip()).startsWith("error: no item with key 'myapp||nothing'")
                .doesNotContain("\n");
    }

    @Test
    void get_ofExpiredItem_exitsFour_likeDapr_butIncludeExpiredShowsIt() throws Exception {
        table.put("myapp||old", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("1"), "e1",
                Instant.now().getEpochSecond() - 60);

        CliHarness.Result dapr = run("get", "myapp||old");
        CliHarness.Result browse = run("get", "myapp||old", "--include-expired", "--output", "json");

        assertThat(dapr.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(browse.exitCode()).isZero();
        assertThat(ItemJson.MAPPER.readTree(browse.stdout()).get("expired").asBoolean()).isTrue();
    }

    @Test
    void get_withAppId_buildsTheStoredKeyWithTheComponentsKeyPrefix(TestDatabase db) throws Exception {
        table.putS("myapp||order-1", "1", "e1");
        table.putS("statestore||order-1", "2", "e2");
        Path byName = CliHarness.localComponent(Files.createDirectories(dir.resolve("byname")), table.name(),
                db.endpoint(), "keyPrefix", "name");

        CliHarness.Result appId = run("get", "--app-id", "myapp", "order-1", "--output", "raw");
        CliHarness.Result name = CliHarness.run("--component", byName.toString(),
                "get", "--app-id", "myapp", "order-1", "--output", "raw");

        assertThat(appId.stdout()).isEqualTo("1");
        assertThat(name.stdout()).isEqualTo("2");
    }

    @Test
    void get_withAppId_andAKeyContainingTheSeparator_isAUsageError() {
        CliHarness.Result result = run("get", "--app-id", "myapp", "a||b");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr()).contains("can't contain '||'");
    }

    // set

    @Test
    void set_writesTheValueAsS_andPrintsTheNewEtag() {
        CliHarness.Result result = run("set", "myapp||order-1", "{\"qty\":2}");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(table.valueText("myapp||order-1")).isEqualTo("{\"qty\":2}");
        assertThat(result.stdout().strip()).isEqualTo(table.item("myapp||order-1").get("etag").s());
    }

    @Test
    void set_fromFileAsB_storesTheExactBytes() throws Exception {
        Path file = Files.write(dir.resolve("value.bin"), BINARY);

        CliHarness.Result result = run("set", "myapp||blob", "--file", file.toString(), "--storage", "B");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(table.item("myapp||blob").get("value").b().asByteArray()).isEqualTo(BINARY);
    }

    @Test
    void set_fromStdin_storesTheExactBytes() {
        CliHarness.Result result = runWithStdin("line1\nline2\n".getBytes(StandardCharsets.UTF_8),
                "set", "myapp||text", "--stdin");

        assertThat(result.exitCode()).isZero();
        assertThat(table.valueText("myapp||text")).isEqualTo("line1\nline2\n");
    }

    @Test
    void set_withoutStorage_keepsTheStorageOfTheExistingItem() {
        table.putB("myapp||blob", BINARY, "e1");

        run("set", "myapp||blob", "new");

        assertThat(table.item("myapp||blob").get("value").b().asUtf8String()).isEqualTo("new");
    }

    @Test
    void set_withCurrentEtag_writes() {
        table.putS("myapp||k", "old", "e1");

        CliHarness.Result result = run("set", "myapp||k", "new", "--etag", "e1");

        assertThat(result.exitCode()).isZero();
        assertThat(table.valueText("myapp||k")).isEqualTo("new");
    }

    @Test
    void set_withStaleEtag_exitsThree_andChangesNothing() {
        table.putS("myapp||k", "old", "e2");
        var before = table.item("myapp||k");

        CliHarness.Result result = run("set", "myapp||k", "new", "--etag", "e1");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr().strip()).startsWith("error: ").doesNotContain("\n");
        assertThat(table.item("myapp||k")).isEqualTo(before);
    }

    @Test
    void set_firstWrite_onAnExistingItem_exitsThree_andChangesNothing() {
        table.putS("myapp||k", "old", "e1");

        CliHarness.Result result = run("set", "myapp||k", "new", "--first-write");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(table.valueText("myapp||k")).isEqualTo("old");
    }

    @Test
    void set_withTtl_storesTheEpoch() {
        long before = Instant.now().getEpochSecond();

        run("set", "myapp||k", "v", "--ttl", "3600");

        long ttl = Long.parseLong(table.item("myapp||k").get(LocalTable.TTL_ATTRIBUTE).n());
        assertThat(ttl).isBetween(before + 3600, Instant.now().getEpochSecond() + 3600);
    }

    @Test
    void set_withBadTtl_exitsOne_andWritesNothing() {
        CliHarness.Result result = run("set", "myapp||k", "v", "--ttl", "soon");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.stderr()).contains("ttlInSeconds");
        assertThat(table.exists("myapp||k")).isFalse();
    }

    @Test
    void set_ofNonUtf8BytesAsS_isRefused() throws Exception {
        Path file = Files.write(dir.resolve("value.bin"), BINARY);

        CliHarness.Result result = run("set", "myapp||k", "--file", file.toString(), "--storage", "S");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(table.exists("myapp||k")).isFalse();
    }

    // delete

    @Test
    void delete_removesTheItem() {
        table.putS("myapp||k", "v", "e1");

        CliHarness.Result result = run("delete", "myapp||k");

        assertThat(result.exitCode()).isZero();
        assertThat(table.exists("myapp||k")).isFalse();
    }

    @Test
    void delete_withStaleEtag_exitsThree_andKeepsTheItem() {
        table.putS("myapp||k", "v", "e2");

        CliHarness.Result result = run("delete", "myapp||k", "--etag", "e1");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(table.exists("myapp||k")).isTrue();
    }

    @Test
    void delete_ofAMissingKey_succeeds_asInDapr() {
        assertThat(run("delete", "myapp||nothing").exitCode()).isZero();
    }
}
