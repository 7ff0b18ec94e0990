package io.statedesk.engine.dynamodb;

import static io.statedesk.engine.dynamodb.EngineFixture.firstWrite;
import static io.statedesk.engine.dynamodb.EngineFixture.putRaw;
import static io.statedesk.engine.dynamodb.EngineFixture.raw;
import static io.statedesk.engine.dynamodb.EngineFixture.setB;
import static io.statedesk.engine.dynamodb.EngineFixture.setS;
import static io.statedesk.engine.dynamodb.EngineFixture.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.error.EtagMismatchException;
import io.statedesk.engine.error.InvalidRequestException;
import io.statedesk.engine.error.ItemTooLargeException;
import io.statedesk.engine.error.TransactionCancelledException;
import io.statedesk.engine.model.Consistency;
import io.statedesk.engine.model.DeleteRequest;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.Storage;
import io.statedesk.engine.model.TransactionOperation;
import io.statedesk.engine.model.TransactionOperation.Delete;
import io.statedesk.engine.model.TransactionOperation.Upsert;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The extra cases of spec 5.5 that Dapr's suites do not cover, against DynamoDB Local. */
@WithTestDatabase
class DaprExtraCasesIT {

    private static final byte[] INVALID_UTF8 = {0x00, (byte) 0xff, (byte) 0x80, 0x40};
    private static final byte[] PNG_HEADER = {(byte) 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a};

    private DynamoDbClient client;
    private String table;
    private StateStore store;

    /**
     * The table has no table-level TTL on purpose: DynamoDB Local 3.3.1 really deletes expired items of a TTL-enabled
     * table (found while writing these tests: batches of about ten items every ten seconds; the spec assumed it never
     * does), which would make expired items vanish at random. The engine's TTL rules depend only on the component's
     * ttlAttributeName, not on the table's TTL setting.
     */
    @BeforeEach
    void setUp(DaprTables tables, DynamoDbClient client) {
        this.client = client;
        this.table = tables.create();
        this.store = EngineFixture.store(client, StoreConfig.of(table).withTtlAttributeName("expiresAt"));
    }

    /** A store whose ETags are always 16 characters, so that an item's size is known to the byte. */
    private StateStore storeWithSixteenCharEtags() {
        Random fixed = new Random() {
            @Override
            public void nextBytes(byte[] bytes) {
                Arrays.fill(bytes, (byte) 0xab);
            }
        };
        return DynamoDbStateStores.create(StoreConfig.of(table).withTtlAttributeName("expiresAt"), client,
                EngineFixture.EXECUTOR, 4, Clock.systemUTC(), new Etags(fixed));
    }

    /** Found: DynamoDB Local's limit is 409,600 bytes counted as ItemSize counts them (names + values). */
    @Test
    void largeValue_ofExactly400KbItem_isStored_andSizeIsCountedAsDynamoDbCounts() {
        String key = "app||big";
        // key(3) + "app||big"(8) + value(5) + etag(4) + 16 = 36 bytes besides the value bytes.
        byte[] value = new byte[409_600 - 36];
        Arrays.fill(value, (byte) 'x');

        storeWithSixteenCharEtags().set(setB(key, value));

        StateItem read = store.get(key, Consistency.STRONG).orElseThrow();
        assertThat(read.sizeBytes()).isEqualTo(409_600);
        assertThat(read.valueLength()).isEqualTo(value.length);
    }

    @Test
    void largeValue_oneByteOver400Kb_isItemTooLarge_andNothingIsWritten() {
        byte[] value = new byte[409_600 - 36 + 1];

        assertThatThrownBy(() -> storeWithSixteenCharEtags().set(setB("app||big", value)))
                .isInstanceOf(ItemTooLargeException.class)
                .hasMessageContaining("app||big").hasMessageContaining("400 KB");
        assertThat(raw(client, table, "app||big")).isEmpty();
    }

    @Test
    void binaryThatIsNotUtf8_isStoredAsB_andRoundTripsByteForByte() {
        store.set(setB("app||bin", INVALID_UTF8));
        store.set(setB("app||png", PNG_HEADER));

        assertThat(raw(client, table, "app||bin").get("value").b().asByteArray()).containsExactly(INVALID_UTF8);
        assertThat(store.get("app||bin", Consistency.STRONG).orElseThrow().value()).containsExactly(INVALID_UTF8);
        assertThat(store.get("app||png", Consistency.STRONG).orElseThrow().value()).containsExactly(PNG_HEADER);
    }

