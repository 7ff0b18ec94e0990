package io.statedesk.interop;

import static io.statedesk.interop.Checks.BOTH;
import static io.statedesk.interop.Checks.DAPR_TO_STATEDESK;
import static io.statedesk.interop.Checks.SAME_INPUT;
import static io.statedesk.interop.Checks.STATEDESK_TO_DAPR;
import static io.statedesk.interop.Checks.orNil;
import static io.statedesk.interop.InteropFixture.attempt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.statedesk.engine.StateStore.BulkGetResult;
import io.statedesk.engine.StateStore.BulkWriteResult;
import io.statedesk.engine.error.StateStoreException;
import io.statedesk.engine.error.TransactionCancelledException;
import io.statedesk.engine.model.Concurrency;
import io.statedesk.engine.model.Consistency;
import io.statedesk.engine.model.DeleteRequest;
import io.statedesk.engine.model.SetRequest;
import io.statedesk.engine.model.Storage;
import io.statedesk.engine.model.TransactionOperation;
import io.statedesk.engine.model.TransactionOperation.Delete;
import io.statedesk.engine.model.TransactionOperation.Upsert;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Transactions (Multi) and bulk operations, the same request on both sides and the results read by both: duplicate
 * keys keep the last operation, transactional deletes ignore ETags, a failed condition cancels everything; BulkGet
 * with a missing key; BulkSet and BulkDelete report only the failed keys.
 */
@DaprInterop
class TransactionInteropIT {

    private static final Pattern REASONS = Pattern.compile("\\[([A-Za-z, ]+)]\\s*$");

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

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static SetRequest s(String key, String stored) {
        return SetRequest.lastWrite(key, utf8(stored), Storage.S);
    }

    /** One transaction, described once and run by both sides on their own keys ({@code <name>-dapr}, {@code -sd}). */
    private record Tx(String name, List<String> keys, java.util.function.BiConsumer<ArrayNode, Function<String,
            String>> dapr, Function<Function<String, String>, List<TransactionOperation>> engine) {
    }

    private static ObjectNode string(ObjectNode op, String value) {
        op.put("string", value);
        return op;
    }

    private static ObjectNode bytes(ObjectNode op, byte[] value) {
        return Script.bytesValue(op, value);
    }

