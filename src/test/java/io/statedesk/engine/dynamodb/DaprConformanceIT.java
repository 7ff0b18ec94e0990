package io.statedesk.engine.dynamodb;

import static io.statedesk.engine.dynamodb.EngineFixture.ETAG_PATTERN;
import static io.statedesk.engine.dynamodb.EngineFixture.firstWrite;
import static io.statedesk.engine.dynamodb.EngineFixture.raw;
import static io.statedesk.engine.dynamodb.EngineFixture.setB;
import static io.statedesk.engine.dynamodb.EngineFixture.setS;
import static io.statedesk.engine.dynamodb.EngineFixture.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.StateStore.BulkGetResult;
import io.statedesk.engine.StateStore.BulkWriteResult;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.error.EtagMismatchException;
import io.statedesk.engine.error.FirstWriteConflictException;
import io.statedesk.engine.error.InvalidRequestException;
import io.statedesk.engine.model.Consistency;
import io.statedesk.engine.model.DeleteRequest;
import io.statedesk.engine.model.SetRequest;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.Storage;
import io.statedesk.engine.model.TransactionOperation;
import io.statedesk.engine.model.TransactionOperation.Delete;
import io.statedesk.engine.model.TransactionOperation.Upsert;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Dapr's state conformance suite ({@code tests/conformance/state/state.go}, spec 5.2) against DynamoDB Local, with
 * the component configured like the {@code aws.dynamodb.terraform} variant ({@code ttlAttributeName: expiresAt},
 * operations transaction, etag, first-write, ttl). Keys carry no prefix: the suite calls the component directly.
 * Go values become what daprd stores for them ({@link DaprdValue}); every stored form is also checked attribute by
 * attribute through the raw SDK. The unit expectations (5.3) are in {@link DaprComponentUnitIT}, the extra cases
 * (5.5) in {@link DaprExtraCasesIT}, and what was found for the claims the spec marks [inferred] in
 * {@link InferredClaimsIT}.
 */
@WithTestDatabase
class DaprConformanceIT {

    private static final String BAD_ETAG = "bad-etag";

    private DynamoDbClient client;
    private String table;
    private StateStore store;
    /** The suite's base key: a UUID without dashes. */
    private String k;

    @BeforeEach
    void setUp(DaprTables tables, DynamoDbClient client) {
        this.client = client;
        this.table = tables.createWithTtl("expiresAt");
        this.store = EngineFixture.store(client, StoreConfig.of(table).withTtlAttributeName("expiresAt"));
        this.k = UUID.randomUUID().toString().replace("-", "");
    }

    private static Map<String, Object> struct(Object... fieldsAndValues) {
        Map<String, Object> struct = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            struct.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return struct;
    }

    /** The suite's set/get scenarios: key suffix, Go value, stored type and stored text (base64 for B). */
    static Stream<Arguments> scenarios() {
        return Stream.of(
                Arguments.of("int", 123, Storage.S, "123"),
                Arguments.of("bool", true, Storage.S, "true"),
                Arguments.of("bytes", new byte[] {0x01}, Storage.B, "\u0001"),
                Arguments.of("string-with-json", "{\"a\":\"b\"}", Storage.S, "\"{\\\"a\\\":\\\"b\\\"}\""),
                Arguments.of("string", "hello world", Storage.S, "\"hello world\""),
                Arguments.of("empty-string", "", Storage.S, "\"\""),
                Arguments.of("struct", struct("message", "testK"), Storage.S, "{\"message\":\"testK\"}"),
                Arguments.of("struct-operations", struct("product", struct("value", 15), "status", "ACTIVE",
                        "message", "Kmessage"), Storage.S,
                        "{\"product\":{\"value\":15},\"status\":\"ACTIVE\",\"message\":\"Kmessage\"}"),
                Arguments.of("struct-operations-inactive", struct("product", struct("value", 12), "status",
                        "INACTIVE", "message", "Kmessage"), Storage.S,
                        "{\"product\":{\"value\":12},\"status\":\"INACTIVE\",\"message\":\"Kmessage\"}"),
                Arguments.of("struct-2", struct("message", "Ktest"), Storage.S, "{\"message\":\"Ktest\"}"),
                Arguments.of("struct-with-int", struct("message", 42), Storage.S, "{\"message\":42}"),
                Arguments.of("to-be-deleted", "to be deleted", Storage.S, "\"to be deleted\""),
                // "set and get proto": TestEvent{eventId:-1} as protobuf wire bytes, stored as B byte for byte.
                Arguments.of("proto", new byte[] {0x08, -1, -1, -1, -1, -1, -1, -1, -1, -1, 0x01}, Storage.B,
                        new String(new byte[] {0x08, -1, -1, -1, -1, -1, -1, -1, -1, -1, 0x01},
                                StandardCharsets.ISO_8859_1)));
    }

