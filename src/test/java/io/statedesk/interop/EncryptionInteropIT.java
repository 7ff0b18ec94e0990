package io.statedesk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.statedesk.dapr.encryption.EncryptionKey;
import io.statedesk.dapr.encryption.StateCipher;
import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.dynamodb.DynamoDbStateStores;
import io.statedesk.engine.model.SetRequest;
import io.statedesk.engine.model.Storage;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * daprd's state encryption ({@code pkg/encryption} of dapr/dapr v1.16.5, keys read through ComponentEncryptionKey from
 * a secretstores.local.file store) and StateDesk's: what one side seals, the other opens, for AES-128 and AES-256 keys,
 * with key rotation (primary and secondary), also after a round trip through the table as B.
 */
@DaprInterop
class EncryptionInteropIT {

    private static final String SECTION = "State encryption (dapr/dapr v1.16.5 pkg/encryption)";
    private static final String AES128 = "cb321007ad11a9d23f963bff600d58e0";
    private static final String AES256 = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    private static final List<String> PLAINTEXTS = List.of("hello", "{\"a\":1,\"card\":\"4242\"}", "",
            "ünïcödé ⏱️", "x".repeat(5000));

    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private DaprStateDriver dapr;
    private StateStore store;
    private final Checks checks = new Checks(SECTION, "Values sealed by daprd's TryEncryptValue are opened by"
            + " StateDesk and the other way round (daprd's TryDecryptValue).");

    @BeforeAll
    void start(TestDatabase db, DaprTables tables) {
        dapr = DaprStateDriver.shared().orElse(null);
        store = DynamoDbStateStores.create(StoreConfig.of(tables.create()), db.client(), pool);
    }

    @AfterAll
    void stop() {
        pool.shutdownNow();
    }

    private static ObjectNode keyed(String op, String primaryName, String primaryHex, String secondaryName,
                                    String secondaryHex, byte[] value) {
        ObjectNode request = DaprStateDriver.request(op);
        request.putObject("primary").put("secret", primaryName).put("hex", primaryHex);
        if (secondaryName != null) {
            request.putObject("secondary").put("secret", secondaryName).put("hex", secondaryHex);
        }
        request.put("valueBase64", Base64.getEncoder().encodeToString(value));
        return request;
    }

    @Test
    void valuesDaprdEncrypts_decryptInStateDesk_andTheOtherWayRound() {
        assertThat(dapr).as("interop/daprstate built").isNotNull();
        StateCipher mine = new StateCipher(EncryptionKey.fromHex("statekey", AES256),
                EncryptionKey.fromHex("oldkey", AES128));
        List<ObjectNode> requests = new ArrayList<>();
        for (String text : PLAINTEXTS) {
            requests.add(keyed("encrypt", "statekey", AES256, "oldkey", AES128, utf8(text)));
            requests.add(keyed("encrypt", "oldkey", AES128, null, null, utf8(text)));
            requests.add(keyed("decrypt", "statekey", AES256, "oldkey", AES128, mine.encrypt(utf8(text))));
        }
        List<JsonNode> results = dapr.run(requests);

        for (int i = 0; i < PLAINTEXTS.size(); i++) {
            String text = PLAINTEXTS.get(i);
            String subject = text.length() > 20 ? text.length() + " characters" : "\"" + text + "\"";
            byte[] sealedByDapr = utf8(results.get(3 * i).path("value").asText());
            byte[] sealedWithOldKey = utf8(results.get(3 * i + 1).path("value").asText());
            // through the table, as daprd stores it (B)
            store.set(SetRequest.lastWrite("enc-" + i, sealedByDapr, Storage.B));
            byte[] stored = store.get("enc-" + i).orElseThrow().value();
            checks.sameBytes(Checks.DAPR_TO_STATEDESK, subject, "daprd encrypts (primary), StateDesk decrypts",
                    utf8(text), mine.decrypt(stored));
            checks.sameBytes(Checks.DAPR_TO_STATEDESK, subject, "old key (now secondary), StateDesk decrypts",
                    utf8(text), mine.decrypt(sealedWithOldKey));
            checks.same(Checks.STATEDESK_TO_DAPR, subject, "StateDesk encrypts, daprd decrypts", "ok", "true",
                    results.get(3 * i + 2).path("ok").asText() + results.get(3 * i + 2).path("error").asText(""));
            checks.sameBytes(Checks.STATEDESK_TO_DAPR, subject, "StateDesk encrypts, daprd decrypts", utf8(text),
                    Base64.getDecoder().decode(results.get(3 * i + 2).path("valueBase64").asText()));
            checks.same(Checks.DAPR_TO_STATEDESK, subject, "suffix", "key name", "statekey",
                    new String(sealedByDapr, StandardCharsets.US_ASCII).replaceAll("^.*\\|\\|", ""));
        }
        checks.assertAllEqual();
    }

    @Test
    void theSpecsVector_isOpenedByDaprd() {
        assertThat(dapr).as("interop/daprstate built").isNotNull();
        List<JsonNode> results = dapr.run(List.of(
                keyed("decrypt", "mysecret", AES128, null, null,
                        utf8("AAECAwQFBgcICQoLT81IjJb1fy6eJOkFqOwG8hCqXH3x||mysecret")),
                keyed("decrypt", "primary", AES256, null, null,
                        utf8("AAECAwQFBgcICQoLPCC3Of/Uv/leDUorNT/XZP722B+wgyY=||primary"))));

        checks.sameBytes("spec vector", "mysecret", "daprd decrypts", utf8("hello"),
                Base64.getDecoder().decode(results.get(0).path("valueBase64").asText()));
        checks.sameBytes("spec vector", "primary", "daprd decrypts", utf8("{\"a\":1}"),
                Base64.getDecoder().decode(results.get(1).path("valueBase64").asText()));
        checks.assertAllEqual();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
