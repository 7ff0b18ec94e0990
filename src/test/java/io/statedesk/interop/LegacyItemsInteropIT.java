package io.statedesk.interop;

import static io.statedesk.interop.Checks.DAPR_TO_STATEDESK;
import static io.statedesk.interop.Checks.SAME_INPUT;
import static io.statedesk.interop.Checks.orNil;
import static io.statedesk.interop.InteropFixture.attempt;

import io.statedesk.engine.error.StateStoreException;
import io.statedesk.engine.model.Consistency;
import io.statedesk.engine.model.SetRequest;
import io.statedesk.engine.model.Storage;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items Dapr did not write in today's layout, planted raw with the AWS SDK (older daprd versions stored every value
 * as S and wrote transactions without {@code etag}; other tools may leave anything), read by both sides: the data,
 * the ETag, or the error must be the same.
 */
@DaprInterop
class LegacyItemsInteropIT {

    private InteropFixture fixture;

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

    private static AttributeValue s(String text) {
        return AttributeValue.fromS(text);
    }

    private static AttributeValue n(String text) {
        return AttributeValue.fromN(text);
    }

    private static AttributeValue b(byte[] bytes) {
        return AttributeValue.fromB(SdkBytes.fromByteArray(bytes));
    }

    /** Planted items by key: attributes besides the key. */
    static Map<String, Map<String, AttributeValue>> items() {
        Map<String, Map<String, AttributeValue>> items = new LinkedHashMap<>();
        items.put("legacy-s-text", Map.of("value", s("legacy text")));
        items.put("legacy-s-json", Map.of("value", s("{\"a\":1}")));
        items.put("legacy-s-replacement-char", Map.of("value", s("\u0000\uFFFD\uFFFD@")));
        items.put("legacy-b", Map.of("value", b(new byte[] {0, (byte) 0xff})));
        items.put("etag-only", Map.of("etag", s("abc")));
        items.put("value-null", Map.of("value", AttributeValue.fromNul(true), "etag", s("abc")));
        items.put("value-n", Map.of("value", n("12.50"), "etag", s("abc")));
        items.put("value-bool", Map.of("value", AttributeValue.fromBool(true), "etag", s("abc")));
        items.put("value-map", Map.of("value", AttributeValue.fromM(Map.of("a", s("b"))), "etag", s("abc")));
        items.put("value-list-of-bytes", Map.of("value", AttributeValue.fromL(List.of(n("104"), n("105")))));
        items.put("value-list-300", Map.of("value", AttributeValue.fromL(List.of(n("300")))));
        items.put("value-list-255-0", Map.of("value", AttributeValue.fromL(List.of(n("255"), n("0")))));
        items.put("value-list-with-null", Map.of("value", AttributeValue.fromL(List.of(n("104"),
                AttributeValue.fromNul(true)))));
        items.put("value-list-negative", Map.of("value", AttributeValue.fromL(List.of(n("-1")))));
        items.put("value-list-decimal", Map.of("value", AttributeValue.fromL(List.of(n("1.5")))));
        items.put("value-list-nested", Map.of("value", AttributeValue.fromL(List.of(AttributeValue.fromL(
                List.of(n("1")))))));
        items.put("value-number-set-3", Map.of("value", AttributeValue.fromNs(List.of("1", "2", "3"))));
        items.put("value-list-empty", Map.of("value", AttributeValue.fromL(List.of())));
        items.put("value-list-of-strings", Map.of("value", AttributeValue.fromL(List.of(s("a")))));
        items.put("value-number-set", Map.of("value", AttributeValue.fromNs(List.of("104"))));
        items.put("value-string-set", Map.of("value", AttributeValue.fromSs(List.of("a"))));
        items.put("value-binary-set", Map.of("value", AttributeValue.fromBs(List.of(SdkBytes.fromByteArray(
                new byte[] {1})))));
        items.put("etag-number", Map.of("value", s("\"v\""), "etag", n("123")));
        items.put("etag-null", Map.of("value", s("\"v\""), "etag", AttributeValue.fromNul(true)));
        items.put("etag-binary", Map.of("value", s("\"v\""), "etag", b(new byte[] {1})));
        items.put("etag-bool", Map.of("value", s("\"v\""), "etag", AttributeValue.fromBool(true)));
        items.put("extra-attributes", Map.of("value", s("\"v\""), "etag", s("abc"), "owner", s("someone else")));
        return items;
    }

