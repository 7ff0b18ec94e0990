package io.statedesk.interop;

import static io.statedesk.interop.Checks.DAPR_TO_STATEDESK;
import static io.statedesk.interop.Checks.SAME_INPUT;
import static io.statedesk.interop.Checks.STATEDESK_TO_DAPR;
import static io.statedesk.interop.Checks.orNil;
import static io.statedesk.interop.InteropFixture.attempt;

import io.statedesk.engine.error.StateStoreException;
import io.statedesk.engine.model.SetRequest;
import io.statedesk.engine.model.Storage;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code ttlInSeconds} on both sides (table TTL on {@code expiresAt}): {@code 2} expires on both sides, {@code -1} and
 * {@code 0} hide the item at once, invalid values are refused with the same text, and TTL attributes of the wrong
 * type fail Dapr's Get and the engine's the same way.
 */
@DaprInterop
class TtlInteropIT {

    private static final byte[] CLOCK = "\"⏱️\"".getBytes(StandardCharsets.UTF_8);

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

    private static SetRequest clock(String key, String ttl) {
        return SetRequest.lastWrite(key, CLOCK, Storage.S).withTtlInSeconds(ttl);
    }

    @Test
    void ttlTwoSeconds_isReadUntilItExpires_thenAbsentOnBothSides() throws InterruptedException {
        Checks checks = new Checks("TTL", "`ttlInSeconds` given by both sides for value `\"⏱️\"` (as the "
                + "conformance suite's TTL test); every item read by both sides.");
        String daprKey = "ttl2-dapr";
        String sdKey = "ttl2-sd";
        fixture.engine().set(clock(sdKey, "2"));
        Script script = fixture.script();
        Script.withTtl(script.setString("set", daprKey, "⏱️"), "2");
        script.get("now-dapr", daprKey);
        script.get("now-sd", sdKey);
        GoResults now = fixture.run(script);
        Instant lastWrite = Instant.now();
        InteropFixture.EngineRead engineDapr = fixture.read(daprKey);
        InteropFixture.EngineRead engineSd = fixture.read(sdKey);
        checks.sameBytes(DAPR_TO_STATEDESK, daprKey, "Get at once (ttl 2)", now.read("now-dapr").data(),
                engineDapr.data());
        checks.same(DAPR_TO_STATEDESK, daprKey, "Get at once (ttl 2)", "ttlExpireTime",
                orNil(now.read("now-dapr").ttlExpireTime()), orNil(engineDapr.ttlExpireTime()));
        checks.sameBytes(STATEDESK_TO_DAPR, sdKey, "Get at once (ttl 2)", now.read("now-sd").data(), engineSd.data());
        checks.same(STATEDESK_TO_DAPR, sdKey, "Get at once (ttl 2)", "ttlExpireTime",
                orNil(now.read("now-sd").ttlExpireTime()), orNil(engineSd.ttlExpireTime()));

        // Both TTLs are whole seconds at most 2 s after their writes: 3.1 s after the last write both have passed.
        Thread.sleep(Math.max(0, 3100 - (Instant.now().toEpochMilli() - lastWrite.toEpochMilli())));
        Script later = fixture.script();
        later.get("later-dapr", daprKey);
        later.get("later-sd", sdKey);
        GoResults after = fixture.run(later);
        for (String key : List.of(daprKey, sdKey)) {
            GoResults.Read daprRead = after.read("later-" + (key.equals(daprKey) ? "dapr" : "sd"));
            InteropFixture.EngineRead engineRead = fixture.read(key);
            String direction = key.equals(daprKey) ? DAPR_TO_STATEDESK : STATEDESK_TO_DAPR;
            checks.sameBytes(direction, key, "Get 3.1 s later", daprRead.data(), engineRead.data());
            checks.same(direction, key, "Get 3.1 s later", "ETag", orNil(daprRead.etag()), orNil(engineRead.etag()));
            checks.same(direction, key, "Get 3.1 s later", "ttlExpireTime", orNil(daprRead.ttlExpireTime()),
                    orNil(engineRead.ttlExpireTime()));
        }
        checks.assertAllEqual();
    }

    @Test
    void ttlValues_areParsedTheSameWay() {
        Checks checks = new Checks("TTL", null);
        String[] values = {"-1", "0", "foo", "1.5", "+3600", "", " 60", "9223372036854775808"};
        // Each side's item is read raw right after its write: a server may delete expired items at any time (DynamoDB within 48 h).
        StateStoreException[] engineErrors = new StateStoreException[values.length];
        String[] engineStored = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            String ttl = values[i];
            Instant from = Instant.now();
            engineErrors[i] = attempt(() -> fixture.engine().set(clock("ttl-sd-" + ttl, ttl)));
            Instant to = Instant.now();
            engineStored[i] = relative(fixture.raw("ttl-sd-" + ttl), from, to, ttl);
        }
        Script script = fixture.script();
        for (String ttl : values) {
            Script.withTtl(script.setString("set-" + ttl, "ttl-dapr-" + ttl, "⏱️"), ttl);
            script.rawGet("raw-" + ttl, "ttl-dapr-" + ttl);
        }
        for (String ttl : values) {
            script.get("get-dapr-" + ttl, "ttl-dapr-" + ttl);
            script.get("get-sd-" + ttl, "ttl-sd-" + ttl);
        }
        Instant daprFrom = Instant.now();
        GoResults dapr = fixture.run(script);
        Instant daprTo = Instant.now();

