package io.statedesk.search;

import static io.statedesk.testing.EngineStores.setB;
import static io.statedesk.testing.EngineStores.setS;
import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.dapr.encryption.EncryptionKey;
import io.statedesk.dapr.encryption.EncryptionSetup;
import io.statedesk.dapr.encryption.StateCipher;
import io.statedesk.engine.StateStore;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.scan.ScanControl;
import io.statedesk.engine.scan.ScanRequest;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.EngineStores;
import io.statedesk.testing.WithTestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each kind of value search against the test database, over a table holding every kind of value Dapr leaves. */
@WithTestDatabase
class ValueSearchIT {

    private static final StateCipher CIPHER = new StateCipher(
            EncryptionKey.fromHex("statekey", "5a2c0f1e3d4b6a7988796a5b4c3d2e1f00112233445566778899aabbccddeeff"),
            null);

    private StateStore store;

    @BeforeEach
    void fill(DaprTables tables) {
        store = EngineStores.fresh(tables);
        setS(store, "orders||1", "{\"status\":\"pending\",\"items\":[{\"qty\":12}]}");
        setS(store, "orders||2", "{\"status\":\"shipped\",\"items\":[{\"qty\":3}]}");
        setS(store, "orders||3", "{ \"items\" : [ { \"qty\" : 1 } ] , \"status\" : \"pending\" }");
        setS(store, "orders||note", "call the customer: order pending since Monday");
        // what the SDKs store over gRPC: JSON as bytes
        setB(store, "orders||grpc", "{\"status\":\"pending\"}".getBytes(StandardCharsets.UTF_8));
        setB(store, "orders||avatar", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff});
        setB(store, "orders||card", CIPHER.encrypt("{\"status\":\"pending\",\"last4\":\"4242\"}"
                .getBytes(StandardCharsets.UTF_8)));
        setS(store, "other||1", "{\"status\":\"pending\"}");
    }

    private record Found(Set<String> keys, ValueSearch.Result result) {
    }

    private Found search(String prefix, ValueQuery query, EncryptionSetup keys) {
        ConcurrentLinkedQueue<StateItem> found = new ConcurrentLinkedQueue<>();
        ValueSearch.Result result = ValueSearch.run(store, new ScanRequest(prefix, false, 2, 3, null), query, keys,
                found::addAll, new ScanControl());
        return new Found(found.stream().map(item -> item.key().stored()).collect(Collectors.toCollection(
                TreeSet::new)), result);
    }

    @Test
    void textSearch_findsSAndTextualBValues_andSkipsBinaryAndEncryptedWithACount() {
        Found found = search("orders||", ValueQuery.containing("pending", false), EncryptionSetup.none());

        assertThat(found.keys()).containsExactly("orders||1", "orders||3", "orders||grpc", "orders||note");
        SearchCounts counts = found.result().counts();
        assertThat(counts.matched()).isEqualTo(4);
        assertThat(counts.binary()).isEqualTo(1);
        assertThat(counts.encrypted()).isEqualTo(1);
        assertThat(counts.skipped()).isEqualTo("1 binary and 1 encrypted values skipped");
    }

    @Test
    void textSearch_isFilteredByDynamoDb_onSValues_whichAreNotSentWhenTheyDoNotContainTheText() {
        Found found = search("orders||", ValueQuery.containing("pending", false), EncryptionSetup.none());

        // DynamoDB read all 8 items of the table, but sent only the S values with the text and every B value
        assertThat(found.result().scan().scanned()).isEqualTo(8);
        assertThat(found.result().counts().examined()).isEqualTo(6);
    }

    @Test
    void textSearch_ignoringCase_runsHere_andFindsWhatTheCaseSensitiveOneMisses() {
        assertThat(search("orders||", ValueQuery.containing("PENDING", false), EncryptionSetup.none()).keys())
                .isEmpty();
        Found found = search("orders||", ValueQuery.containing("PENDING", true), EncryptionSetup.none());

        assertThat(found.keys()).containsExactly("orders||1", "orders||3", "orders||grpc", "orders||note");
        assertThat(found.result().counts().examined()).isEqualTo(7);
    }

    @Test
    void jsonQuery_matchesDecodedJson_inAnyKeyOrderAndLayout_andCountsTextThatIsNotJson() {
        Found found = search("orders||", ValueQuery.where("status == 'pending'"), EncryptionSetup.none());

        assertThat(found.keys()).containsExactly("orders||1", "orders||3", "orders||grpc");
        assertThat(found.result().counts().notJson()).isEqualTo(1);
        assertThat(found.result().counts().binary()).isEqualTo(1);
        assertThat(found.result().counts().encrypted()).isEqualTo(1);
    }

    @Test
    void jsonQuery_filtersArrays_withNumbersInBackticks() {
        Found found = search(null, ValueQuery.where("items[?qty > `10`]"), EncryptionSetup.none());

        assertThat(found.keys()).containsExactly("orders||1");
    }

    @Test
    void encryptedValues_areSearchedInTheirPlaintext_whenTheComponentsKeysAreAtHand() {
        Found found = search("orders||", ValueQuery.where("last4 == '4242'"), new EncryptionSetup.Ready(CIPHER));

        assertThat(found.keys()).containsExactly("orders||card");
        assertThat(found.result().counts().decrypted()).isEqualTo(1);
        assertThat(found.result().counts().encrypted()).isZero();
    }

    @Test
    void textAndJsonQuery_together_mustBothHold() {
        Found found = search(null, new ValueQuery("pending", false, JsonQuery.compile("items[?qty < `5`]")),
                EncryptionSetup.none());

        assertThat(found.keys()).containsExactly("orders||3");
    }

    @Test
    void aSearchWithoutPrefix_coversTheWholeTable() {
        assertThat(search(null, ValueQuery.where("status == 'pending'"), EncryptionSetup.none()).keys())
                .containsExactlyElementsOf(List.of("orders||1", "orders||3", "orders||grpc", "other||1"));
    }
}