    @ParameterizedTest(name = "K-{0}")
    @MethodSource("scenarios")
    void setThenGet_storesDaprdsForm_attributeByAttribute(String suffix, Object goValue, Storage storage,
            String stored) {
        String key = k + "-" + suffix;
        DaprdValue value = DaprdValue.of(goValue);

        String etag = store.set(value.set(key));

        Map<String, AttributeValue> item = raw(client, table, key);
        assertThat(item).containsOnlyKeys("key", "value", "etag");
        assertThat(item.get("key").s()).isEqualTo(key);
        assertThat(item.get("etag").s()).isEqualTo(etag).matches(ETAG_PATTERN);
        byte[] expected = storage == Storage.B ? stored.getBytes(StandardCharsets.ISO_8859_1)
                : stored.getBytes(StandardCharsets.UTF_8);
        if (storage == Storage.B) {
            assertThat(item.get("value").type()).isEqualTo(AttributeValue.Type.B);
            assertThat(item.get("value").b().asByteArray()).containsExactly(expected);
        } else {
            assertThat(item.get("value").type()).isEqualTo(AttributeValue.Type.S);
            assertThat(item.get("value").s()).isEqualTo(stored);
        }
        StateItem read = store.get(key, Consistency.STRONG).orElseThrow();
        assertThat(read.value()).containsExactly(expected);
        assertThat(read.storage()).isEqualTo(storage);
        assertThat(read.etag()).isEqualTo(etag);
        assertThat(read.ttlExpireTime()).isEmpty();
    }

    @Test
    void absentFeatures_noQueryNoDeleteWithPrefixNoKeysLike() {
        // Steps 3 and 17: the store advertises no QUERY_API, DELETE_WITH_PREFIX or KEYS_LIKE, and has no such calls.
        assertThat(Arrays.stream(StateStore.class.getMethods()).map(m -> m.getName().toLowerCase()))
                .noneMatch(name -> name.contains("query") || name.contains("prefix") || name.contains("keyslike"));
    }

    @Test
    void init_probeSucceeds() {
        store.probe();
    }

    @Test
    void delete_removesEachKey_andDeletingKeysNeverWritten_isNotAnError() {
        store.set(DaprdValue.of("to be deleted").set(k + "-to-be-deleted"));
        // The suite deletes every toBeDeleted scenario, including the two transaction keys never written yet.
        for (String suffix : List.of("to-be-deleted", "trx-to-be-deleted", "trx-to-be-deleted-too")) {
            store.delete(DeleteRequest.unconditional(k + "-" + suffix));
            assertThat(store.get(k + "-" + suffix, Consistency.STRONG)).isEmpty();
        }
        assertThat(raw(client, table, k + "-to-be-deleted")).isEmpty();
    }

