package io.statedesk.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.engine.model.KeyPrefix;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.StateKey;
import io.statedesk.engine.model.Storage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The streamed export line is the tree's line, character for character, whatever the value holds. */
class ItemLinesStreamingTest {

    private static final List<String> TEXTS = List.of("{\"n\":1}", " [1, 2.50, 1e400, \"x\"] ", "\"quoted\"", "42",
            "123456789012345678901234567890.000000000000000000001", "null", "true", "plain text", "{\"a\":1",
            "{\"a\":1}{\"b\":2}", "", "héllo wörld ✓ 😀", "tab\tand\nnewline and \u0001 control", "{\"k\":\"\\u00e9\"}",
            "\uFFFD a real replacement character", "{\"dup\":1,\"dup\":2}");

    @Test
    void streamedLine_equalsTheTreesLine_forEveryKindOfValue() throws IOException {
        Random random = new Random(19);
        List<StateItem> items = new ArrayList<>();
        for (String text : TEXTS) {
            items.add(item("app||" + text.hashCode(), text.getBytes(StandardCharsets.UTF_8), Storage.S, "etag-1", null));
            items.add(item("app||b" + text.hashCode(), text.getBytes(StandardCharsets.UTF_8), Storage.B, null,
                    1_900_000_000L));
        }
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[random.nextInt(64)];
            random.nextBytes(bytes);
            if (i % 3 == 0) {
                // mostly ASCII with a few high bytes: valid and invalid UTF-8 both occur
                for (int b = 0; b < bytes.length; b++) {
                    bytes[b] = (byte) (random.nextInt(10) == 0 ? 0xC0 + random.nextInt(64) : 32 + random.nextInt(90));
                }
            }
            items.add(item("actor||Cart||c" + i + "||k", bytes, i % 2 == 0 ? Storage.B : Storage.S,
                    i % 5 == 0 ? null : "e" + i, i % 4 == 0 ? (long) i : null));
        }
        items.add(new StateItem(StateKey.parse("app||no-value", KeyPrefix.appId()), null, false, null, null, null,
                false, 0));

        for (StateItem item : items) {
            StringWriter streamed = new StringWriter();
            ItemLines.writeLine(item, streamed);

            assertThat(streamed.toString()).as(item.key().stored())
                    .isEqualTo(ItemLines.write(ItemLines.node(item, true)));
        }
    }

    @Test
    void quickUtf8_agreesWithTheStrictDecoder() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            byte[] bytes = new byte[random.nextInt(12)];
            random.nextBytes(bytes);

            assertThat(ItemLines.quickUtf8(bytes)).isEqualTo(ItemLines.utf8(bytes));
        }
        byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        assertThat(ItemLines.quickUtf8(surrogate)).isEmpty();
        assertThat(ItemLines.quickUtf8("\uFFFD".getBytes(StandardCharsets.UTF_8))).contains("\uFFFD");
    }

    private static StateItem item(String key, byte[] value, Storage storage, String etag, Long ttl) {
        return new StateItem(StateKey.parse(key, KeyPrefix.appId()), value, true, storage, etag, ttl,
                ttl != null && ttl < 1_000, value.length);
    }
}
