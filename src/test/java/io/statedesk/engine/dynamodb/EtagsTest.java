package io.statedesk.engine.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EtagsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // little-endian: the last byte is the most significant one
            "ee ff c0 ad 4b ad de 1b, 1bdead4badc0ffee",
            "01 00 00 00 00 00 00 00, 1",
            "00 00 00 00 00 00 00 00, 0",
            "ff ff ff ff ff ff ff ff, ffffffffffffffff",
            "00 00 00 00 00 00 00 80, 8000000000000000",
            "0f 00 00 00 00 00 00 0a, a0000000000000f",
            "34 12 00 00 00 00 00 00, 1234",
    })
    void format_readsEightBytesAsLittleEndianUnsigned_inLowercaseHexWithoutLeadingZeros(String bytes, String etag) {
        String[] hex = bytes.split(" ");
        byte[] raw = new byte[8];
        for (int i = 0; i < 8; i++) {
            raw[i] = (byte) Integer.parseInt(hex[i], 16);
        }

        assertThat(Etags.format(raw)).isEqualTo(etag);
    }

    @Test
    void secureEtags_alwaysMatchDaprdsShape_andRarelyRepeat() {
        Etags etags = Etags.secure();
        Set<String> seen = new HashSet<>();
        int sixteen = 0;
        for (int i = 0; i < 20_000; i++) {
            String etag = etags.next();
            assertThat(etag).matches("^[0-9a-f]{1,16}$");
            assertThat(etag.length() == 1 || etag.charAt(0) != '0').as("no leading zero in %s", etag).isTrue();
            seen.add(etag);
            sixteen += etag.length() == 16 ? 1 : 0;
        }
        assertThat(seen).hasSize(20_000);
        // The top nibble is zero one time in 16, so about 15/16 of ETags have 16 characters.
        assertThat(sixteen).isBetween(18_300, 19_200);
    }

    @Test
    void everyLengthFromOneToSixteen_occursForSmallNumbers() {
        Random random = new Random(7);
        Set<Integer> lengths = new HashSet<>();
        for (int shift = 0; shift < 64; shift += 4) {
            long value = (random.nextLong() >>> shift) | (1L << (60 - shift));
            byte[] raw = new byte[8];
            for (int i = 0; i < 8; i++) {
                raw[i] = (byte) (value >>> (8 * i));
            }
            String etag = Etags.format(raw);
            assertThat(etag).isEqualTo(Long.toHexString(value));
            lengths.add(etag.length());
        }
        assertThat(lengths).hasSize(16);
    }
}
