package io.statedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.statedesk.dapr.encryption.EncryptionKey;
import io.statedesk.dapr.encryption.StateCipher;
import io.statedesk.dapr.workflow.WorkflowActorType;
import io.statedesk.dapr.workflow.WorkflowRecordsBuilder;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.testing.LocalSecretFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@code statedesk workflows list|show|purge} and {@code get --decrypt} on a local table. */
@WithTestDatabase
class CliWorkflowsIT {

    private static final WorkflowActorType ORDERS = WorkflowActorType.workflow("default", "orders");
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
    private static final String KEY_HEX = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    @TempDir
    Path dir;
    private LocalTable table;
    private String component;

    @BeforeEach
    void fill(TestDatabase db, DaprTables tables, DynamoDbClient client) throws Exception {
        table = new LocalTable(client, tables.create());
        put(WorkflowRecordsBuilder.instance(ORDERS, "o-1").started("OrderWorkflow", "{\"n\":1}", T)
                .activityScheduled(0, "Reserve", "{\"sku\":\"A1\"}", T.plusSeconds(1))
                .activityCompleted(0, "{\"ok\":true}", T.plusSeconds(2))
                .completed("{\"done\":true}", T.plusSeconds(3)).customStatus("shipped").records());
        put(WorkflowRecordsBuilder.instance(ORDERS, "o-2").started("OrderWorkflow", null, T)
                .activityScheduled(0, "ChargeCard", null, T.plusSeconds(1))
                .activityFailed(0, "PaymentDeclined", "card expired", T.plusSeconds(2))
                .failed("PaymentDeclined", "card expired", T.plusSeconds(3)).records());
        put(WorkflowRecordsBuilder.instance(WorkflowActorType.workflow("default", "shipping"), "s-1")
                .started("ShipmentWorkflow", "{}", T).timerCreated(0, T.plusSeconds(3600), T.plusSeconds(1))
                .pendingEvent("PickedUp", "{\"parcel\":1}", T.plusSeconds(5)).records());
        LocalSecretFiles.write(dir, "{\"statekey\":\"" + KEY_HEX + "\"}");
        CliHarness.component(dir, "statestore.yaml", "statestore", table.name(), db.endpoint().toString(), """
                  - name: primaryEncryptionKey
                    secretKeyRef:
                      name: statekey
                      key: statekey
                auth:
                  secretStore: localsecrets
                """);
        component = dir.toString();
    }

    private void put(Map<String, byte[]> records) {
        records.forEach((key, value) -> table.putB(key, value, Long.toHexString(key.hashCode() & 0xffffffL)));
    }

    @Test
    void list_showsEveryInstanceWithItsStatus_andFiltersByStatusAndName() throws Exception {
        CliHarness.Result text = CliHarness.run("--component", component, "workflows", "list");
        CliHarness.Result failed = CliHarness.run("--component", component, "workflows", "list", "--status",
                "failed", "--output", "json");
        CliHarness.Result named = CliHarness.run("--component", component, "workflows", "list", "--name", "shipment",
                "--output", "json");

        assertThat(text.exitCode()).as(text.toString()).isZero();
        assertThat(text.stdout()).contains("o-1", "COMPLETED", "o-2", "FAILED", "s-1", "RUNNING");
        JsonNode only = ItemJson.MAPPER.readTree(failed.stdout());
        assertThat(only).hasSize(1);
        assertThat(only.get(0).path("instanceId").asText()).isEqualTo("o-2");
        assertThat(only.get(0).path("failureDetails").path("errorMessage").asText()).isEqualTo("card expired");
        assertThat(ItemJson.MAPPER.readTree(named.stdout()).get(0).path("inboxLength").asInt()).isEqualTo(1);
    }

    @Test
    void show_printsTheDecodedHistory_andJsonCarriesEachRecord() throws Exception {
        CliHarness.Result text = CliHarness.run("--component", component, "workflows", "show", "o-2");
        CliHarness.Result json = CliHarness.run("--component", component, "workflows", "show", "s-1", "--app-id",
                "shipping", "--namespace", "default", "--output", "json");

        assertThat(text.exitCode()).as(text.toString()).isZero();
        assertThat(text.stdout()).contains("status:     FAILED", "Activity scheduled: ChargeCard",
                "Activity failed", "PaymentDeclined: card expired");
        JsonNode s1 = ItemJson.MAPPER.readTree(json.stdout());
        assertThat(s1.path("runtimeStatus").asText()).isEqualTo("RUNNING");
        assertThat(s1.path("inbox").get(0).path("title").asText()).isEqualTo("External event: PickedUp");
        assertThat(s1.path("inbox").get(0).path("payloads").path("data").asText()).isEqualTo("{\"parcel\":1}");
        assertThat(s1.path("history").get(1).path("key").asText())
                .isEqualTo("shipping||dapr.internal.default.shipping.workflow||s-1||history-000001");
        assertThat(s1.path("history").get(1).path("valueBase64").asText()).isNotEmpty();
    }