    @Test
    void transactions_haveTheSameEffectOnBothSides() {
        Checks checks = new Checks("Transactions (Multi)", "Each transaction is run once by Dapr's component on keys "
                + "`<key>-dapr` and once by StateDesk's engine on keys `<key>-sd`, after the same preparation; then "
                + "both sides read every key of both runs.");
        // Preparation: existing items that the transactions delete or condition on (written by StateDesk, read by
        // Dapr's component through the ETags below).
        Map<String, String> etags = new java.util.HashMap<>();
        for (String side : List.of("dapr", "sd")) {
            fixture.engine().set(s("order-1-" + side, "\"value1\""));
            etags.put("del-etag-" + side, fixture.engine().set(s("del-etag-" + side, "\"x\"")));
            etags.put("cancel-a-" + side, fixture.engine().set(s("cancel-a-" + side, "\"x\"")));
            etags.put("fw-existing-" + side, fixture.engine().set(s("fw-existing-" + side, "\"x\"")));
            etags.put("current-" + side, fixture.engine().set(s("current-" + side, "\"x\"")));
        }
        List<Tx> txs = new ArrayList<>();
        txs.add(new Tx("duplicate keys: Set \"a\" with ttl 3600, then Set bytes b", List.of("dup"),
                (ops, k) -> {
                    Script.withTtl(string(Script.upsert(ops, k.apply("dup")), "a"), "3600");
                    bytes(Script.upsert(ops, k.apply("dup")), utf8("b"));
                },
                k -> List.of(new Upsert(s(k.apply("dup"), "\"a\"").withTtlInSeconds("3600")),
                        new Upsert(SetRequest.lastWrite(k.apply("dup"), utf8("b"), Storage.B)))));
        txs.add(new Tx("order: Delete 1, Set 2, Delete 2, Set 3", List.of("order-1", "order-2", "order-3"),
                (ops, k) -> {
                    Script.txDelete(ops, k.apply("order-1"));
                    string(Script.upsert(ops, k.apply("order-2")), "value2");
                    Script.txDelete(ops, k.apply("order-2"));
                    string(Script.upsert(ops, k.apply("order-3")), "value3");
                },
                k -> List.of(new Delete(k.apply("order-1")), new Upsert(s(k.apply("order-2"), "\"value2\"")),
                        new Delete(k.apply("order-2")), new Upsert(s(k.apply("order-3"), "\"value3\"")))));
        txs.add(new Tx("Delete with bad-etag (ignored)", List.of("del-etag"),
                (ops, k) -> Script.withEtag(Script.txDelete(ops, k.apply("del-etag")), "bad-etag"),
                k -> List.of(new Delete(k.apply("del-etag"), "bad-etag"))));
        txs.add(new Tx("Upsert with bad-etag next to another Upsert", List.of("cancel-a", "cancel-b"),
                (ops, k) -> {
                    Script.withEtag(string(Script.upsert(ops, k.apply("cancel-a")), "new"), "bad-etag");
                    string(Script.upsert(ops, k.apply("cancel-b")), "new");
                },
                k -> List.of(new Upsert(s(k.apply("cancel-a"), "\"new\"").withEtag("bad-etag")),
                        new Upsert(s(k.apply("cancel-b"), "\"new\"")))));
        txs.add(new Tx("Upsert with an ETag on a new item", List.of("new-with-etag"),
                (ops, k) -> Script.withEtag(string(Script.upsert(ops, k.apply("new-with-etag")), "v"), "0123abcd"),
                k -> List.of(new Upsert(s(k.apply("new-with-etag"), "\"v\"").withEtag("0123abcd")))));
        txs.add(new Tx("Upsert first-write on an existing item", List.of("fw-existing"),
                (ops, k) -> Script.firstWrite(string(Script.upsert(ops, k.apply("fw-existing")), "v")),
                k -> List.of(new Upsert(s(k.apply("fw-existing"), "\"v\"").withConcurrency(Concurrency.FIRST_WRITE)))));
        txs.add(new Tx("Upsert with the current ETag, plus a TTL", List.of("current"),
                (ops, k) -> Script.withTtl(Script.withEtag(string(Script.upsert(ops, k.apply("current")), "v2"),
                        etags.get(k.apply("current"))), "3600"),
                k -> List.of(new Upsert(s(k.apply("current"), "\"v2\"").withEtag(etags.get(k.apply("current")))
                        .withTtlInSeconds("3600")))));
        txs.add(new Tx("Upsert with ttlInSeconds foo", List.of("tx-ttl"),
                (ops, k) -> Script.withTtl(string(Script.upsert(ops, k.apply("tx-ttl")), "v"), "foo"),
                k -> List.of(new Upsert(s(k.apply("tx-ttl"), "\"v\"").withTtlInSeconds("foo")))));
        txs.add(new Tx("Delete of a missing key", List.of("never-written"),
                (ops, k) -> Script.txDelete(ops, k.apply("never-written")),
                k -> List.of(new Delete(k.apply("never-written")))));
        txs.add(new Tx("no operations", List.of(), (ops, k) -> { }, k -> List.of()));

        Function<String, String> daprKeys = key -> key + "-dapr";
        Function<String, String> sdKeys = key -> key + "-sd";
        List<StateStoreException> engineErrors = new ArrayList<>();
        for (Tx tx : txs) {
            engineErrors.add(attempt(() -> fixture.engine().transact(tx.engine().apply(sdKeys))));
        }
        Script script = fixture.script();
        for (int i = 0; i < txs.size(); i++) {
            txs.get(i).dapr().accept(script.multi("tx-" + i), daprKeys);
        }
        for (Tx tx : txs) {
            for (String key : tx.keys()) {
                script.get("get-" + daprKeys.apply(key), daprKeys.apply(key));
                script.get("get-" + sdKeys.apply(key), sdKeys.apply(key));
            }
        }
        GoResults dapr = fixture.run(script);

        for (int i = 0; i < txs.size(); i++) {
            Tx tx = txs.get(i);
            StateStoreException engineError = engineErrors.get(i);
            Outcomes.sameKind(checks, SAME_INPUT, tx.name(), "Multi", dapr, "tx-" + i, engineError);
            if (!dapr.ok("tx-" + i) && engineError instanceof TransactionCancelledException cancelled) {
                checks.same(SAME_INPUT, tx.name(), "Multi", "cancellation reasons", reasons(dapr.error("tx-" + i)),
                        cancelled.reasons().stream().map(TransactionCancelledException.Reason::code)
                                .collect(Collectors.joining(", ")));
            } else if (!dapr.ok("tx-" + i) || engineError != null) {
                // The two runs used their own keys (-dapr, -sd): align them before comparing the texts.
                String daprText = dapr.error("tx-" + i);
                Outcomes.sameTextPrefix(checks, SAME_INPUT, tx.name(), "Multi",
                        daprText == null ? null : daprText.replace("-dapr", "-sd"), engineError);
            }
            for (String key : tx.keys()) {
                compareReads(checks, tx.name(), daprKeys.apply(key), sdKeys.apply(key), dapr);
            }
        }
        checks.assertAllEqual();
    }