        for (int i = 0; i < values.length; i++) {
            String ttl = values[i];
            String subject = "ttlInSeconds \"" + ttl + "\"";
            StateStoreException engineError = engineErrors[i];
            Outcomes.sameKind(checks, SAME_INPUT, subject, "Set", dapr, "set-" + ttl, engineError);
            if (!dapr.ok("set-" + ttl) || engineError != null) {
                Outcomes.sameTextPrefix(checks, SAME_INPUT, subject, "Set", dapr.error("set-" + ttl), engineError);
            }
            String daprKey = "ttl-dapr-" + ttl;
            String sdKey = "ttl-sd-" + ttl;
            GoResults.Read daprOwn = dapr.read("get-dapr-" + ttl);
            GoResults.Read daprOther = dapr.read("get-sd-" + ttl);
            InteropFixture.EngineRead engineOwn = fixture.read(sdKey);
            InteropFixture.EngineRead engineOther = fixture.read(daprKey);
            checks.sameBytes(DAPR_TO_STATEDESK, subject, "Get at once", daprOwn.data(), engineOther.data());
            checks.same(DAPR_TO_STATEDESK, subject, "Get at once", "ttlExpireTime", orNil(daprOwn.ttlExpireTime()),
                    orNil(engineOther.ttlExpireTime()));
            checks.sameBytes(STATEDESK_TO_DAPR, subject, "Get at once", daprOther.data(), engineOwn.data());
            checks.same(STATEDESK_TO_DAPR, subject, "Get at once", "ttlExpireTime", orNil(daprOther.ttlExpireTime()),
                    orNil(engineOwn.ttlExpireTime()));
            checks.same(SAME_INPUT, subject, "stored item, read at once", "expiresAt",
                    relative(rawTtl(dapr.rawItem("raw-" + ttl)), daprFrom, daprTo, ttl), engineStored[i]);
        }
        checks.assertAllEqual();
    }

    private static Map<String, AttributeValue> rawTtl(com.fasterxml.jackson.databind.JsonNode item) {
        if (item == null) {
            return Map.of();
        }
        com.fasterxml.jackson.databind.JsonNode ttl = item.get(InteropFixture.TTL_ATTRIBUTE);
        return ttl == null ? Map.of("key", AttributeValue.fromS("?"))
                : Map.of("key", AttributeValue.fromS("?"), InteropFixture.TTL_ATTRIBUTE, AttributeValue.fromN(
                        ttl.get("N").asText()));
    }

    /**
     * The TTL attribute against what {@code ttlInSeconds} asks for: Dapr stores the write's Unix second plus the
     * value, so it must lie between the seconds before and after the write, plus the value.
     */
    private static String relative(Map<String, AttributeValue> item, Instant from, Instant to, String ttlInSeconds) {
        if (item.isEmpty()) {
            return "(no item)";
        }
        AttributeValue ttl = item.get(InteropFixture.TTL_ATTRIBUTE);
        if (ttl == null) {
            return "absent";
        }
        long epoch = Long.parseLong(ttl.n());
        long offset;
        try {
            offset = Long.parseLong(ttlInSeconds.startsWith("+") ? ttlInSeconds.substring(1) : ttlInSeconds);
        } catch (NumberFormatException e) {
            return "N " + epoch;
        }
        boolean inWindow = epoch >= from.getEpochSecond() + offset && epoch <= to.getEpochSecond() + offset;
        return inWindow ? "N = write time " + (offset < 0 ? "− " + -offset : "+ " + offset) + " s"
                : "N " + epoch + ", not write time + " + offset;
    }

    @Test
    void ttlAttributesOfTheWrongType_failDaprsGetAndTheEnginesTheSameWay() {
        Checks checks = new Checks("TTL attribute types (planted raw)", "Items planted with the AWS SDK, "
                + "`expiresAt` of other types than an integer N; read by both sides.");
        Map<String, AttributeValue> cases = Map.of(
                "ttl-as-string", AttributeValue.fromS("4074862051"),
                "ttl-decimal", AttributeValue.fromN("4074862051.5"),
                "ttl-2099", AttributeValue.fromN("4074862051"),
                "ttl-1971", AttributeValue.fromN("35489251"),
                "ttl-null", AttributeValue.fromNul(true),
                "ttl-bool", AttributeValue.fromBool(true));
        Script script = fixture.script();
        cases.forEach((key, ttl) -> {
            fixture.putRaw(Map.of("key", AttributeValue.fromS(key), "value", AttributeValue.fromS("\"v\""),
                    "etag", AttributeValue.fromS("abc"), InteropFixture.TTL_ATTRIBUTE, ttl));
            script.get("get-" + key, key);
        });
        GoResults dapr = fixture.run(script);
        cases.keySet().stream().sorted().forEach(key -> {
            GoResults.Read daprRead = dapr.read("get-" + key);
            InteropFixture.EngineRead engineRead = fixture.read(key);
            String daprOutcome = daprRead.ok() ? "ok" : "error";
            String engineOutcome = engineRead.error() == null ? "ok" : "error";
            checks.same(DAPR_TO_STATEDESK, key, "Get", "outcome", daprOutcome, engineOutcome);
            if (!daprRead.ok() || engineRead.error() != null) {
                String engineText = engineRead.error() == null ? "ok" : engineRead.error().getMessage();
                checks.record(DAPR_TO_STATEDESK, key, "Get", "error text (StateDesk's contains Dapr's)",
                        daprRead.error(), engineText, daprRead.error() != null && engineText.contains(daprRead.error()));
            } else {
                checks.sameBytes(DAPR_TO_STATEDESK, key, "Get", daprRead.data(), engineRead.data());
                checks.same(DAPR_TO_STATEDESK, key, "Get", "ETag", orNil(daprRead.etag()), orNil(engineRead.etag()));
                checks.same(DAPR_TO_STATEDESK, key, "Get", "ttlExpireTime", orNil(daprRead.ttlExpireTime()),
                        orNil(engineRead.ttlExpireTime()));
            }
        });
        checks.assertAllEqual();
    }
}
