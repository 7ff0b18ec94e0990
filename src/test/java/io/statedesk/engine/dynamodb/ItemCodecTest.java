package io.statedesk.engine.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.error.InvalidRequestException;
import io.statedesk.engine.model.Concurrency;
import io.statedesk.engine.model.SetRequest;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.Storage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ItemCodecTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00.900Z");
    private static final ItemCodec WITH_TTL = new ItemCodec(StoreConfig.of("t").withTtlAttributeName("expiresAt"));
    private static final ItemCodec NO_TTL = new ItemCodec(StoreConfig.of("t"));

    private static SetRequest set(String value, Storage storage) {
        return SetRequest.lastWrite("app||k", value.getBytes(StandardCharsets.UTF_8), storage);
    }

    @Test
    void toItem_writesExactlyKeyValueAndEtag() {
        Map<String, AttributeValue> item = NO_TTL.toItem(set("{\"Value\":\"value\"}", Storage.S), "abc", NOW);

        assertThat(item).containsOnlyKeys("key", "value", "etag");
        assertThat(item.get("key").s()).isEqualTo("app||k");
        assertThat(item.get("value").s()).isEqualTo("{\"Value\":\"value\"}");
        assertThat(item.get("etag").s()).isEqualTo("abc");
    }

    @Test
    void toItem_writesBytesAsB() {
        Map<String, AttributeValue> item = NO_TTL.toItem(set("value", Storage.B), "e", NOW);

        assertThat(item.get("value").type()).isEqualTo(AttributeValue.Type.B);
        assertThat(item.get("value").b().asUtf8String()).isEqualTo("value");
    }

    @Test
    void toItem_usesTheConfiguredPartitionKey() {
        ItemCodec codec = new ItemCodec(StoreConfig.of("t").withPartitionKey("pkey"));

        assertThat(codec.toItem(set("1", Storage.S), "e", NOW)).containsOnlyKeys("pkey", "value", "etag");
    }

    @Test
    void toItem_withTtl_storesNowTruncatedToSecondsPlusTtl_asN() {
        Map<String, AttributeValue> item = WITH_TTL.toItem(set("1", Storage.S).withTtlInSeconds("180"), "e", NOW);

        assertThat(item).containsOnlyKeys("key", "value", "etag", "expiresAt");
        assertThat(item.get("expiresAt").n()).isEqualTo(Long.toString(NOW.getEpochSecond() + 180));
    }

    @Test
    void toItem_withTtlMinusOne_storesOneSecondAgo() {
        Map<String, AttributeValue> item = WITH_TTL.toItem(set("1", Storage.S).withTtlInSeconds("-1"), "e", NOW);

        assertThat(item.get("expiresAt").n()).isEqualTo(Long.toString(NOW.getEpochSecond() - 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775807", "-9223372036854775808", "253402300800"})
    void toItem_withTtlOutsideTheExpiryRange_isRefusedWithTheAllowedRange(String ttl) {
        // daprd would wrap the first one around to an expiry in the past: the item would vanish at once.
        assertThatThrownBy(() -> WITH_TTL.toItem(set("1", Storage.S).withTtlInSeconds(ttl), "e", NOW))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("out of range")
                .hasMessageContaining("from " + (-NOW.getEpochSecond()) + " to "
                        + (253_402_300_799L - NOW.getEpochSecond()));
    }

    @Test
    void toItem_withTtlAtTheEndOfTheRange_isWritten() {
        String last = Long.toString(253_402_300_799L - NOW.getEpochSecond());

        assertThat(WITH_TTL.toItem(set("1", Storage.S).withTtlInSeconds(last), "e", NOW).get("expiresAt").n())
                .isEqualTo("253402300799");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "foo", "180"})
    void toItem_withoutTtlAttributeName_ignoresTtlInSecondsEntirely(String ttl) {
        assertThat(NO_TTL.toItem(set("1", Storage.S).withTtlInSeconds(ttl), "e", NOW))
                .containsOnlyKeys("key", "value", "etag");
    }

    @Test
    void toItem_withEmptyTtl_writesNoTtl() {
        assertThat(WITH_TTL.toItem(set("1", Storage.S).withTtlInSeconds(""), "e", NOW))
                .containsOnlyKeys("key", "value", "etag");
    }

    @Test
    void toItem_withInvalidTtl_failsWithDaprdsText() {
        assertThatThrownBy(() -> WITH_TTL.toItem(set("1", Storage.S).withTtlInSeconds("foo"), "e", NOW))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("dynamodb error: failed to parse ttlInSeconds: strconv.ParseInt: "
                        + "parsing \"foo\": invalid syntax")
                .hasMessageContaining("app||k");
    }

    @Test
    void toItem_refusesInvalidUtf8ForS_namingTheKeyAndTheOffset() {
        SetRequest request = SetRequest.lastWrite("app||bin", new byte[] {0x00, (byte) 0xff, (byte) 0x80, 0x40},
                Storage.S);

        assertThatThrownBy(() -> NO_TTL.toItem(request, "e", NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.key()).isEqualTo("app||bin"))
                .hasMessageContaining("app||bin")
                .hasMessageContaining("not valid UTF-8 (byte 0xff at offset 1)")
                .hasMessageContaining("B (binary)");
    }

    @Test
    void toItem_refusesUtf8EncodedSurrogatesAndOverlongForms() {
        byte[][] invalid = {
                {(byte) 0xed, (byte) 0xa0, (byte) 0x80},  // U+D800 encoded as UTF-8 (CESU)
                {(byte) 0xc0, (byte) 0xaf},               // overlong '/'
                {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
                {(byte) 0xe2, (byte) 0x8f},               // truncated
        };
        for (byte[] bytes : invalid) {
            assertThatThrownBy(() -> NO_TTL.toItem(SetRequest.lastWrite("k", bytes, Storage.S), "e", NOW))
                    .isInstanceOf(InvalidRequestException.class);
        }
    }

    @Test
    void toItem_keepsValidUtf8ExactlyInS() {
        byte[] utf8 = "\"⏱️ ключ \u0000 \u007f\"".getBytes(StandardCharsets.UTF_8);

        AttributeValue value = NO_TTL.toItem(SetRequest.lastWrite("k", utf8, Storage.S), "e", NOW).get("value");

        assertThat(value.s().getBytes(StandardCharsets.UTF_8)).containsExactly(utf8);
    }

    @Test
    void toItem_refusesNumberStorage() {
        assertThatThrownBy(() -> NO_TTL.toItem(set("1", Storage.N), "e", NOW))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("S or B");
    }

    @Test
    void toItem_refusesKeysWithAnUnpairedSurrogate() {
        assertThatThrownBy(() -> NO_TTL.toItem(
                SetRequest.lastWrite("app||\uD800x", new byte[0], Storage.B), "e", NOW))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("surrogate");
    }

    private static Map<String, AttributeValue> item(String value, AttributeValue ttl) {
        Map<String, AttributeValue> raw = new java.util.HashMap<>(Map.of(
                "key", AttributeValue.fromS("orders||k"),
                "value", AttributeValue.fromS(value),
                "etag", AttributeValue.fromS("1")));
        if (ttl != null) {
            raw.put("expiresAt", ttl);
        }
        return raw;
    }

    @Test
    void read_unexpiredTtl_reportsTtlExpireTimeInRfc3339Utc() {
        StateItem read = WITH_TTL.read(item("1", AttributeValue.fromN("4074862051")), NOW, true);

        assertThat(read.expired()).isFalse();
        assertThat(read.ttlEpochSeconds()).isEqualTo(4074862051L);
        assertThat(read.ttlExpireTimeText()).contains("2099-02-15T18:07:31Z");
    }

    @Test
    void read_ttlAtNow_isExpired() {
        StateItem read = WITH_TTL.read(item("1", AttributeValue.fromN(Long.toString(NOW.getEpochSecond()))), NOW,
                true);

        assertThat(read.expired()).isTrue();
    }

    @Test
    void read_ttlWithoutTtlAttributeName_isNotTtl() {
        StateItem read = NO_TTL.read(item("1", AttributeValue.fromN("35489251")), NOW, true);

        assertThat(read.expired()).isFalse();
        assertThat(read.ttlEpochSeconds()).isNull();
    }

    @Test
    void read_ttlStoredAsS_failsLikeDaprdsGet_butBrowsingReportsTheProblem() {
        Map<String, AttributeValue> raw = item("1", AttributeValue.fromS("4074862051"));

        assertThatThrownBy(() -> WITH_TTL.read(raw, NOW, true))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("cannot unmarshal string into Go value type int64");
        StateItem browsed = WITH_TTL.read(raw, NOW, false);
        assertThat(browsed.problem()).contains("expiresAt");
        assertThat(browsed.ttlEpochSeconds()).isNull();
        assertThat(browsed.value()).asString().isEqualTo("1");
    }

    @Test
    void read_nonIntegerTtl_fails() {
        assertThatThrownBy(() -> WITH_TTL.read(item("1", AttributeValue.fromN("1.5")), NOW, true))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("strconv.ParseInt: parsing \"1.5\": invalid syntax");
    }

    @Test
    void read_nullTtl_decodesToZero_soTheItemIsExpired() {
        StateItem read = WITH_TTL.read(item("1", AttributeValue.fromNul(true)), NOW, true);

        assertThat(read.expired()).isTrue();
    }

    @Test
    void read_valueOfEachReadableType() {
        Map<String, AttributeValue> b = Map.of("key", AttributeValue.fromS("k"),
                "value", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {(byte) 0x89, 0x50})));
        Map<String, AttributeValue> n = Map.of("key", AttributeValue.fromS("k"), "value", AttributeValue.fromN("42"));
        Map<String, AttributeValue> nul = Map.of("key", AttributeValue.fromS("k"),
                "value", AttributeValue.fromNul(true), "etag", AttributeValue.fromS("x"));
        Map<String, AttributeValue> missing = Map.of("key", AttributeValue.fromS("k"),
                "etag", AttributeValue.fromS("x"));

        assertThat(NO_TTL.read(b, NOW, true)).satisfies(i -> {
            assertThat(i.storage()).isEqualTo(Storage.B);
            assertThat(i.value()).containsExactly(0x89, 0x50);
        });
        assertThat(NO_TTL.read(n, NOW, true)).satisfies(i -> {
            assertThat(i.storage()).isEqualTo(Storage.N);
            assertThat(i.value()).asString().isEqualTo("42");
        });
        for (Map<String, AttributeValue> noData : List.of(nul, missing)) {
            assertThat(NO_TTL.read(noData, NOW, true)).satisfies(i -> {
                assertThat(i.hasValue()).isFalse();
                assertThat(i.storage()).isNull();
                assertThat(i.etag()).isEqualTo("x");
            });
        }
    }

    @Test
    void read_unsupportedValueTypes_failWithDaprdsText() {
        List<AttributeValue> unsupported = List.of(AttributeValue.fromBool(true),
                AttributeValue.fromM(Map.of("a", AttributeValue.fromS("b"))), AttributeValue.fromSs(List.of("a")),
                AttributeValue.fromNs(List.of("256")), AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("a"))),
                AttributeValue.fromL(List.of(AttributeValue.fromS("1"))),
                AttributeValue.fromL(List.of(AttributeValue.fromN("-1"))),
                AttributeValue.fromL(List.of(AttributeValue.fromN("1.5"))),
                AttributeValue.fromL(List.of(AttributeValue.fromL(List.of()))));
        for (AttributeValue value : unsupported) {
            Map<String, AttributeValue> raw = Map.of("key", AttributeValue.fromS("app||k"), "value", value);
            assertThatThrownBy(() -> NO_TTL.read(raw, NOW, true))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageStartingWith("dynamodb error: failed to unmarshal value for key app||k: "
                            + "unsupported attribute value type *types.AttributeValueMember" + value.type());
            assertThat(NO_TTL.read(raw, NOW, false).problem()).contains("unsupported attribute value type");
        }
    }

    @Test
    void read_nullEtag_isTheEmptyEtag_asDaprsGetReturnsIt() {
        StateItem read = NO_TTL.read(Map.of("key", AttributeValue.fromS("k"), "value", AttributeValue.fromS("1"),
                "etag", AttributeValue.fromNul(true)), NOW, true);

        assertThat(read.etag()).isEmpty();
    }

    @Test
    void read_listsAndNumberSetsOfByteSizedNumbers_areBytes_asGosDecoderMakesThem() {
        Map<AttributeValue, byte[]> cases = Map.of(
                AttributeValue.fromL(List.of(AttributeValue.fromN("104"), AttributeValue.fromN("105"))),
                "hi".getBytes(StandardCharsets.UTF_8),
                AttributeValue.fromL(List.of(AttributeValue.fromN("255"), AttributeValue.fromNul(true))),
                new byte[] {(byte) 0xff, 0},
                AttributeValue.fromL(List.of()), new byte[0],
                AttributeValue.fromNs(List.of("1", "2")), new byte[] {1, 2});
        cases.forEach((value, bytes) -> {
            StateItem read = NO_TTL.read(Map.of("key", AttributeValue.fromS("k"), "value", value), NOW, true);
            assertThat(read.hasValue()).isTrue();
            assertThat(read.value()).containsExactly(bytes);
            assertThat(read.storage()).isEqualTo(Storage.B);
            assertThat(read.sizeBytes()).isEqualTo(ItemSize.of(Map.of("key", AttributeValue.fromS("k"),
                    "value", value)));
        });
    }

    @Test
    void read_legacyItemWithoutEtag_hasNullEtag() {
        StateItem read = NO_TTL.read(Map.of("key", AttributeValue.fromS("legacy||profile"),
                "value", AttributeValue.fromS("{\"a\":1}")), NOW, true);

        assertThat(read.etag()).isNull();
        assertThat(read.key().appId()).isEqualTo("legacy");
        assertThat(read.key().stateKey()).isEqualTo("profile");
    }

    @Test
    void read_sizeCountsAttributeNamesAndValues() {
        StateItem read = WITH_TTL.read(item("\"⏱️\"", AttributeValue.fromN("4074862051")), NOW, true);

        // key(3)+"orders||k"(9) + value(5)+8 + etag(4)+1 + expiresAt(9)+ (10 digits -> 5+1)
        assertThat(read.sizeBytes()).isEqualTo(3 + 9 + 5 + 8 + 4 + 1 + 9 + 6);
    }

    @Test
    void requestWithFirstWrite_keepsItsConcurrency() {
        SetRequest request = set("1", Storage.S).withConcurrency(Concurrency.FIRST_WRITE);

        assertThat(Conditions.forSet(request).expression()).isEqualTo("attribute_not_exists(etag)");
        assertThat(Conditions.forSet(request.withEtag("1bdead4badc0ffee")).expression()).isEqualTo("etag = :etag");
        assertThat(Conditions.forSet(request.withEtag("")).expression()).isEqualTo("attribute_not_exists(etag)");
        assertThat(Conditions.forSet(set("1", Storage.S).withEtag(""))).isNull();
    }
}