    /** Both sides read the key each side wrote; the two items then compare as the same input's results. */
    private void compareReads(Checks checks, String subject, String daprKey, String sdKey, GoResults dapr) {
        GoResults.Read daprOwn = dapr.read("get-" + daprKey);
        GoResults.Read daprOther = dapr.read("get-" + sdKey);
        InteropFixture.EngineRead engineOther = fixture.read(daprKey);
        InteropFixture.EngineRead engineOwn = fixture.read(sdKey);
        checks.sameBytes(DAPR_TO_STATEDESK, subject, "Get " + daprKey, daprOwn.data(), engineOther.data());
        checks.same(DAPR_TO_STATEDESK, subject, "Get " + daprKey, "ETag", orNil(daprOwn.etag()),
                orNil(engineOther.etag()));
        checks.same(DAPR_TO_STATEDESK, subject, "Get " + daprKey, "ttlExpireTime", orNil(daprOwn.ttlExpireTime()),
                orNil(engineOther.ttlExpireTime()));
        checks.sameBytes(STATEDESK_TO_DAPR, subject, "Get " + sdKey, daprOther.data(), engineOwn.data());
        checks.same(STATEDESK_TO_DAPR, subject, "Get " + sdKey, "ETag", orNil(daprOther.etag()),
                orNil(engineOwn.etag()));
        checks.same(STATEDESK_TO_DAPR, subject, "Get " + sdKey, "ttlExpireTime", orNil(daprOther.ttlExpireTime()),
                orNil(engineOwn.ttlExpireTime()));
        checks.same(SAME_INPUT, subject, "stored items " + daprKey + " / " + sdKey, "attributes and types",
                InteropFixture.layout(fixture.raw(daprKey)), InteropFixture.layout(fixture.raw(sdKey)));
        checks.sameBytes(SAME_INPUT, subject, "stored items " + daprKey + " / " + sdKey, daprOwn.data(),
                engineOwn.data());
    }

    /** The reason codes at the end of DynamoDB's TransactionCanceledException text, e.g. "ConditionalCheckFailed, None". */
    private static String reasons(String error) {
        Matcher matcher = REASONS.matcher(error == null ? "" : error);
        return matcher.find() ? matcher.group(1) : "(none in: " + error + ")";
    }

