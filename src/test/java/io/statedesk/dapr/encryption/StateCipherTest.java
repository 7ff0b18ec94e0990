package io.statedesk.dapr.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * daprd's AES-GCM state encryption against the spec's vectors (dapr-internal-formats.md §3, the StateDesk spec), both
 * ways.
 */
class StateCipherTest {

    private static final byte[] NONCE = HexFormat.of().parseHex("000102030405060708090a0b");
    private static final String AES256 = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = ';', value = {
            "cb321007ad11a9d23f963bff600d58e0;mysecret;hello;AAECAwQFBgcICQoLT81IjJb1fy6eJOkFqOwG8hCqXH3x||mysecret",
            AES256 + ";primary;{\"a\":1};AAECAwQFBgcICQoLPCC3Of/Uv/leDUorNT/XZP722B+wgyY=||primary"})
    void specVector_encryptsToDaprdsBytes_andDecryptsBack(String hex, String name, String plain, String stored) {
        StateCipher cipher = new StateCipher(EncryptionKey.fromHex(name, hex), null);

        assertThat(new String(cipher.encrypt(utf8(plain), NONCE), StandardCharsets.US_ASCII)).isEqualTo(stored);
        assertThat(cipher.decrypt(utf8(stored))).isEqualTo(utf8(plain));
    }

    @Test
    void encrypt_usesAFreshNonceEachTime_andTheValueOpensAgain() {
        StateCipher cipher = new StateCipher(EncryptionKey.fromHex("k1", AES256), null);

        byte[] first = cipher.encrypt(utf8("same"));
        byte[] second = cipher.encrypt(utf8("same"));

        assertThat(first).isNotEqualTo(second);
        assertThat(new String(first, StandardCharsets.US_ASCII)).endsWith("||k1");
        assertThat(cipher.decrypt(first)).isEqualTo(utf8("same"));
        assertThat(EncryptedValue.parse(first)).get().extracting(v -> v.sealed().length).isEqualTo(12 + 4 + 16);
    }

    @Test
    void aValueSealedWithTheOldKey_opensWithTheSecondary_andSavesWithThePrimary() {
        StateCipher old = new StateCipher(EncryptionKey.fromHex("old", "cb321007ad11a9d23f963bff600d58e0"), null);
        StateCipher rotated = new StateCipher(EncryptionKey.fromHex("new", AES256),
                EncryptionKey.fromHex("old", "cb321007ad11a9d23f963bff600d58e0"));

        byte[] stored = old.encrypt(utf8("card"));

        assertThat(rotated.decrypt(stored)).isEqualTo(utf8("card"));
        assertThat(new String(rotated.encrypt(utf8("card")), StandardCharsets.US_ASCII)).endsWith("||new");
    }

    @Test
    void aValueNamingAnUnknownKey_saysWhichKeyItNeeds() {
        StateCipher cipher = new StateCipher(EncryptionKey.fromHex("primary", AES256), null);

        assertThatThrownBy(() -> cipher.decrypt(utf8("AAECAwQFBgcICQoLT81IjJb1fy6eJOkFqOwG8hCqXH3x||mysecret")))
                .isInstanceOf(DecryptionException.class)
                .hasMessageContaining("key 'mysecret'").hasMessageContaining("'primary'")
                .hasMessageContaining("secondaryEncryptionKey");
    }

    @Test
    void theWrongKeyMaterial_failsAuthentication_withoutShowingAKey() {
        StateCipher wrong = new StateCipher(EncryptionKey.fromHex("mysecret", AES256), null);

        assertThatThrownBy(() -> wrong.decrypt(utf8("AAECAwQFBgcICQoLT81IjJb1fy6eJOkFqOwG8hCqXH3x||mysecret")))
                .isInstanceOf(DecryptionException.class)
                .hasMessageContaining("authentication failed")
                .hasMessageNotContaining(AES256);
    }

    @Test
    void aValueWithoutKeyName_whichDaprdCannotRead_isTriedWithBothKeys() {
        StateCipher writer = new StateCipher(EncryptionKey.fromHex("", "cb321007ad11a9d23f963bff600d58e0"), null);
        byte[] nameless = writer.encrypt(utf8("x"));
        StateCipher reader = new StateCipher(EncryptionKey.fromHex("a", AES256),
                EncryptionKey.fromHex("b", "cb321007ad11a9d23f963bff600d58e0"));

        assertThat(new String(nameless, StandardCharsets.US_ASCII)).endsWith("||");
        assertThat(reader.decrypt(nameless)).isEqualTo(utf8("x"));
    }

    @ParameterizedTest
    @CsvSource({"zz00112233445566778899aabbccddee", "00112233", "cb321007ad11a9d23f963bff600d58e"})
    void aSecretThatIsNotAHexAesKey_isRefused_withoutQuotingIt(String secret) {
        assertThatThrownBy(() -> EncryptionKey.fromHex("mykey", secret))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mykey")
                .hasMessageNotContaining(secret);
    }

    @Test
    void keys_neverPrintTheirMaterial() {
        assertThat(EncryptionKey.fromHex("mykey", AES256).toString()).contains("mykey", "AES-256").doesNotContain("0001");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"hello", "{\"a\":1}", "short||k", "AAAA||k", "AAECAwQFBgcICQoLT81IjJb1fy6eJOkFqOwG8hCqXH3x||my key"})
    void plainValues_areNotTakenForEncryptedOnes(String text) {
        assertThat(EncryptedValue.parse(utf8(text))).isEmpty();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