    private List<SetRequest> bulkScenarios() {
        return List.of(
                DaprdValue.of(123).set(k + "-bulk-int"),
                DaprdValue.of(true).set(k + "-bulk-bool"),
                DaprdValue.of(new byte[] {0x01}).set(k + "-bulk-bytes"),
                DaprdValue.of("hello world").set(k + "-bulk-string"),
                DaprdValue.of(struct("message", "test")).set(k + "-bulk-struct"),
                DaprdValue.of("to be deleted").set(k + "-bulk-to-be-deleted"),
                DaprdValue.of("to be deleted too").set(k + "-bulk-to-be-deleted-too"));
    }

    @Test
    void bulkSet_thenGetEach_andBulkGetAll() {
        List<SetRequest> requests = bulkScenarios();

        List<BulkWriteResult> results = store.bulkSet(requests);

        assertThat(results).allMatch(BulkWriteResult::succeeded).hasSize(7);
        for (SetRequest request : requests) {
            StateItem item = store.get(request.key(), Consistency.STRONG).orElseThrow();
            assertThat(item.value()).containsExactly(request.value());
            assertThat(item.storage()).isEqualTo(request.storage());
        }
        List<BulkGetResult> all = store.bulkGet(requests.stream().map(SetRequest::key).toList(), Consistency.STRONG);
        for (int i = 0; i < requests.size(); i++) {
            assertThat(all.get(i).key()).isEqualTo(requests.get(i).key());
            assertThat(all.get(i).error()).isEmpty();
            assertThat(all.get(i).item().orElseThrow().value()).containsExactly(requests.get(i).value());
        }
    }

    @Test
    void bulkGet_missingKey_hasNoDataAndNoError() {
        store.bulkSet(bulkScenarios());

        List<BulkGetResult> results = store.bulkGet(List.of("doesnotexist", k + "-bulk-int"), Consistency.STRONG);

        assertThat(results.get(0).key()).isEqualTo("doesnotexist");
        assertThat(results.get(0).item()).isEmpty();
        assertThat(results.get(0).error()).isEmpty();
        assertThat(utf8(results.get(1).item().orElseThrow().value())).isEqualTo("123");
    }

    @Test
    void bulkDelete_removesTheToBeDeletedKeys() {
        store.bulkSet(bulkScenarios());

        List<BulkWriteResult> results = store.bulkDelete(List.of(
                DeleteRequest.unconditional(k + "-bulk-to-be-deleted"),
                DeleteRequest.unconditional(k + "-bulk-to-be-deleted-too")));

        assertThat(results).allMatch(BulkWriteResult::succeeded);
        assertThat(store.get(k + "-bulk-to-be-deleted", Consistency.STRONG)).isEmpty();
        assertThat(store.get(k + "-bulk-to-be-deleted-too", Consistency.STRONG)).isEmpty();
        assertThat(store.get(k + "-bulk-int", Consistency.STRONG)).isPresent();
    }

    private Upsert upsert(String suffix, Object goValue) {
        return new Upsert(DaprdValue.of(goValue).set(k + "-" + suffix));
    }

    private void assertValue(String suffix, Object goValue) {
        StateItem item = store.get(k + "-" + suffix, Consistency.STRONG).orElseThrow();
        assertThat(item.value()).containsExactly(DaprdValue.of(goValue).bytes());
        assertThat(item.etag()).matches(ETAG_PATTERN);
    }

    private void assertAbsent(String suffix) {
        assertThat(store.get(k + "-" + suffix, Consistency.STRONG)).isEmpty();
    }