    @Test
    void plantedItems_readTheSameOnBothSides() {
        Checks checks = new Checks("Legacy and foreign items (planted raw)", "Items written with the AWS SDK, not "
                + "by Dapr: S values without `etag` (older daprd), other attribute types, odd `etag` attributes. Both "
                + "sides Get each one; where Dapr's Get fails, StateDesk's error must carry Dapr's text.");
        Map<String, Map<String, AttributeValue>> items = items();
        Script script = fixture.script();
        items.forEach((key, attributes) -> {
            Map<String, AttributeValue> item = new LinkedHashMap<>(attributes);
            item.put("key", s(key));
            fixture.putRaw(item);
            script.get("get-" + key, key);
        });
        script.bulkGet("bulk", List.copyOf(items.keySet()));
        GoResults dapr = fixture.run(script);
        var engineBulk = fixture.engine().bulkGet(List.copyOf(items.keySet()), Consistency.STRONG);
        int index = 0;
        for (String key : items.keySet()) {
            GoResults.Read daprRead = dapr.read("get-" + key);
            InteropFixture.EngineRead engineRead = fixture.read(key);
            compare(checks, key, "Get", daprRead, engineRead);
            GoResults.Read daprBulk = GoResults.Read.of(dapr.line("bulk").get("results").get(index));
            var engineEntry = engineBulk.get(index);
            InteropFixture.EngineRead engineBulkRead = engineEntry.error().isPresent()
                    ? new InteropFixture.EngineRead(null, null, null, null, engineEntry.error().get())
                    : InteropFixture.EngineRead.of(engineEntry.item().orElse(null));
            compare(checks, key, "BulkGet", daprBulk, engineBulkRead);
            index++;
        }
        checks.assertAllEqual();
    }

    private static void compare(Checks checks, String key, String operation, GoResults.Read dapr,
            InteropFixture.EngineRead engine) {
        boolean daprOk = dapr.ok() && (dapr.error() == null || dapr.error().isEmpty());
        checks.same(DAPR_TO_STATEDESK, key, operation, "outcome", daprOk ? "ok" : "error",
                engine.error() == null ? "ok" : "error");
        if (!daprOk || engine.error() != null) {
            String engineText = engine.error() == null ? "ok" : engine.error().getMessage();
            checks.record(DAPR_TO_STATEDESK, key, operation, "error text (StateDesk's contains Dapr's)",
                    dapr.error(), engineText, dapr.error() != null && engineText.contains(dapr.error()));
            return;
        }
        checks.sameBytes(DAPR_TO_STATEDESK, key, operation, dapr.data(), engine.data());
        checks.same(DAPR_TO_STATEDESK, key, operation, "ETag", dapr.etag() == null ? "nil" : "\"" + dapr.etag() + "\"",
                engine.etag() == null ? "nil" : "\"" + engine.etag() + "\"");
    }

    @Test
    void writesWithAnEtag_overALegacyItem_areRefusedByBoth_andPlainWritesReplaceIt() {
        Checks checks = new Checks("Legacy and foreign items (planted raw)", null);
        for (String key : List.of("legacy-w-dapr", "legacy-w-sd", "legacy-p-dapr", "legacy-p-sd")) {
            fixture.putRaw(Map.of("key", s(key), "value", s("legacy text"), "owner", s("someone else")));
        }
        Script script = fixture.script();
        Script.withEtag(script.setString("set-with-etag", "legacy-w-dapr", "new"), "abc");
        Script.withEtag(script.delete("delete-with-etag", "legacy-w-dapr"), "abc");
        script.setString("plain-set", "legacy-p-dapr", "new");
        GoResults dapr = fixture.run(script);
        byte[] value = "\"new\"".getBytes(StandardCharsets.UTF_8);
        StateStoreException setWithEtag = attempt(() -> fixture.engine().set(SetRequest.lastWrite("legacy-w-sd",
                value, Storage.S).withEtag("abc")));
        StateStoreException deleteWithEtag = attempt(() -> fixture.engine().delete(
                new io.statedesk.engine.model.DeleteRequest("legacy-w-sd", "abc")));
        StateStoreException plainSet = attempt(() -> fixture.engine().set(SetRequest.lastWrite("legacy-p-sd", value,
                Storage.S)));
        Outcomes.sameKind(checks, SAME_INPUT, "legacy item (no etag)", "Set with an ETag", dapr, "set-with-etag",
                setWithEtag);
        Outcomes.sameKind(checks, SAME_INPUT, "legacy item (no etag)", "Delete with an ETag", dapr,
                "delete-with-etag", deleteWithEtag);
        Outcomes.sameKind(checks, SAME_INPUT, "legacy item (no etag)", "Set without ETag", dapr, "plain-set",
                plainSet);
        checks.same(SAME_INPUT, "legacy item (no etag)", "stored item after a plain Set", "attributes and types "
                + "(the foreign attribute is gone)", InteropFixture.layout(fixture.raw("legacy-p-dapr")),
                InteropFixture.layout(fixture.raw("legacy-p-sd")));
        checks.same(SAME_INPUT, "legacy item (no etag)", "stored item after refused writes", "attributes and types",
                InteropFixture.layout(fixture.raw("legacy-w-dapr")), InteropFixture.layout(fixture.raw("legacy-w-sd")));
        checks.same(SAME_INPUT, "legacy item (no etag)", "Get after refused writes", "ETag",
                orNil(fixture.read("legacy-w-dapr").etag()), orNil(fixture.read("legacy-w-sd").etag()));
        checks.assertAllEqual();
    }
}
