package io.statedesk.interop;

import static io.statedesk.interop.Checks.BOTH;
import static io.statedesk.interop.Checks.DAPR_TO_STATEDESK;
import static io.statedesk.interop.Checks.SAME_INPUT;
import static io.statedesk.interop.Checks.STATEDESK_TO_DAPR;
import static io.statedesk.interop.Checks.orNil;
import static io.statedesk.interop.InteropFixture.attempt;

import com.fasterxml.jackson.databind.node.TextNode;
import io.statedesk.engine.error.InvalidRequestException;
import io.statedesk.engine.error.StateStoreException;
import io.statedesk.engine.model.Concurrency;
import io.statedesk.engine.model.DeleteRequest;
import io.statedesk.engine.model.SetRequest;
import io.statedesk.engine.model.Storage;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * ETags and first-write across the two sides: an ETag read by one side is accepted by the other, a stale one is
 * refused by both with the same kind of error; first-write refuses an existing item on both sides (as a plain error,
 * not an ETag mismatch) and overwrites a legacy item without an ETag on both sides.
 */
@DaprInterop
class EtagInteropIT {

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

    private static SetRequest text(String key, String jsonText) {
        return SetRequest.lastWrite(key, jsonText.getBytes(StandardCharsets.UTF_8), Storage.S);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void etags_interleave_andStaleOnesAreRefusedByBoth() {
        Checks checks = new Checks("ETags interleaved", "One key `il`, written in turn by Dapr's component and "
                + "StateDesk's engine, each using the ETag the other side produced; every stale ETag is tried on "
                + "both sides. Then the same for Delete.");
        String key = "il";

        // Dapr writes v1 and reads its ETag E1; StateDesk reads the same ETag.
        Script first = fixture.script();
        first.setJson("set-v1", key, TextNode.valueOf("v1"));
        first.get("get-e1", key);
        GoResults r1 = fixture.run(first);
        String e1 = r1.read("get-e1").etag();
        checks.same(DAPR_TO_STATEDESK, key, "Get after Dapr's Set", "ETag E1", orNil(e1),
                orNil(fixture.read(key).etag()));

        // StateDesk saves v2 with E1 (read by Dapr): accepted, new ETag E2.
        String[] e2 = new String[1];
        StateStoreException withE1 = attempt(() -> e2[0] = fixture.engine().set(text(key, "\"v2\"").withEtag(e1)));
        checks.record(BOTH, key, "StateDesk Set with Dapr's E1", "outcome", "ok (Dapr's Get returned E1)",
                InteropFixture.showKind(withE1), withE1 == null);

        // Dapr: E1 is now stale; E2 (made by StateDesk) is what it reads and what it can write with.
        Script second = fixture.script();
        Script.withEtag(second.setJson("set-stale-e1", key, TextNode.valueOf("v3-stale")), e1);
        second.get("get-e2", key);
        Script.withEtag(second.setJson("set-with-e2", key, TextNode.valueOf("v3")), e2[0]);
        second.get("get-e3", key);
        GoResults r2 = fixture.run(second);
        checks.same(STATEDESK_TO_DAPR, key, "Dapr Get after StateDesk's Set", "ETag E2", orNil(r2.read("get-e2")
                .etag()), orNil(e2[0]));
        checks.sameBytes(STATEDESK_TO_DAPR, key, "Dapr Get after StateDesk's Set", r2.read("get-e2").data(),
                utf8("\"v2\""));
        checks.record(BOTH, key, "Dapr Set with StateDesk's E2", "outcome", Outcomes.dapr(r2, "set-with-e2"),
                "ok (StateDesk's Set returned E2)", r2.ok("set-with-e2"));

        // StateDesk: E2 is stale now; both sides refused a stale ETag the same way.
        StateStoreException staleE2 = attempt(() -> fixture.engine().set(text(key, "\"v4-stale\"").withEtag(e2[0])));
        Outcomes.sameKind(checks, SAME_INPUT, key, "Set with a stale ETag (Dapr: E1, StateDesk: E2)", r2,
                "set-stale-e1", staleE2);
        Outcomes.sameEtagMismatchText(checks, SAME_INPUT, key, "Set with a stale ETag", r2.error("set-stale-e1"),
                staleE2);
        String e3 = r2.read("get-e3").etag();
        checks.same(DAPR_TO_STATEDESK, key, "Get after Dapr's Set with E2", "ETag E3", orNil(e3),
                orNil(fixture.read(key).etag()));
        checks.sameBytes(DAPR_TO_STATEDESK, key, "Get after Dapr's Set with E2", r2.read("get-e3").data(),
                fixture.read(key).data());
        String[] e4 = new String[1];
        StateStoreException withE3 = attempt(() -> e4[0] = fixture.engine().set(text(key, "\"v5\"").withEtag(e3)));
        checks.record(BOTH, key, "StateDesk Set with Dapr's E3", "outcome", "ok (Dapr's Get returned E3)",
                InteropFixture.showKind(withE3), withE3 == null);

        // Delete: stale ETags refused by both; the current one (made by the other side) accepted.
        Script third = fixture.script();
        Script.withEtag(third.delete("delete-stale-e3", key), e3);
        third.get("get-e4", key);
        GoResults r3 = fixture.run(third);
        StateStoreException deleteStale = attempt(() -> fixture.engine().delete(new DeleteRequest(key, e3)));
        Outcomes.sameKind(checks, SAME_INPUT, key, "Delete with a stale ETag (E3)", r3, "delete-stale-e3",
                deleteStale);
        Outcomes.sameEtagMismatchText(checks, SAME_INPUT, key, "Delete with a stale ETag",
                r3.error("delete-stale-e3"), deleteStale);
        checks.same(STATEDESK_TO_DAPR, key, "Dapr Get after StateDesk's Set", "ETag E4",
                orNil(r3.read("get-e4").etag()), orNil(e4[0]));
        StateStoreException deleteCurrent = attempt(() -> fixture.engine().delete(new DeleteRequest(key,
                r3.read("get-e4").etag())));
        checks.record(BOTH, key, "StateDesk Delete with the ETag Dapr read", "outcome", "ok (Dapr's Get returned E4)",
                InteropFixture.showKind(deleteCurrent), deleteCurrent == null);

        // The other way round: StateDesk writes, Dapr deletes with that ETag.
        String e5 = fixture.engine().set(text("il-2", "\"x\""));
        Script fourth = fixture.script();
        fourth.get("gone", key);
        Script.withEtag(fourth.delete("delete-with-e5", "il-2"), e5);
        fourth.get("gone-2", "il-2");
        GoResults r4 = fixture.run(fourth);
        checks.sameBytes(STATEDESK_TO_DAPR, key, "Get after StateDesk's Delete", r4.read("gone").data(),
                fixture.read(key).data());
        checks.record(BOTH, "il-2", "Dapr Delete with StateDesk's ETag", "outcome", Outcomes.dapr(r4,
                "delete-with-e5"), "ok (StateDesk's Set returned it)", r4.ok("delete-with-e5"));
        checks.sameBytes(DAPR_TO_STATEDESK, "il-2", "Get after Dapr's Delete", r4.read("gone-2").data(),
                fixture.read("il-2").data());
        checks.assertAllEqual();
    }

    @Test
    void badAndMissingEtags_behaveTheSameOnBothSides() {
        Checks checks = new Checks("ETag edge cases", "The same request sent by both sides: `bad-etag` (the "
                + "conformance suite's literal) on an existing key, an ETag on a missing key, the empty ETag.");
        fixture.engine().set(text("e-dapr", "\"x\""));
        fixture.engine().set(text("e-sd", "\"x\""));
        fixture.engine().set(text("empty-dapr", "\"x\""));
        fixture.engine().set(text("empty-sd", "\"x\""));
        Script script = fixture.script();
        Script.withEtag(script.setJson("set-bad", "e-dapr", TextNode.valueOf("y")), "bad-etag");
        Script.withEtag(script.delete("delete-bad", "e-dapr"), "bad-etag");
        Script.withEtag(script.setJson("set-missing", "missing-dapr", TextNode.valueOf("y")), "0123abcd");
        Script.withEtag(script.delete("delete-missing", "missing-dapr"), "0123abcd");
        script.delete("delete-missing-no-etag", "missing-dapr");
        Script.withEtag(script.setJson("set-empty-etag", "empty-dapr", TextNode.valueOf("y")), "");
        Script.withEtag(script.delete("delete-empty-etag", "empty-dapr"), "");
        script.get("after-bad", "e-dapr");
        script.get("after-missing", "missing-dapr");
        GoResults dapr = fixture.run(script);

        StateStoreException setBad = attempt(() -> fixture.engine().set(text("e-sd", "\"y\"").withEtag("bad-etag")));
        StateStoreException deleteBad = attempt(() -> fixture.engine().delete(new DeleteRequest("e-sd", "bad-etag")));
        StateStoreException setMissing = attempt(() -> fixture.engine().set(text("missing-sd", "\"y\"")
                .withEtag("0123abcd")));
        StateStoreException deleteMissing = attempt(() -> fixture.engine().delete(new DeleteRequest("missing-sd",
                "0123abcd")));
        StateStoreException deleteMissingNoEtag = attempt(() -> fixture.engine().delete(
                DeleteRequest.unconditional("missing-sd")));
        StateStoreException setEmpty = attempt(() -> fixture.engine().set(text("empty-sd", "\"y\"").withEtag("")));
        StateStoreException deleteEmpty = attempt(() -> fixture.engine().delete(new DeleteRequest("empty-sd", "")));

        Outcomes.sameKind(checks, SAME_INPUT, "existing key", "Set with bad-etag", dapr, "set-bad", setBad);
        Outcomes.sameEtagMismatchText(checks, SAME_INPUT, "existing key", "Set with bad-etag", dapr.error("set-bad"),
                setBad);
        Outcomes.sameKind(checks, SAME_INPUT, "existing key", "Delete with bad-etag", dapr, "delete-bad", deleteBad);
        Outcomes.sameEtagMismatchText(checks, SAME_INPUT, "existing key", "Delete with bad-etag",
                dapr.error("delete-bad"), deleteBad);
        checks.sameBytes(SAME_INPUT, "existing key", "Get after both refusals", dapr.read("after-bad").data(),
                fixture.read("e-sd").data());
        Outcomes.sameKind(checks, SAME_INPUT, "missing key", "Set with an ETag", dapr, "set-missing", setMissing);
        Outcomes.sameKind(checks, SAME_INPUT, "missing key", "Delete with an ETag", dapr, "delete-missing",
                deleteMissing);
        Outcomes.sameKind(checks, SAME_INPUT, "missing key", "Delete without ETag", dapr, "delete-missing-no-etag",
                deleteMissingNoEtag);
        checks.sameBytes(SAME_INPUT, "missing key", "Get after the refused Set", dapr.read("after-missing").data(),
                fixture.read("missing-sd").data());
        // Decision 0017: Dapr reads "" as no ETag and writes blindly; StateDesk refuses it before sending anything.
        refusedByStateDeskOnly(checks, "Set with ETag \"\"", dapr, "set-empty-etag", setEmpty);
        refusedByStateDeskOnly(checks, "Delete with ETag \"\"", dapr, "delete-empty-etag", deleteEmpty);
        byte[] kept = fixture.read("empty-sd").data();
        checks.record(SAME_INPUT, "existing key", "StateDesk's item after its refused empty-ETag Set and Delete",
                "data bytes", "(not compared)", Checks.show(kept), "\"x\"".equals(Checks.utf8(kept)));
        checks.assertAllEqual();
    }

    @Test
    void firstWrite_refusesAnExistingItemOnBothSides_andOverwritesLegacyItems() {
        Checks checks = new Checks("First-write", "`concurrency: first-write` on both sides, on the same keys: the "
                + "first write wins whoever makes it; a later first-write fails with a plain error (Dapr returns the "
                + "raw AWS error, not an ETag error); with the current ETag it is accepted; a legacy item (S value, no "
                + "`etag`) is overwritten.");
        byte[] v1 = utf8("testValue1");
        byte[] v2 = utf8("testValue2");

        // Dapr writes first: StateDesk's first-write is refused, Dapr's own second one too.
        Script a = fixture.script();
        Script.firstWrite(a.setBytes("dapr-first", "fw-1", v1));
        GoResults ra = fixture.run(a);
        StateStoreException sdSecond = attempt(() -> fixture.engine().set(SetRequest.lastWrite("fw-1", v2, Storage.B)
                .withConcurrency(Concurrency.FIRST_WRITE)));
        Script b = fixture.script();
        Script.firstWrite(b.setBytes("dapr-second", "fw-1", v2));
        Script.withEtag(Script.firstWrite(b.setBytes("dapr-second-empty-etag", "fw-1", v2)), "");
        b.get("get", "fw-1");
        GoResults rb = fixture.run(b);
        checks.record(DAPR_TO_STATEDESK, "fw-1", "first-write on a new key", "outcome", Outcomes.dapr(ra,
                "dapr-first"), "ok", ra.ok("dapr-first"));
        Outcomes.sameKind(checks, SAME_INPUT, "fw-1", "second first-write (Dapr's own / StateDesk's)", rb,
                "dapr-second", sdSecond);
        Outcomes.sameKind(checks, SAME_INPUT, "fw-1", "second first-write with ETag \"\"", rb,
                "dapr-second-empty-etag", attempt(() -> fixture.engine().set(SetRequest.lastWrite("fw-1", v2,
                        Storage.B).withConcurrency(Concurrency.FIRST_WRITE).withEtag(""))));
        checks.record(SAME_INPUT, "fw-1", "second first-write", "error names ConditionalCheckFailedException",
                rb.error("dapr-second"), sdSecond == null ? "ok" : sdSecond.getMessage(),
                rb.error("dapr-second").contains("ConditionalCheckFailedException")
                        && sdSecond != null && sdSecond.getMessage().contains("ConditionalCheckFailedException"));
        checks.sameBytes(DAPR_TO_STATEDESK, "fw-1", "Get after the refusals", rb.read("get").data(),
                fixture.read("fw-1").data());

        // StateDesk writes first: Dapr's first-write is refused.
        StateStoreException sdFirst = attempt(() -> fixture.engine().set(SetRequest.lastWrite("fw-2", v1, Storage.B)
                .withConcurrency(Concurrency.FIRST_WRITE)));
        StateStoreException sdAgain = attempt(() -> fixture.engine().set(SetRequest.lastWrite("fw-2", v2, Storage.B)
                .withConcurrency(Concurrency.FIRST_WRITE)));
        Script c = fixture.script();
        Script.firstWrite(c.setBytes("dapr-after-sd", "fw-2", v2));
        c.get("get-fw-2", "fw-2");
        GoResults rc = fixture.run(c);
        checks.record(STATEDESK_TO_DAPR, "fw-2", "first-write on a new key", "outcome", "ok",
                InteropFixture.showKind(sdFirst), sdFirst == null);
        Outcomes.sameKind(checks, SAME_INPUT, "fw-2", "second first-write (Dapr's / StateDesk's own)", rc,
                "dapr-after-sd", sdAgain);
        checks.sameBytes(STATEDESK_TO_DAPR, "fw-2", "Get after the refusals", rc.read("get-fw-2").data(),
                fixture.read("fw-2").data());

        // first-write with the current ETag (read by the other side): accepted by both; stale: ETag mismatch.
        String daprEtag = rc.read("get-fw-2").etag();
        String[] sdEtag = new String[1];
        StateStoreException sdWithCurrent = attempt(() -> sdEtag[0] = fixture.engine().set(SetRequest.lastWrite(
                "fw-2", utf8("testValue3"), Storage.B).withConcurrency(Concurrency.FIRST_WRITE).withEtag(daprEtag)));
        Script d = fixture.script();
        Script.withEtag(Script.firstWrite(d.setBytes("dapr-with-current", "fw-2", utf8("testValue4"))), sdEtag[0]);
        Script.withEtag(Script.firstWrite(d.setBytes("dapr-with-stale", "fw-2", utf8("testValue5"))), daprEtag);
        d.get("get-fw-2b", "fw-2");
        GoResults rd = fixture.run(d);
        StateStoreException sdWithStale = attempt(() -> fixture.engine().set(SetRequest.lastWrite("fw-2",
                utf8("testValue6"), Storage.B).withConcurrency(Concurrency.FIRST_WRITE).withEtag(sdEtag[0])));
        checks.record(BOTH, "fw-2", "StateDesk first-write with the ETag Dapr read", "outcome", "ok",
                InteropFixture.showKind(sdWithCurrent), sdWithCurrent == null);
        checks.record(BOTH, "fw-2", "Dapr first-write with the ETag StateDesk's Set returned", "outcome",
                Outcomes.dapr(rd, "dapr-with-current"), "ok", rd.ok("dapr-with-current"));
        Outcomes.sameKind(checks, SAME_INPUT, "fw-2", "first-write with a stale ETag", rd, "dapr-with-stale",
                sdWithStale);
        checks.sameBytes(DAPR_TO_STATEDESK, "fw-2", "Get at the end", rd.read("get-fw-2b").data(),
                fixture.read("fw-2").data());

        // Legacy items without etag: first-write overwrites them on both sides.
        for (String key : new String[] {"legacy-fw-dapr", "legacy-fw-sd"}) {
            fixture.putRaw(Map.of("key", AttributeValue.fromS(key), "value", AttributeValue.fromS("legacy text")));
        }
        Script e = fixture.script();
        Script.firstWrite(e.setBytes("dapr-over-legacy", "legacy-fw-dapr", v1));
        GoResults re = fixture.run(e);
        StateStoreException sdOverLegacy = attempt(() -> fixture.engine().set(SetRequest.lastWrite("legacy-fw-sd",
                v1, Storage.B).withConcurrency(Concurrency.FIRST_WRITE)));
        Script f = fixture.script();
        f.get("read-dapr-written", "legacy-fw-dapr");
        f.get("read-sd-written", "legacy-fw-sd");
        GoResults rf = fixture.run(f);
        Outcomes.sameKind(checks, SAME_INPUT, "legacy item (no etag)", "first-write over it", re, "dapr-over-legacy",
                sdOverLegacy);
        checks.sameBytes(DAPR_TO_STATEDESK, "legacy-fw-dapr", "Get", rf.read("read-dapr-written").data(),
                fixture.read("legacy-fw-dapr").data());
        checks.same(DAPR_TO_STATEDESK, "legacy-fw-dapr", "Get", "ETag", orNil(rf.read("read-dapr-written").etag()),
                orNil(fixture.read("legacy-fw-dapr").etag()));
        checks.sameBytes(STATEDESK_TO_DAPR, "legacy-fw-sd", "Get", rf.read("read-sd-written").data(),
                fixture.read("legacy-fw-sd").data());
        checks.same(STATEDESK_TO_DAPR, "legacy-fw-sd", "Get", "ETag", orNil(rf.read("read-sd-written").etag()),
                orNil(fixture.read("legacy-fw-sd").etag()));
        checks.same(SAME_INPUT, "legacy item (no etag)", "stored item after first-write", "attributes and types",
                InteropFixture.layout(fixture.raw("legacy-fw-dapr")), InteropFixture.layout(fixture.raw(
                        "legacy-fw-sd")));
        checks.assertAllEqual();
    }

    /** The one intended difference: Dapr accepts the request, StateDesk refuses it as invalid and sends nothing. */
    private static void refusedByStateDeskOnly(Checks checks, String operation, GoResults dapr, String id,
            StateStoreException engine) {
        String daprKind = Outcomes.dapr(dapr, id);
        boolean expected = "ok".equals(daprKind) && engine instanceof InvalidRequestException
                && engine.getMessage().contains("is empty");
        checks.record(SAME_INPUT, "existing key", operation + " (Dapr: none; StateDesk: refused, decision 0017)",
                "outcome", daprKind, InteropFixture.showKind(engine), expected);
    }
}
