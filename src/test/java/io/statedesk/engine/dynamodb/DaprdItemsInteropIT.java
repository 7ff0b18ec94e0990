package io.statedesk.engine.dynamodb;

import static io.statedesk.engine.dynamodb.EngineFixture.putRaw;
import static io.statedesk.engine.dynamodb.EngineFixture.raw;
import static io.statedesk.engine.dynamodb.EngineFixture.setB;
import static io.statedesk.engine.dynamodb.EngineFixture.setS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.model.Consistency;
import io.statedesk.engine.model.KeyPrefix;
import io.statedesk.engine.model.SetRequest;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.Storage;
import io.statedesk.engine.scan.ScanControl;
import io.statedesk.engine.scan.ScanRequest;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The shared interop vectors ({@code interop/daprd-items.json}): items as daprd writes them go into DynamoDB raw
 * through the SDK and must read back through the engine with every expected field; and items the engine writes
 * must satisfy the file's {@code writeRules} when read back raw.
 */
@WithTestDatabase
class DaprdItemsInteropIT {

    private static JsonNode file;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = DaprdItemsInteropIT.class.getResourceAsStream("/interop/daprd-items.json")) {
            file = new ObjectMapper().readTree(in);
        }
    }

    static Stream<Arguments> vectors() throws IOException {
        load();
        return StreamSupport.stream(file.get("vectors").spliterator(), false)
                .map(vector -> Arguments.of(vector.get("name").textValue(), vector));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static StoreConfig configFor(JsonNode component, String table) {
        return new StoreConfig(table, text(component, "partitionKey"), text(component, "ttlAttributeName"),
                KeyPrefix.fromMetadata(text(component, "keyPrefix")), null, false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void daprdItem_readsThroughTheEngine_withEveryExpectedField(String name, JsonNode vector, DaprTables tables,
            DynamoDbClient client) {
        JsonNode component = vector.get("component");
        StoreConfig probeConfig = configFor(component, "unused");
        // No table-level TTL: DynamoDB Local 3.3.1 would delete the ttl-expired vector (see DaprExtraCasesIT).
        String table = tables.create(probeConfig.partitionKey(), null);
        StoreConfig config = configFor(component, table);
        Map<String, AttributeValue> item = DynamoJson.item(vector.get("item"));
        putRaw(client, table, item);
        StateStore store = EngineFixture.store(client, config);
        String key = item.get(config.partitionKey()).s();
        JsonNode expect = vector.get("expect");
        boolean expired = expect.get("expired").booleanValue();

        if (expired) {
            // Dapr's Get treats it as absent; browsing shows it, marked expired, never as live.
            assertThat(store.get(key, Consistency.STRONG)).isEmpty();
            assertThat(store.get(key, Consistency.EVENTUAL)).isEmpty();
        } else {
            assertMatches(store.get(key, Consistency.STRONG).orElseThrow(), expect);
        }
        assertMatches(store.browse(key).orElseThrow(), expect);
        List<StateItem> scanned = new CopyOnWriteArrayList<>();
        store.scan(ScanRequest.all(), page -> scanned.addAll(page.items()), new ScanControl());
        assertThat(scanned).singleElement().satisfies(found -> assertMatches(found, expect));
    }

    private static void assertMatches(StateItem item, JsonNode expect) {
        var key = item.key();
        if (expect.has("appId")) {
            assertThat(key.appId()).as("appId").isEqualTo(text(expect, "appId"));
        }
        assertThat(key.actorType()).as("actorType").isEqualTo(text(expect, "actorType"));
        assertThat(key.actorId()).as("actorId").isEqualTo(text(expect, "actorId"));
        assertThat(key.stateKey()).as("stateKey").isEqualTo(text(expect, "stateKey"));
        if (expect.has("namespace")) {
            assertThat(key.namespace()).as("namespace").isEqualTo(text(expect, "namespace"));
        }
        if (expect.has("prefix")) {
            assertThat(key.prefix()).as("prefix").isEqualTo(text(expect, "prefix"));
        }
        assertThat(item.storage()).as("storage").hasToString(text(expect, "storage"));
        assertThat(item.value()).as("bytes").containsExactly(Base64.getDecoder().decode(text(expect, "bytesBase64")));
        assertThat(item.etag()).as("etag").isEqualTo(text(expect, "etag"));
        assertThat(item.ttlExpireTimeText().orElse(null)).as("ttlExpireTime").isEqualTo(text(expect, "ttlExpireTime"));
        assertThat(item.expired()).as("expired").isEqualTo(expect.get("expired").booleanValue());
        assertThat(item.problem()).as("problem").isNull();
    }

    // ---- the reverse: what the engine writes satisfies writeRules ----

    private static String etagPattern() {
        return file.get("writeRules").get("etagPattern").textValue();
    }

    static Stream<Arguments> writes() {
        return Stream.of(
                Arguments.of("S JSON text", "key", "expiresAt", setS("orders||greeting", "\"hello\""), false),
                Arguments.of("B bytes", "key", "expiresAt", setB("checkout||cart", new byte[] {0x08, -1, 0x01}), false),
                Arguments.of("S with TTL", "key", "expiresAt", setS("orders||s", "1").withTtlInSeconds("3600"), true),
                Arguments.of("B with TTL", "key", "expiresAt", setB("orders||b", new byte[] {1}).withTtlInSeconds("60"),
                        true),
                Arguments.of("TTL asked, none configured", "key", null, setS("orders||n", "1").withTtlInSeconds("60"),
                        false),
                Arguments.of("custom partition key", "pkey", null, setS("orders||o-1", "42"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void engineWrites_satisfyTheWriteRules(String name, String partitionKey, String ttlAttribute, SetRequest request,
            boolean ttlWritten, DaprTables tables, DynamoDbClient client) {
        String table = tables.create(partitionKey, ttlAttribute);
        StateStore store = EngineFixture.store(client, new StoreConfig(table, partitionKey, ttlAttribute, null, null,
                false));
        Set<String> etags = new HashSet<>();

        for (int write = 0; write < 5; write++) {
            String etag = store.set(request);
            Map<String, AttributeValue> item = raw(client, table, partitionKey, request.key());

            // attributes: exactly the key attribute, value, etag, and the TTL attribute only when asked for
            List<String> expected = new ArrayList<>(List.of(partitionKey, "value", "etag"));
            if (ttlWritten) {
                expected.add(ttlAttribute);
            }
            assertThat(item).containsOnlyKeys(expected.toArray(String[]::new));
            assertThat(item.get(partitionKey).type()).isEqualTo(AttributeValue.Type.S);
            // etagPattern, and etagChangesOnEveryWrite
            assertThat(item.get("etag").s()).isEqualTo(etag).matches(etagPattern());
            assertThat(etags.add(etag)).as("new ETag on write %d", write).isTrue();
            // valueType: B for bytes, S for JSON text
            AttributeValue value = item.get("value");
            if (request.storage() == Storage.B) {
                assertThat(value.type()).isEqualTo(AttributeValue.Type.B);
                assertThat(value.b().asByteArray()).containsExactly(request.value());
            } else {
                assertThat(value.type()).isEqualTo(AttributeValue.Type.S);
                assertThat(value.s().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .containsExactly(request.value());
            }
            // ttlType: N, Unix epoch seconds
            if (ttlWritten) {
                assertThat(item.get(ttlAttribute).type()).isEqualTo(AttributeValue.Type.N);
                assertThat(Long.parseLong(item.get(ttlAttribute).n()))
                        .isBetween(System.currentTimeMillis() / 1000, System.currentTimeMillis() / 1000 + 3601);
            }
        }
    }

    @Test
    void anEditedItem_keepsTheTypeItHad(DaprTables tables, DynamoDbClient client) {
        String table = tables.create();
        StateStore store = EngineFixture.store(client, StoreConfig.of(table).withTtlAttributeName("expiresAt"));
        for (JsonNode vector : file.get("vectors")) {
            if (vector.get("component").has("partitionKey")) {
                continue;
            }
            putRaw(client, table, DynamoJson.item(vector.get("item")));
        }

        List<StateItem> items = new CopyOnWriteArrayList<>();
        store.scan(ScanRequest.all(), page -> items.addAll(page.items()), new ScanControl());
        for (StateItem item : items) {
            // An edit saves the bytes back with the storage the item had and the ETag that was read.
            SetRequest edit = new SetRequest(item.key().stored(), item.value(), item.storage(), item.etag(), null,
                    null);
            String etag = store.set(edit);
            Map<String, AttributeValue> after = raw(client, table, item.key().stored());
            assertThat(after.get("value").type()).as(item.key().stored()).hasToString(item.storage().name());
            assertThat(after.get("etag").s()).isEqualTo(etag).isNotEqualTo(item.etag()).matches(etagPattern());
        }
        assertThat(items).hasSizeGreaterThan(10);
    }
}