    @Test
    void transaction_groupsOneToFour_upsertsAreReadable_andDeletesAreGone() {
        // Each group is one Multi (the suite also sends metadata partitionKey=myPartition, which the store ignores).
        store.transact(List.of(upsert("trx-int", 123), upsert("trx-bool", true),
                upsert("trx-bytes", new byte[] {0x01}), upsert("trx-string", "hello world"),
                upsert("trx-to-be-deleted", "to be deleted")));
        assertValue("trx-int", 123);
        assertValue("trx-bool", true);
        assertValue("trx-bytes", new byte[] {0x01});
        assertValue("trx-string", "hello world");
        assertValue("trx-to-be-deleted", "to be deleted");

        store.transact(List.of(upsert("trx-struct", struct("message", "test")), new Delete(k + "-trx-to-be-deleted")));
        assertValue("trx-struct", struct("message", "test"));
        assertAbsent("trx-to-be-deleted");

        store.transact(List.of(upsert("trx-to-be-deleted-too", "to be deleted too")));
        assertValue("trx-to-be-deleted-too", "to be deleted too");

        store.transact(List.of(new Delete(k + "-trx-to-be-deleted-too")));
        assertAbsent("trx-to-be-deleted-too");
        assertValue("trx-int", 123);
    }

    @Test
    void transaction_deleteOfANonExistentKey_succeeds() {
        store.transact(List.of(new Delete("non-existent-key")));

        assertThat(store.get("non-existent-key", Consistency.STRONG)).isEmpty();
    }

    @Test
    void transaction_order_lastOperationPerKeyWins() {
        store.set(DaprdValue.of("value1").set(k + "-key1"));
        store.delete(DeleteRequest.unconditional(k + "-key2"));
        store.delete(DeleteRequest.unconditional(k + "-key3"));

        store.transact(List.of(new Delete(k + "-key1"), upsert("key2", "value2"), new Delete(k + "-key2"),
                upsert("key3", "value3")));

        assertAbsent("key1");
        assertAbsent("key2");
        assertThat(utf8(store.get(k + "-key3", Consistency.STRONG).orElseThrow().value())).isEqualTo("\"value3\"");
    }

    // ---- etag (step 12): keys K-etag1..4, values first/second/third-value, bad ETag "bad-etag" ----

    private Map<String, String> etagKeysWithFirstValue() {
        List<String> keys = List.of(k + "-etag1", k + "-etag2", k + "-etag3", k + "-etag4");
        List<BulkWriteResult> results = store.bulkSet(keys.stream()
                .map(key -> DaprdValue.of("first-value").set(key)).toList());
        assertThat(results).allMatch(BulkWriteResult::succeeded);
        Map<String, String> etags = new LinkedHashMap<>();
        for (BulkGetResult result : store.bulkGet(keys, Consistency.STRONG)) {
            StateItem item = result.item().orElseThrow();
            assertThat(item.etag()).isNotEmpty();
            assertThat(utf8(item.value())).isEqualTo("\"first-value\"");
            etags.put(result.key(), item.etag());
        }
        return etags;
    }

    private String etagOf(String key) {
        return store.get(key, Consistency.STRONG).orElseThrow().etag();
    }

    @Test
    void etag_setWithBadEtag_isAMismatch_andWithTheCorrectEtag_succeedsWithANewEtag() {
        Map<String, String> etags = etagKeysWithFirstValue();
        String key = k + "-etag1";

        assertThatThrownBy(() -> store.set(DaprdValue.of("second-value").set(key).withEtag(BAD_ETAG)))
                .isInstanceOf(EtagMismatchException.class)
                .hasMessageStartingWith("possible etag mismatch. error from state store: ");
        String newEtag = store.set(DaprdValue.of("second-value").set(key).withEtag(etags.get(key)));

        assertThat(newEtag).isNotEqualTo(etags.get(key)).isEqualTo(etagOf(key));
        assertThat(utf8(store.get(key, Consistency.STRONG).orElseThrow().value())).isEqualTo("\"second-value\"");
    }

