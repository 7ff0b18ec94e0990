package io.statedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.statedesk.engine.model.Storage;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The JSONL import reader under generated lines (issue 13): any line is read or refused as a {@code BadLine} naming
 * its line, never another exception; every line export writes reads back to the same key, bytes, storage, ETag and
 * TTL.
 */
class ImportRecordPropertyTest {

    @Property(tries = 3000)
    void anyLine_isReadOrRefusedWithItsLineNumber(@ForAll("lines") String line) {
        try {
            ImportRecord record = ImportRecord.parse(7, line);
            assertThat(record.key()).isNotEmpty();
            assertThat(record.storage()).isIn(Storage.S, Storage.B);
        } catch (ImportRecord.BadLine e) {
            assertThat(e.getMessage()).startsWith("line 7: ");
        }
    }

    @Property(tries = 2000)
    void exportedLines_readBackExactly(@ForAll("keys") String key, @ForAll byte[] bytes, @ForAll boolean binary,
            @ForAll("etags") String etag, @ForAll("ttls") Long ttl) throws Exception {
        byte[] value = binary ? bytes : new String(bytes, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.UTF_8);
        ObjectNode node = ItemJson.MAPPER.createObjectNode();
        node.put("key", key);
        node.put("storage", binary ? "B" : "S");
        node.put("valueBase64", Base64.getEncoder().encodeToString(value));
        node.put("etag", etag);
        if (ttl != null) {
            node.put("ttl", ttl);
        }

        ImportRecord record = ImportRecord.parse(1, ItemJson.write(node));

        assertThat(record.key()).isEqualTo(key);
        assertThat(record.value()).isEqualTo(value);
        assertThat(record.storage()).isEqualTo(binary ? Storage.B : Storage.S);
        assertThat(record.etag()).isEqualTo(etag);
        assertThat(record.ttl()).isEqualTo(ttl);
    }

    @Provide
    Arbitrary<String> keys() {
        return Combinators.combine(Arbitraries.strings().ofMinLength(1).ofMaxLength(30)
                        .withCharRange(' ', '\u00ff').withChars('|', '中', '\u2028'), Arbitraries.of("", "😀"))
                .as(String::concat);
    }

    @Provide
    Arbitrary<String> etags() {
        return Arbitraries.strings().withChars("0123456789abcdef").ofMinLength(1).ofMaxLength(16).injectNull(0.2);
    }

    @Provide
    Arbitrary<Long> ttls() {
        return Arbitraries.longs().injectNull(0.4);
    }

    /** Real export lines, the same lines damaged, and JSON of every other shape. */
    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> valid = Combinators.combine(keys(), Arbitraries.of("S", "B", "N", "", "s"),
                Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")
                        .ofMaxLength(24), etags(), ttls())
                .as((k, s, b64, e, t) -> {
                    ObjectNode node = ItemJson.MAPPER.createObjectNode();
                    node.put("key", k);
                    node.put("storage", s);
                    node.put("valueBase64", b64);
                    node.put("etag", e);
                    node.put("ttl", t);
                    return ItemJson.write(node);
                });
        Arbitrary<String> damaged = Combinators.combine(valid, Arbitraries.integers().between(0, 200),
                Arbitraries.strings().withChars("{}[]\":,\\ 0-e.truenl").ofMaxLength(5))
                .as((line, at, junk) -> {
                    int cut = Math.min(at, line.length());
                    return line.substring(0, cut) + junk + line.substring(Math.min(line.length(), cut + 3));
                });
        Arbitrary<String> shapes = Arbitraries.of("null", "[]", "1", "\"text\"", "{}", "{\"key\":1}",
                "{\"key\":\"k\",\"storage\":\"S\",\"valueBase64\":null}",
                "{\"key\":\"k\",\"storage\":\"S\",\"valueBase64\":\"/w==\"}",
                "{\"key\":\"k\",\"storage\":\"B\",\"valueBase64\":\"AA==\",\"ttl\":1.5}",
                "{\"key\":\"k\",\"storage\":\"B\",\"valueBase64\":\"AA==\",\"ttl\":99999999999999999999}",
                "{\"key\":\"k\",\"storage\":{},\"valueBase64\":[]}", "{\"key\":\"\"}", "{", "");
        return Arbitraries.frequencyOf(Tuple.of(3, valid), Tuple.of(3, damaged), Tuple.of(1, shapes),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(80)));
    }
}