    @Test
    void show_ofAnUnknownInstance_exitsWithNotFound() {
        CliHarness.Result result = CliHarness.run("--component", component, "workflows", "show", "nope");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(result.stderr()).contains("no workflow instance 'nope'");
    }

    @Test
    void purge_refusesARunningInstance_unlessForced() {
        CliHarness.Result refused = CliHarness.run("--component", component, "workflows", "purge", "s-1");

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(refused.stderr()).contains("RUNNING").contains("Force");
        assertThat(table.exists("shipping||dapr.internal.default.shipping.workflow||s-1||metadata")).isTrue();

        CliHarness.Result forced = CliHarness.run("--component", component, "workflows", "purge", "s-1", "--force");
        assertThat(forced.exitCode()).as(forced.toString()).isZero();
        assertThat(table.exists("shipping||dapr.internal.default.shipping.workflow||s-1||metadata")).isFalse();
    }

    @Test
    void purge_deletesEveryRecord_andTheInstanceIsGone() throws Exception {
        CliHarness.Result purged = CliHarness.run("--component", component, "workflows", "purge", "o-1",
                "--app-id", "orders", "--output", "json");

        assertThat(purged.exitCode()).as(purged.toString()).isZero();
        assertThat(ItemJson.MAPPER.readTree(purged.stdout()).path("deleted").asInt()).isEqualTo(7);
        assertThat(table.itemsWithoutEtags().keySet()).noneMatch(k -> k.contains("||o-1||"));
        assertThat(CliHarness.run("--component", component, "workflows", "show", "o-1").exitCode())
                .isEqualTo(ExitCodes.NOT_FOUND);
    }

    @Test
    void purge_onAnEndpointThatIsNotLocal_isRefusedBeforeAnyRequest() {
        CliHarness.Result result = CliHarness.run("--component", component, "--endpoint",
                "https://dynamodb.eu-west-1.amazonaws.com", "workflows", "purge", "o-1");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.stderr()).contains("write refused before any request").contains("--allow-writes");
    }

    @Test
    void getDecrypt_opensWhatDaprdEncrypted_asJsonRawAndText() throws Exception {
        StateCipher daprd = new StateCipher(EncryptionKey.fromHex("statekey", KEY_HEX), null);
        table.putB("myapp||card", daprd.encrypt("{\"last4\":\"4242\"}".getBytes(StandardCharsets.UTF_8)), "e1");

        CliHarness.Result json = CliHarness.run("--component", component, "get", "myapp||card", "--decrypt",
                "--output", "json");
        CliHarness.Result raw = CliHarness.run("--component", component, "get", "myapp||card", "--decrypt",
                "--output", "raw");
        CliHarness.Result text = CliHarness.run("--component", component, "get", "myapp||card", "--decrypt");

        JsonNode node = ItemJson.MAPPER.readTree(json.stdout());
        assertThat(node.path("encryptionKey").asText()).isEqualTo("statekey");
        assertThat(node.path("decrypted").path("last4").asText()).isEqualTo("4242");
        assertThat(node.path("value").asText()).endsWith("||statekey");
        assertThat(new String(raw.stdoutBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"last4\":\"4242\"}");
        assertThat(text.stdout()).contains("decrypted with key 'statekey'").contains("\"last4\": \"4242\"");
    }

    @Test
    void getDecrypt_saysWhyWhenItCannot() {
        StateCipher other = new StateCipher(EncryptionKey.fromHex("otherkey", KEY_HEX), null);
        table.putB("myapp||foreign", other.encrypt(new byte[] {1}), "e1");
        table.putS("myapp||plain", "\"hello\"", "e2");

        CliHarness.Result foreign = CliHarness.run("--component", component, "get", "myapp||foreign", "--decrypt");
        CliHarness.Result plain = CliHarness.run("--component", component, "get", "myapp||plain", "--decrypt");

        assertThat(foreign.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(foreign.stderr()).contains("key 'otherkey'").contains("secondaryEncryptionKey");
        assertThat(plain.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(plain.stderr()).contains("not in daprd's encrypted form");
    }
}