    @Test
    void etag_bulkSetWithOneBadEtag_failsOnlyThatKey_andLeavesItUnchanged() {
        Map<String, String> etags = etagKeysWithFirstValue();
        String etag2 = k + "-etag2";
        String etag3 = k + "-etag3";

        List<BulkWriteResult> results = store.bulkSet(List.of(
                DaprdValue.of("second-value").set(etag2).withEtag(BAD_ETAG),
                DaprdValue.of("second-value").set(etag3).withEtag(etags.get(etag3))));

        assertThat(results).filteredOn(r -> !r.succeeded()).singleElement().satisfies(failed -> {
            assertThat(failed.key()).isEqualTo(etag2);
            assertThat(failed.error()).containsInstanceOf(EtagMismatchException.class);
        });
        assertThat(etagOf(etag2)).isEqualTo(etags.get(etag2));
        assertThat(utf8(store.get(etag2, Consistency.STRONG).orElseThrow().value())).isEqualTo("\"first-value\"");
        assertThat(etagOf(etag3)).isNotEqualTo(etags.get(etag3));
    }

    @Test
    void etag_bulkSetWithValidEtags_succeeds() {
        Map<String, String> etags = etagKeysWithFirstValue();
        String etag2 = k + "-etag2";
        String etag3 = k + "-etag3";

        List<BulkWriteResult> results = store.bulkSet(List.of(
                DaprdValue.of("third-value").set(etag2).withEtag(etags.get(etag2)),
                DaprdValue.of("third-value").set(etag3).withEtag(etags.get(etag3))));

        assertThat(results).allMatch(BulkWriteResult::succeeded);
        for (BulkGetResult result : store.bulkGet(List.of(etag2, etag3), Consistency.STRONG)) {
            assertThat(utf8(result.item().orElseThrow().value())).isEqualTo("\"third-value\"");
        }
    }

    @Test
    void etag_deleteWithBadEtag_isAMismatch_andWithTheCorrectEtag_deletes() {
        Map<String, String> etags = etagKeysWithFirstValue();
        String key = k + "-etag1";

        assertThatThrownBy(() -> store.delete(new DeleteRequest(key, BAD_ETAG)))
                .isInstanceOf(EtagMismatchException.class);
        assertThat(etagOf(key)).isEqualTo(etags.get(key));
        store.delete(new DeleteRequest(key, etags.get(key)));

        // Get: empty data and no ETag.
        assertThat(store.get(key, Consistency.STRONG)).isEmpty();
    }

    @Test
    void etag_bulkDeleteWithOneBadEtag_failsOnlyThatKey() {
        Map<String, String> etags = etagKeysWithFirstValue();
        String etag2 = k + "-etag2";
        String etag3 = k + "-etag3";

        List<BulkWriteResult> results = store.bulkDelete(List.of(new DeleteRequest(etag2, etags.get(etag2)),
                new DeleteRequest(etag3, BAD_ETAG)));

        assertThat(results).filteredOn(r -> !r.succeeded()).singleElement().satisfies(failed -> {
            assertThat(failed.key()).isEqualTo(etag3);
            assertThat(failed.error()).containsInstanceOf(EtagMismatchException.class);
        });
        assertThat(store.get(etag2, Consistency.STRONG)).isEmpty();
        assertThat(etagOf(etag3)).isEqualTo(etags.get(etag3));
    }

    @Test
    void etag_bulkDeleteWithValidEtags_deletesBoth() {
        Map<String, String> etags = etagKeysWithFirstValue();
        String etag3 = k + "-etag3";
        String etag4 = k + "-etag4";

        List<BulkWriteResult> results = store.bulkDelete(List.of(new DeleteRequest(etag3, etags.get(etag3)),
                new DeleteRequest(etag4, etags.get(etag4))));

        assertThat(results).allMatch(BulkWriteResult::succeeded);
        assertThat(store.bulkGet(List.of(etag3, etag4), Consistency.STRONG))
                .hasSize(2).allSatisfy(r -> assertThat(r.item()).isEmpty());
    }

    // ---- first-write (steps 13 and 14) ----