    @Test
    void bulkOperations_reportTheSameKeysOnBothSides() {
        Checks checks = new Checks("Bulk operations", "BulkGet over keys written by each side plus a missing key; "
                + "BulkSet and BulkDelete with one `bad-etag` among good requests, on both sides.");
        String sdEtag = fixture.engine().set(s("bulk-sd", "{\"n\":1}"));
        for (String side : List.of("dapr", "sd")) {
            fixture.engine().set(s("bs-ok-1-" + side, "\"x\""));
            fixture.engine().set(s("bs-bad-" + side, "\"x\""));
            fixture.engine().set(s("bd-plain-" + side, "\"x\""));
            fixture.engine().set(s("bd-bad-" + side, "\"x\""));
        }
        Script first = fixture.script();
        first.setBytes("set-bulk-dapr", "bulk-dapr", ValueKindsInteropIT.hex("00ff8040"));
        GoResults written = fixture.run(first);
        checks.record(DAPR_TO_STATEDESK, "bulk-dapr", "Set", "outcome", Outcomes.dapr(written, "set-bulk-dapr"), "ok",
                written.ok("set-bulk-dapr"));

        List<String> keys = List.of("bulk-sd", "bulk-missing", "bulk-dapr");
        Script script = fixture.script();
        script.bulkGet("bulkGet", keys);
        ObjectNode bulkSet = script.op("bulkSet", "bulkSet");
        ArrayNode items = bulkSet.putArray("items");
        string(items.addObject().put("key", "bs-ok-1-dapr"), "y");
        Script.withEtag(string(items.addObject().put("key", "bs-bad-dapr"), "y"), "bad-etag");
        string(items.addObject().put("key", "bs-ok-2-dapr"), "y");
        ObjectNode bulkDelete = script.op("bulkDelete", "bulkDelete");
        ArrayNode deletes = bulkDelete.putArray("items");
        deletes.addObject().put("key", "bd-plain-dapr");
        Script.withEtag(deletes.addObject().put("key", "bd-bad-dapr"), "bad-etag");
        for (String key : List.of("bs-ok-1", "bs-bad", "bs-ok-2", "bd-plain", "bd-bad")) {
            script.get("get-" + key + "-dapr", key + "-dapr");
        }
        GoResults dapr = fixture.run(script);

        List<BulkGetResult> engineGet = fixture.engine().bulkGet(keys, Consistency.EVENTUAL);
        List<BulkWriteResult> engineSet = fixture.engine().bulkSet(List.of(s("bs-ok-1-sd", "\"y\""),
                s("bs-bad-sd", "\"y\"").withEtag("bad-etag"), s("bs-ok-2-sd", "\"y\"")));
        List<BulkWriteResult> engineDelete = fixture.engine().bulkDelete(List.of(
                DeleteRequest.unconditional("bd-plain-sd"), new DeleteRequest("bd-bad-sd", "bad-etag")));

        JsonNode results = dapr.line("bulkGet").get("results");
        checks.same(SAME_INPUT, "BulkGet " + keys, "BulkGet", "keys in order",
                String.join(", ", results.findValuesAsText("key")),
                engineGet.stream().map(BulkGetResult::key).collect(Collectors.joining(", ")));
        for (int i = 0; i < keys.size(); i++) {
            GoResults.Read daprRead = GoResults.Read.of(results.get(i));
            BulkGetResult engineResult = engineGet.get(i);
            InteropFixture.EngineRead engineRead = InteropFixture.EngineRead.of(engineResult.item().orElse(null));
            String direction = keys.get(i).endsWith("-dapr") ? DAPR_TO_STATEDESK
                    : keys.get(i).endsWith("-sd") ? STATEDESK_TO_DAPR : SAME_INPUT;
            checks.sameBytes(direction, keys.get(i), "BulkGet", daprRead.data(), engineRead.data());
            checks.same(direction, keys.get(i), "BulkGet", "ETag", orNil(daprRead.etag()), orNil(engineRead.etag()));
            checks.same(direction, keys.get(i), "BulkGet", "per-key error", orNil(daprRead.error()),
                    engineResult.error().map(e -> e.getMessage()).orElse("nil"));
        }
        checks.same(STATEDESK_TO_DAPR, "bulk-sd", "BulkGet", "ETag = StateDesk's Set result",
                orNil(GoResults.Read.of(results.get(0)).etag()), sdEtag);

        checks.same(SAME_INPUT, "BulkSet [ok, bad-etag, ok]", "BulkSet", "failed keys",
                failedKeys(dapr.line("bulkSet")), failedKeys(engineSet, "-sd"));
        checks.same(SAME_INPUT, "BulkSet [ok, bad-etag, ok]", "BulkSet", "error kinds", errorKinds(dapr.line("bulkSet")),
                engineSet.stream().filter(r -> !r.succeeded()).map(r -> InteropFixture.kindOf(r.error().get()))
                        .collect(Collectors.joining(", ")));
        checks.same(SAME_INPUT, "BulkDelete [no etag, bad-etag]", "BulkDelete", "failed keys",
                failedKeys(dapr.line("bulkDelete")), failedKeys(engineDelete, "-sd"));
        checks.same(SAME_INPUT, "BulkDelete [no etag, bad-etag]", "BulkDelete", "error kinds",
                errorKinds(dapr.line("bulkDelete")), engineDelete.stream().filter(r -> !r.succeeded())
                        .map(r -> InteropFixture.kindOf(r.error().get())).collect(Collectors.joining(", ")));
        for (String key : List.of("bs-ok-1", "bs-bad", "bs-ok-2", "bd-plain", "bd-bad")) {
            checks.sameBytes(SAME_INPUT, key + "-dapr / " + key + "-sd", "Get after the bulk writes",
                    dapr.read("get-" + key + "-dapr").data(), fixture.read(key + "-sd").data());
        }
        checks.assertAllEqual();
    }

    private static String failedKeys(JsonNode line) {
        List<String> keys = new ArrayList<>();
        line.path("errors").forEach(e -> keys.add(e.path("key").asText().replace("-dapr", "")));
        return String.join(", ", keys);
    }

    private static String errorKinds(JsonNode line) {
        List<String> kinds = new ArrayList<>();
        line.path("errors").forEach(e -> kinds.add(e.path("errorKind").asText()));
        return String.join(", ", kinds);
    }

    private static String failedKeys(List<BulkWriteResult> results, String suffix) {
        return results.stream().filter(r -> !r.succeeded()).map(r -> r.key().replace(suffix, ""))
                .sorted().collect(Collectors.joining(", "));
    }
}
