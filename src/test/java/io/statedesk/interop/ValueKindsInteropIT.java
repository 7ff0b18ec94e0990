package io.statedesk.interop;

import static io.statedesk.interop.Checks.DAPR_TO_STATEDESK;
import static io.statedesk.interop.Checks.SAME_INPUT;
import static io.statedesk.interop.Checks.STATEDESK_TO_DAPR;
import static io.statedesk.interop.Checks.orNil;
import static io.statedesk.interop.Checks.show;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.statedesk.engine.model.SetRequest;
import io.statedesk.engine.model.Storage;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The value kinds of dapr-state-dynamodb.md §5.2 and the extra ones of §5.5 (the StateDesk spec), both ways: what
 * Dapr's component writes, StateDesk reads with the same bytes, storage type, ETag and TTL; what StateDesk writes,
 * Dapr's component reads the same way; and for the same
 * input both write the same item (attributes, types, value bytes).
 */
@DaprInterop
class ValueKindsInteropIT {

    private static final Pattern ETAG_FORMAT = Pattern.compile("[0-9a-f]{1,16}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private InteropFixture fixture;

    /**
     * One value kind: how Dapr's component receives it (a driver Set) and what the spec says it stores, which is
     * what StateDesk's engine is asked to write for the other direction.
     */
    record Kind(String name, BiFunction<Script, String, ObjectNode> daprSet, Storage storage, byte[] stored,
            String ttlInSeconds) {
    }

    @BeforeAll
    void start(TestDatabase db, DaprTables tables) {
        fixture = InteropFixture.start(db, tables);
    }

    @AfterAll
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    static List<Kind> kinds() {
        List<Kind> kinds = new ArrayList<>();
        kinds.add(json("int", NODES.numberNode(123), "123"));
        kinds.add(json("bool", NODES.booleanNode(true), "true"));
        kinds.add(bytes("bytes", new byte[] {1}));
        kinds.add(string("string-with-json", "{\"a\":\"b\"}", "\"{\\\"a\\\":\\\"b\\\"}\""));
        kinds.add(string("string", "hello world", "\"hello world\""));
        kinds.add(string("empty-string", "", "\"\""));
        kinds.add(json("struct", NODES.objectNode().put("message", "testK"), "{\"message\":\"testK\"}"));
        kinds.add(json("struct-with-int", NODES.objectNode().put("message", 42), "{\"message\":42}"));
        kinds.add(string("unicode ⏱️", "⏱️", "\"⏱️\""));
        kinds.add(bytes("protobuf", hex("08ffffffffffffffffff01")));
        kinds.add(bytes("invalid-utf8", hex("00ff8040")));
        kinds.add(bytes("png-header", hex("89504e470d0a1a0a")));
        kinds.add(bytes("empty-bytes", new byte[0]));
        kinds.add(json("json-null", NODES.nullNode(), "null"));
        kinds.add(json("float (lossy)", NODES.numberNode(3.14159265), "3.141593"));
        kinds.add(json("html-and-controls", NODES.textNode("<&> \u2028 \t \u0001"), "\"<&> \u2028 \\t \\u0001\""));
        byte[] large = new byte[300 * 1024];
        new Random(8).nextBytes(large);
        kinds.add(bytes("large-bytes ~300 KB", large));
        String largeText = "Dapr ⏱️ état ".repeat(300 * 1024 / 18);
        kinds.add(string("large-string ~300 KB", largeText, "\"" + largeText + "\""));
        Kind ttl = string("string with ttlInSeconds 3600", "expires", "\"expires\"");
        kinds.add(new Kind(ttl.name(), (script, key) -> Script.withTtl(ttl.daprSet().apply(script, key), "3600"),
                ttl.storage(), ttl.stored(), "3600"));
        return kinds;
    }

    @Test
    void everyValueKind_readsTheSameOnBothSides_andBothWriteTheSameItem() {
        Checks checks = new Checks("Value kinds (spec §5.2, §5.5)", "Each kind is written once by Dapr's component "
                + "(key `dapr-<kind>`, value handed over as Dapr's APIs do: Go `[]byte`, JSON decoded into Go `any`, "
                + "or a Go `string`) and once by StateDesk's engine (key `sd-<kind>`, with the bytes and storage "
                + "type the spec says Dapr stores); then both sides Get both keys. The last rows compare the two "
                + "stored items.");
        List<Kind> kinds = kinds();
        Instant engineWrites = Instant.now();
        Map<String, String> engineEtags = new LinkedHashMap<>();
        for (Kind kind : kinds) {
            SetRequest request = SetRequest.lastWrite("sd-" + kind.name(), kind.stored(), kind.storage())
                    .withTtlInSeconds(kind.ttlInSeconds());
            engineEtags.put(kind.name(), fixture.engine().set(request));
        }

        Script script = fixture.script();
        for (Kind kind : kinds) {
            kind.daprSet().apply(script, "dapr-" + kind.name());
            script.get("get-dapr-" + kind.name(), "dapr-" + kind.name());
            script.rawGet("raw-dapr-" + kind.name(), "dapr-" + kind.name());
            script.get("get-sd-" + kind.name(), "sd-" + kind.name());
            script.rawGet("raw-sd-" + kind.name(), "sd-" + kind.name());
        }
        Instant daprStart = Instant.now();
        GoResults dapr = fixture.run(script);
        Instant daprEnd = Instant.now();

        for (Kind kind : kinds) {
            String name = kind.name();
            String daprKey = "dapr-" + name;
            String sdKey = "sd-" + name;
            checks.record(DAPR_TO_STATEDESK, name, "Set", "write succeeded",
                    dapr.ok("set-" + daprKey) ? "ok" : dapr.error("set-" + daprKey), "ok", dapr.ok("set-" + daprKey));

            // Dapr wrote it: both sides read it.
            GoResults.Read daprRead = dapr.read("get-" + daprKey);
            InteropFixture.EngineRead engineRead = fixture.read(daprKey);
            checks.sameBytes(DAPR_TO_STATEDESK, name, "Get", daprRead.data(), engineRead.data());
            checks.same(DAPR_TO_STATEDESK, name, "Get", "storage type",
                    valueType(dapr.rawItem("raw-" + daprKey)), orNil(engineRead.storage()));
            checks.same(DAPR_TO_STATEDESK, name, "Get", "ETag", orNil(daprRead.etag()), orNil(engineRead.etag()));
            checks.same(DAPR_TO_STATEDESK, name, "Get", "ttlExpireTime", orNil(daprRead.ttlExpireTime()),
                    orNil(engineRead.ttlExpireTime()));

            // StateDesk wrote it: both sides read it.
            GoResults.Read daprReadsEngine = dapr.read("get-" + sdKey);
            InteropFixture.EngineRead engineReadsOwn = fixture.read(sdKey);
            checks.sameBytes(STATEDESK_TO_DAPR, name, "Get", daprReadsEngine.data(), engineReadsOwn.data());
            checks.same(STATEDESK_TO_DAPR, name, "Get", "storage type",
                    valueType(dapr.rawItem("raw-" + sdKey)), kind.storage().name());
            checks.same(STATEDESK_TO_DAPR, name, "Set → Get", "ETag (Set's result vs Dapr's Get)",
                    orNil(daprReadsEngine.etag()), engineEtags.get(name));
            checks.same(STATEDESK_TO_DAPR, name, "Get", "ttlExpireTime", orNil(daprReadsEngine.ttlExpireTime()),
                    orNil(engineReadsOwn.ttlExpireTime()));

            // The same input: both wrote the same item.
            Map<String, AttributeValue> daprItem = fixture.raw(daprKey);
            Map<String, AttributeValue> engineItem = fixture.raw(sdKey);
            checks.same(SAME_INPUT, name, "stored item", "attributes and types",
                    InteropFixture.layout(daprItem), InteropFixture.layout(engineItem));
            checks.same(SAME_INPUT, name, "stored item", "value bytes", show(storedValue(daprItem)),
                    show(storedValue(engineItem)));
            checks.same(SAME_INPUT, name, "stored item", "ETag format (lowercase hex, 1–16 digits)",
                    etagFormat(daprItem), etagFormat(engineItem));
            if (kind.ttlInSeconds() != null) {
                long ttl = Long.parseLong(kind.ttlInSeconds());
                checks.same(SAME_INPUT, name, "stored item", "expiresAt",
                        relativeTtl(daprItem, daprStart, daprEnd, ttl), relativeTtl(engineItem, engineWrites,
                                daprStart, ttl));
            }
        }
        checks.assertAllEqual();
    }

    private static String valueType(JsonNode rawItem) {
        if (rawItem == null || rawItem.get("value") == null) {
            return "nil";
        }
        return rawItem.get("value").fieldNames().next();
    }

    @Test
    void keysAndSizeLimits_areTheSameOnBothSides() {
        Checks checks = new Checks("Keys and size limits", "Keys Dapr's component stores as given (daprd adds and "
                + "checks prefixes, the component does not) and DynamoDB's limits: 2048 bytes of partition key, 400 KB "
                + "of item. Each key is written by one side and read by both, with the other side's write refused or "
                + "accepted alike.");
        List<String> keys = List.of("Ключ/⏱️ with spaces", "app||actor||id||state", "k".repeat(2048),
                "é".repeat(1025));
        byte[] value = "\"v\"".getBytes(StandardCharsets.UTF_8);
        byte[] oversize = new byte[400 * 1024];
        Script script = fixture.script();
        Map<String, io.statedesk.engine.error.StateStoreException> engineErrors = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            script.setString("set-" + i, key, "v");
            script.get("get-" + i, key);
        }
        script.setBytes("set-oversize", "oversize-dapr", oversize);
        GoResults dapr = fixture.run(script);
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            String subject = key.length() > 40 ? key.substring(0, 6) + "… (" + key.getBytes(StandardCharsets.UTF_8)
                    .length + " B key)" : key;
            InteropFixture.EngineRead engineRead = fixture.read(key);
            if (dapr.ok("set-" + i)) {
                checks.sameBytes(DAPR_TO_STATEDESK, subject, "Get", dapr.read("get-" + i).data(), engineRead.data());
                checks.same(DAPR_TO_STATEDESK, subject, "Get", "ETag", orNil(dapr.read("get-" + i).etag()),
                        orNil(engineRead.etag()));
            }
            io.statedesk.engine.error.StateStoreException error = InteropFixture.attempt(() -> fixture.engine().set(
                    SetRequest.lastWrite(key, value, Storage.S)));
            engineErrors.put(key, error);
            checks.record(SAME_INPUT, subject, "Set", "outcome", Outcomes.dapr(dapr, "set-" + i),
                    InteropFixture.showKind(error), Outcomes.dapr(dapr, "set-" + i).equals(InteropFixture.kindOf(
                            error)));
        }
        io.statedesk.engine.error.StateStoreException tooLarge = InteropFixture.attempt(() -> fixture.engine().set(
                SetRequest.lastWrite("oversize-sd", oversize, Storage.B)));
        Outcomes.sameKind(checks, SAME_INPUT, "value of 400 KB (item over the limit)", "Set", dapr, "set-oversize",
                tooLarge);
        checks.record(SAME_INPUT, "value of 400 KB (item over the limit)", "Set", "error names DynamoDB's size limit",
                dapr.error("set-oversize"), tooLarge == null ? "ok" : tooLarge.getMessage(),
                String.valueOf(dapr.error("set-oversize")).contains("Item size has exceeded the maximum allowed size")
                        && tooLarge != null && tooLarge.getMessage().contains(
                                "Item size has exceeded the maximum allowed size"));
        checks.assertAllEqual();
    }

    private static byte[] storedValue(Map<String, AttributeValue> item) {
        AttributeValue value = item.get("value");
        if (value == null) {
            return null;
        }
        return switch (value.type()) {
            case B -> value.b().asByteArray();
            case S -> value.s().getBytes(StandardCharsets.UTF_8);
            default -> value.toString().getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String etagFormat(Map<String, AttributeValue> item) {
        AttributeValue etag = item.get("etag");
        return etag != null && etag.s() != null && ETAG_FORMAT.matcher(etag.s()).matches() ? "matches" : "no: " + etag;
    }

    /** The TTL attribute as "now + N s" when it lies in the window of the write, else its raw value. */
    private static String relativeTtl(Map<String, AttributeValue> item, Instant from, Instant to, long ttl) {
        AttributeValue value = item.get(InteropFixture.TTL_ATTRIBUTE);
        if (value == null || value.n() == null) {
            return "absent";
        }
        long epoch = Long.parseLong(value.n());
        boolean inWindow = epoch >= from.getEpochSecond() + ttl && epoch <= to.getEpochSecond() + ttl;
        return inWindow ? "N, write time + " + ttl + " s" : "N " + epoch;
    }

    private static Kind json(String name, JsonNode value, String stored) {
        return new Kind(name, (script, key) -> script.setJson("set-" + key, key, value), Storage.S,
                stored.getBytes(StandardCharsets.UTF_8), null);
    }

    private static Kind string(String name, String value, String stored) {
        return new Kind(name, (script, key) -> script.setString("set-" + key, key, value), Storage.S,
                stored.getBytes(StandardCharsets.UTF_8), null);
    }

    private static Kind bytes(String name, byte[] value) {
        return new Kind(name, (script, key) -> script.setBytes("set-" + key, key, value), Storage.B, value, null);
    }

    static byte[] hex(String hex) {
        return java.util.HexFormat.of().parseHex(hex);
    }
}