    // Dapr's conformance also runs this with an empty ETag, which Dapr reads as none; StateDesk refuses an empty
    // ETag before sending (decision 0017), see EmptyEtagIT.
    @ParameterizedTest(name = "ETag {0}")
    @NullSource
    void firstWrite_withoutEtag_secondSetFails(String etag) {
        String key = k + "-firstwrite-test";
        store.delete(DeleteRequest.unconditional(key));
        SetRequest first = firstWrite(setB(key, "testValue1".getBytes(StandardCharsets.UTF_8))).withEtag(etag);

        store.set(first);
        assertThat(utf8(store.get(key, Consistency.STRONG).orElseThrow().value())).isEqualTo("testValue1");

        // Dapr reports this as a plain error, not as an ETag mismatch (spec 3, Set).
        assertThatThrownBy(() -> store.set(firstWrite(setB(key, "testValue2".getBytes(StandardCharsets.UTF_8)))
                .withEtag(etag))).isInstanceOf(FirstWriteConflictException.class)
                .isNotInstanceOf(EtagMismatchException.class);
        assertThat(utf8(store.get(key, Consistency.STRONG).orElseThrow().value())).isEqualTo("testValue1");
    }

    @Test
    void firstWrite_withEtag_succeedsOnce_thenTheOldEtagFails() {
        String key = k + "-firstwrite-etag-test";
        store.set(setB(key, "testValue1".getBytes(StandardCharsets.UTF_8)));
        String etag = etagOf(key);

        String next = store.set(firstWrite(setB(key, "testValue2".getBytes(StandardCharsets.UTF_8))).withEtag(etag));

        assertThat(next).isNotEqualTo(etag);
        assertThatThrownBy(() -> store.set(firstWrite(setB(key, "testValue2".getBytes(StandardCharsets.UTF_8)))
                .withEtag(etag))).isInstanceOf(EtagMismatchException.class);
    }

    // ---- TTL (step 15, terraform variant) ----

    @Test
    void ttl_invalidTtlInSeconds_isAnError_andNothingIsWritten() {
        String key = k + "-ttl";

        assertThatThrownBy(() -> store.set(DaprdValue.of("⏱️").set(key).withTtlInSeconds("foo")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("dynamodb error: failed to parse ttlInSeconds: strconv.ParseInt: "
                        + "parsing \"foo\": invalid syntax");
        assertThat(raw(client, table, key)).isEmpty();
    }

    @Test
    void ttl_twoSeconds_readableAtOnce_thenGoneWithinThreeSeconds() throws InterruptedException {
        String key = k + "-ttl";
        store.set(DaprdValue.of("⏱️").set(key).withTtlInSeconds("2"));

        StateItem fresh = store.get(key, Consistency.STRONG).orElseThrow();
        assertThat(fresh.value()).containsExactly(0x22, 0xe2, 0x8f, 0xb1, 0xef, 0xb8, 0x8f, 0x22);
        assertThat(fresh.ttlExpireTime()).isPresent();

        long deadline = System.nanoTime() + 3_000_000_000L;
        Optional<StateItem> read = Optional.of(fresh);
        while (read.isPresent() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            read = store.get(key, Consistency.STRONG);
        }
        assertThat(read).as("gone within 3 s").isEmpty();
        // DynamoDB deletes expired items lazily; until then the TTL filter hides them. Found: DynamoDB Local 3.3.1
        // also deletes them (on a TTL-enabled table, in batches about every ten seconds), so here the item is either
        // still stored and browsable as expired, or already gone. Never live.
        Optional<StateItem> browsed = store.browse(key);
        assertThat(browsed.isEmpty() || browsed.get().expired()).as("absent or marked expired").isTrue();
    }

    @Test
    void ttl_ttlExpireTime_isNowPlusTtl() {
        String key = k + "-ttl-3600";

        store.set(setS(key, "\"x\"").withTtlInSeconds("3600"));

        Instant expires = store.get(key, Consistency.STRONG).orElseThrow().ttlExpireTime().orElseThrow();
        assertThat(expires).isBetween(Instant.now().plusSeconds(3590), Instant.now().plusSeconds(3610));
    }
}
