package io.statedesk.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.engine.model.KeyPrefix;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.StateKey;
import io.statedesk.engine.model.Storage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KeyRowTest {

    @Test
    void preview_ofALargeValue_isOneShortLine() {
        String json = "{\n  \"items\": [" + "\"x\",\n ".repeat(100_000) + "\"end\"]\n}";

        String preview = preview("orders||big", json, Storage.S);

        assertThat(preview).startsWith("{ \"items\": [\"x\", \"x\"").endsWith("…").doesNotContain("\n");
        assertThat(preview).hasSize(ValuePreview.PREVIEW_LENGTH + 1);
    }

    @Test
    void preview_ofAShortValue_isTheWholeValueOnOneLine() {
        assertThat(preview("orders||small", "{\"a\":\n 1}", Storage.S)).isEqualTo("{\"a\": 1}");
    }

    @Test
    void preview_ofAValueThatEndsJustPastTheLookedAtPart_isStillMarkedCut() {
        String text = "a".repeat(ValuePreview.PREVIEW_LENGTH - 10) + " ".repeat(2_000) + "tail";

        assertThat(preview("orders||spaces", text, Storage.S)).endsWith("…");
    }

    @Test
    void preview_ofBinary_isHex() {
        StateItem item = new StateItem(StateKey.parse("orders||bin", KeyPrefix.appId()), new byte[] {0, 1, (byte) 0xff},
                true, Storage.B, "1", null, false, 3);

        assertThat(ValuePreview.of(item).preview()).isEqualTo("0x0001ff");
    }

    @Test
    void app_ofAnActorKey_isItsAppId() {
        KeyRow row = row("billing||OrderActor||o-1||status", "\"paid\"", Storage.S);

        assertThat(row.app()).isEqualTo("billing");
        assertThat(row.actorType()).isEqualTo("OrderActor");
        assertThat(row.actorId()).isEqualTo("o-1");
        assertThat(row.stateKey()).isEqualTo("status");
    }

    @Test
    void app_ofAReminderTrack_isNotItsActorType() {
        KeyRow row = row("PaymentActor||p-1||charge-retry", "{\"count\":1}", Storage.S);

        assertThat(row.app()).isEqualTo(KeyRow.REMINDERS);
        assertThat(row.actorType()).isEqualTo("PaymentActor");
        assertThat(row.actorId()).isEqualTo("p-1");
        assertThat(row.stateKey()).isEqualTo("charge-retry");
    }

    @Test
    void rowsOfTheSameItem_areEqual_soARebuiltRowKeepsItsSelection() {
        StateItem item = item("orders||a", "1", Storage.S);

        assertThat(new KeyRow(item)).isEqualTo(new KeyRow(item)).hasSameHashCodeAs(new KeyRow(item));
        // Another version of the key (another ETag) is another row; rows keep no value to compare.
        StateItem written = new StateItem(item.key(), "2".getBytes(StandardCharsets.UTF_8), true, Storage.S, "2", null,
                false, 1);
        assertThat(new KeyRow(item)).isNotEqualTo(new KeyRow(written));
    }

    @Test
    void aRow_keepsNoValue_norAnythingMadeOfIt() {
        // Issue 19: a million rows must fit in a few hundred MB, so a row holds the key, ETag and TTL and no more.
        for (java.lang.reflect.Field field : KeyRow.class.getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            assertThat(field.getType()).as(field.getName())
                    .isNotIn(byte[].class, StateItem.class, StateKey.class, ValuePreview.class, Object.class);
        }
        KeyRow row = row("billing||OrderActor||o-1||status", "\"" + "x".repeat(500) + "\"", Storage.S);
        long strings = java.util.Arrays.stream(KeyRow.class.getDeclaredFields())
                .filter(field -> !java.lang.reflect.Modifier.isStatic(field.getModifiers()))
                .filter(field -> field.getType() == String.class).count();
        assertThat(strings).as("stored key, ETag and a rare problem text: no preview, no key parts").isEqualTo(3);
        assertThat(row.valueSize()).isEqualTo(502);
    }

    private static KeyRow row(String stored, String value, Storage storage) {
        return new KeyRow(item(stored, value, storage));
    }

    private static String preview(String stored, String value, Storage storage) {
        return ValuePreview.of(item(stored, value, storage)).preview();
    }

    private static StateItem item(String stored, String value, Storage storage) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        return new StateItem(StateKey.parse(stored, KeyPrefix.appId()), bytes, true, storage, "1", null, false,
                bytes.length);
    }
}
