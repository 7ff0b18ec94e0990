package io.statedesk.cli;

import static io.statedesk.testing.Generated.forAll;
import static io.statedesk.testing.Generated.oneOf;
import static io.statedesk.testing.Generated.weight;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.statedesk.engine.model.Storage;
import io.statedesk.testing.Generated;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The JSONL import reader under generated lines (issue 13): any line is read or refused as a {@code BadLine} naming
 * its line, never another exception; every line export writes reads back to the same key, bytes, storage, ETag and
 * TTL.
 */
class ImportRecordPropertyTest {

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";

    @Test
    void anyLine_isReadOrRefusedWithItsLineNumber() {
        forAll(3000, ImportRecordPropertyTest::line, line -> {
            try {
                ImportRecord record = ImportRecord.parse(7, line);
                assertThat(record.key()).isNotEmpty();
                assertThat(record.storage()).isIn(Storage.S, Storage.B);
            } catch (ImportRecord.BadLine e) {
                assertThat(e.getMessage()).startsWith("line 7: ");
            }
        });
    }

    record Exported(String key, byte[] value, boolean binary, String etag, Long ttl) {
    }

    @Test
    void exportedLines_readBackExactly() {
        forAll(2000, random -> {
            boolean binary = random.nextBoolean();
            byte[] bytes = Generated.bytes(random, 64);
            byte[] value = binary ? bytes
                    : new String(bytes, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.UTF_8);
            return new Exported(key(random), value, binary, etag(random), ttl(random));
        }, exported -> {
            ObjectNode node = ItemJson.MAPPER.createObjectNode();
            node.put("key", exported.key());
            node.put("storage", exported.binary() ? "B" : "S");
            node.put("valueBase64", Base64.getEncoder().encodeToString(exported.value()));
            node.put("etag", exported.etag());
            if (exported.ttl() != null) {
                node.put("ttl", exported.ttl());
            }

            ImportRecord record = ImportRecord.parse(1, ItemJson.write(node));

            assertThat(record.key()).isEqualTo(exported.key());
            assertThat(record.value()).isEqualTo(exported.value());
            assertThat(record.storage()).isEqualTo(exported.binary() ? Storage.B : Storage.S);
            assertThat(record.etag()).isEqualTo(exported.etag());
            assertThat(record.ttl()).isEqualTo(exported.ttl());
        });
    }

    private static String key(Random random) {
        StringBuilder alphabet = new StringBuilder("|中\u2028");
        for (char c = ' '; c <= 0xff; c++) {
            alphabet.append(c);
        }
        return Generated.string(random, alphabet.toString(), 1, 30) + oneOf(random, "", "😀");
    }

    private static String etag(Random random) {
        return Generated.orNull(random, 0.2, r -> Generated.string(r, "0123456789abcdef", 1, 16));
    }

    private static Long ttl(Random random) {
        return Generated.orNull(random, 0.4, Random::nextLong);
    }

    /** Real export lines, the same lines damaged, and JSON of every other shape. */
    private static String line(Random random) {
        return Generated.weighted(random, List.of(
                weight(3, ImportRecordPropertyTest::valid),
                weight(3, r -> {
                    String line = valid(r);
                    int cut = Math.min(r.nextInt(201), line.length());
                    return line.substring(0, cut) + Generated.string(r, "{}[]\":,\\ 0-e.truenl", 0, 5)
                            + line.substring(Math.min(line.length(), cut + 3));
                }),
                weight(1, r -> oneOf(r, "null", "[]", "1", "\"text\"", "{}", "{\"key\":1}",
                        "{\"key\":\"k\",\"storage\":\"S\",\"valueBase64\":null}",
                        "{\"key\":\"k\",\"storage\":\"S\",\"valueBase64\":\"/w==\"}",
                        "{\"key\":\"k\",\"storage\":\"B\",\"valueBase64\":\"AA==\",\"ttl\":1.5}",
                        "{\"key\":\"k\",\"storage\":\"B\",\"valueBase64\":\"AA==\",\"ttl\":99999999999999999999}",
                        "{\"key\":\"k\",\"storage\":\"B\",\"valueBase64\":\"AA==\",\"ttl\":-1e2147483648}",
                        "{\"key\":\"k\",\"storage\":{},\"valueBase64\":[]}", "{\"key\":\"\"}", "{", "")),
                weight(1, r -> Generated.anyString(r, 80))));
    }

    private static String valid(Random random) {
        ObjectNode node = ItemJson.MAPPER.createObjectNode();
        node.put("key", key(random));
        node.put("storage", oneOf(random, "S", "B", "N", "", "s"));
        node.put("valueBase64", Generated.string(random, BASE64, 0, 24));
        node.put("etag", etag(random));
        node.put("ttl", ttl(random));
        return ItemJson.write(node);
    }
}