    @Test
    void binaryThatIsNotUtf8_asS_isRefused_neverReplacedWithU_FFFD() {
        assertThatThrownBy(() -> store.set(SetRequestOf.s("app||bin", INVALID_UTF8)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("app||bin");
        assertThatThrownBy(() -> store.transact(List.of(new Upsert(SetRequestOf.s("app||png", PNG_HEADER)))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("dynamodb error: failed to marshal value for key app||png: ");
        assertThat(raw(client, table, "app||bin")).isEmpty();
        assertThat(raw(client, table, "app||png")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"orders||ключ-⏱️", "orders||😀 emoji", "orders||中文/键", "orders||é\u0301"})
    void unicodeKeys_areStoredAsTheirExactText(String key) {
        store.set(setS(key, "\"⏱️\""));

        assertThat(raw(client, table, key).get("key").s()).isEqualTo(key);
        StateItem read = store.get(key, Consistency.STRONG).orElseThrow();
        assertThat(read.key().stored()).isEqualTo(key);
        assertThat(read.key().appId()).isEqualTo("orders");
    }

    @Test
    void legacyItem_withSValueAndNoEtag_isReadable_andFirstWriteOverItSucceeds() {
        putRaw(client, table, Map.of("key", AttributeValue.fromS("legacy||profile"),
                "value", AttributeValue.fromS("{\"a\":1}")));

        StateItem legacy = store.get("legacy||profile", Consistency.STRONG).orElseThrow();
        assertThat(legacy.etag()).isNull();
        assertThat(utf8(legacy.value())).isEqualTo("{\"a\":1}");

        // attribute_not_exists(etag) holds for an item without an etag attribute: it is overwritten.
        String etag = store.set(firstWrite(setS("legacy||profile", "{\"a\":2}")));
        assertThat(raw(client, table, "legacy||profile").get("etag").s()).isEqualTo(etag);
    }

    @Test
    void setWithEtag_onAMissingKey_isAMismatch() {
        assertThatThrownBy(() -> store.set(setS("app||missing", "1").withEtag("1bdead4badc0ffee")))
                .isInstanceOf(EtagMismatchException.class).hasMessageContaining("app||missing");
        assertThat(raw(client, table, "app||missing")).isEmpty();
    }

    @Test
    void deleteWithEtag_onAMissingKey_isAMismatch() {
        assertThatThrownBy(() -> store.delete(new DeleteRequest("app||missing", "1bdead4badc0ffee")))
                .isInstanceOf(EtagMismatchException.class);
    }

    @Test
    void transactionalDelete_withAWrongEtag_stillDeletes() {
        store.set(setS("app||k", "1"));

        store.transact(List.of(new Delete("app||k", "bad-etag")));

        assertThat(raw(client, table, "app||k")).isEmpty();
    }

    @Test
    void transactionalUpsert_withAWrongEtag_cancelsTheWholeTransaction_namingTheKey() {
        String etag = store.set(setS("app||a", "1"));
        store.set(setS("app||b", "1"));

        assertThatThrownBy(() -> store.transact(List.of(
                new Upsert(setS("app||a", "2")),
                new Upsert(setS("app||b", "2").withEtag("bad-etag")))))
                .isInstanceOfSatisfying(TransactionCancelledException.class, e -> {
                    assertThat(e.reasons()).extracting(TransactionCancelledException.Reason::key)
                            .containsExactly("app||a", "app||b");
                    assertThat(e.reasons().get(0).code()).isEqualTo("None");
                    assertThat(e.reasons().get(1).code()).isEqualTo("ConditionalCheckFailed");
                    assertThat(e.getMessage()).contains("app||b").contains("ConditionalCheckFailed")
                            .contains("nothing was written");
                });
        assertThat(raw(client, table, "app||a").get("etag").s()).isEqualTo(etag);
    }

    @Test
    void transactionalUpsert_withAnEtag_onANewItem_fails() {
        // components-contrib PR #4242: transactional ETags are enforced, so an ETag on a missing item fails.
        assertThatThrownBy(() -> store.transact(List.of(new Upsert(setS("app||new", "1").withEtag("1")))))
                .isInstanceOf(TransactionCancelledException.class);
        assertThat(raw(client, table, "app||new")).isEmpty();
    }

    @Test
    void transactionalUpserts_getFreshEtagsAndTtl_likeSet() {
        store.transact(List.of(new Upsert(setS("app||t1", "1").withTtlInSeconds("3600")),
                new Upsert(setB("app||t2", PNG_HEADER))));

        Map<String, AttributeValue> t1 = raw(client, table, "app||t1");
        Map<String, AttributeValue> t2 = raw(client, table, "app||t2");
        assertThat(t1).containsOnlyKeys("key", "value", "etag", "expiresAt");
        assertThat(t2).containsOnlyKeys("key", "value", "etag");
        assertThat(t2.get("value").b().asByteArray()).containsExactly(PNG_HEADER);
        assertThat(t1.get("etag").s()).matches(EngineFixture.ETAG_PATTERN).isNotEqualTo(t2.get("etag").s());
    }

    @Test
    void duplicateKeysInOneTransaction_theLastOperationWins() {
        store.transact(List.of(new Upsert(setS("app||dup", "1")), new Upsert(setS("app||dup", "2")),
                new Upsert(setS("app||gone", "1")), new Delete("app||gone")));

        assertThat(raw(client, table, "app||dup").get("value").s()).isEqualTo("2");
        assertThat(raw(client, table, "app||gone")).isEmpty();
    }

    @Test
    void transaction_ofMoreThan100Operations_isRefusedBeforeDedup_withDaprdsText() {
        List<TransactionOperation> sameKey101 = IntStream.range(0, 101)
                .mapToObj(i -> (TransactionOperation) new Upsert(setS("app||same", Integer.toString(i)))).toList();

        assertThatThrownBy(() -> store.transact(sameKey101))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("the transaction contains 101 operations, which is more than what the state "
                        + "store supports: 100");
        assertThat(raw(client, table, "app||same")).isEmpty();
    }

    @Test
    void transaction_ofExactly100Operations_isOneTransactWriteItems() {
        List<TransactionOperation> hundred = IntStream.range(0, 100)
                .mapToObj(i -> (TransactionOperation) new Upsert(setS("app||k" + i, Integer.toString(i)))).toList();

        store.transact(hundred);

        assertThat(raw(client, table, "app||k99").get("value").s()).isEqualTo("99");
    }

    @Test
    void transaction_withAnInvalidTtl_failsBeforeAnyRequest_withDaprdsDoubleWrappedText() {
        assertThatThrownBy(() -> store.transact(List.of(new Upsert(setS("app||a", "1")),
                new Upsert(setS("app||b", "1").withTtlInSeconds("soon")))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("dynamodb error: failed to marshal value for key app||b: dynamodb error: "
                        + "failed to parse ttlInSeconds: strconv.ParseInt: parsing \"soon\": invalid syntax");
        assertThat(raw(client, table, "app||a")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1"})
    void ttlZeroOrMinusOne_expiresImmediately_butBrowsingShowsItMarkedExpired(String ttl) {
        store.set(setS("app||ttl", "\"x\"").withTtlInSeconds(ttl));

        assertThat(store.get("app||ttl", Consistency.STRONG)).isEmpty();
        assertThat(store.bulkGet(List.of("app||ttl"), Consistency.STRONG).get(0).item()).isEmpty();
        StateItem browsed = store.browse("app||ttl").orElseThrow();
        assertThat(browsed.expired()).isTrue();
        assertThat(utf8(browsed.value())).isEqualTo("\"x\"");
    }

    @Test
    void ttlAttributeStoredAsS_isAnErrorOnGet_asInDaprd() {
        putRaw(client, table, Map.of("key", AttributeValue.fromS("app||ttl-s"), "value", AttributeValue.fromS("1"),
                "etag", AttributeValue.fromS("1"), "expiresAt", AttributeValue.fromS("4074862051")));

        assertThatThrownBy(() -> store.get("app||ttl-s", Consistency.STRONG))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("cannot unmarshal string into Go value type int64");
        assertThat(store.bulkGet(List.of("app||ttl-s"), Consistency.STRONG).get(0).error())
                .containsInstanceOf(InvalidRequestException.class);
        assertThat(store.browse("app||ttl-s").orElseThrow().problem()).contains("expiresAt");
    }

    @Test
    void valueOfAnUnsupportedType_isAnErrorOnGet_butBrowsable() {
        putRaw(client, table, Map.of("key", AttributeValue.fromS("app||bool"), "value", AttributeValue.fromBool(true)));

        assertThatThrownBy(() -> store.get("app||bool", Consistency.STRONG))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("dynamodb error: failed to unmarshal value for key app||bool: unsupported "
                        + "attribute value type *types.AttributeValueMemberBOOL");
        StateItem browsed = store.browse("app||bool").orElseThrow();
        assertThat(browsed.hasValue()).isFalse();
        assertThat(browsed.problem()).contains("BOOL");
    }

    @Test
    void emptyValue_throughTheBytePath_isAnEmptyB() {
        store.set(setB("app||empty", new byte[0]));

        // Spec 3 says an empty non-nil slice is an empty B; found: DynamoDB Local accepts it (see InferredClaimsIT).
        AttributeValue value = raw(client, table, "app||empty").get("value");
        assertThat(value.type()).isEqualTo(AttributeValue.Type.B);
        assertThat(value.b().asByteArray()).isEmpty();
        StateItem read = store.get("app||empty", Consistency.STRONG).orElseThrow();
        assertThat(read.hasValue()).isTrue();
        assertThat(read.storage()).isEqualTo(Storage.B);
        assertThat(read.valueLength()).isZero();
    }

    @Test
    void numberValue_isReadAsItsDecimalText() {
        putRaw(client, table, Map.of("key", AttributeValue.fromS("app||n"), "value", AttributeValue.fromN("42.5")));

        StateItem read = store.get("app||n", Consistency.STRONG).orElseThrow();
        assertThat(utf8(read.value())).isEqualTo("42.5");
        assertThat(read.storage()).isEqualTo(Storage.N);
    }

    /** Builds S requests from raw bytes, which may not be UTF-8. */
    private static final class SetRequestOf {
        static io.statedesk.engine.model.SetRequest s(String key, byte[] bytes) {
            return io.statedesk.engine.model.SetRequest.lastWrite(key, bytes, Storage.S);
        }
    }

    @SuppressWarnings("unused")
    private static byte[] utf8Bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
