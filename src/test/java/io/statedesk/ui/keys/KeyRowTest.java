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

        String preview = row("orders||big", json, Storage.S).preview();

        assertThat(preview).startsWith("{ \"items\": [\"x\", \"x\"").endsWith("…").doesNotContain("\n");
        assertThat(preview).hasSize(KeyRow.PREVIEW_LENGTH + 1);
    }

    @Test
    void preview_ofAShortValue_isTheWholeValueOnOneLine() {
        assertThat(row("orders||small", "{\"a\":\n 1}", Storage.S).preview()).isEqualTo("{\"a\": 1}");
    }

    @Test
    void preview_ofAValueThatEndsJustPastTheLookedAtPart_isStillMarkedCut() {
        String text = "a".repeat(KeyRow.PREVIEW_LENGTH - 10) + " ".repeat(2_000) + "tail";

        assertThat(row("orders||spaces", text, Storage.S).preview()).endsWith("…");
    }

    @Test
    void preview_ofBinary_isHex() {
        StateItem item = new StateItem(StateKey.parse("orders||bin", KeyPrefix.appId()), new byte[] {0, 1, (byte) 0xff},
                true, Storage.B, "1", null, false, 3);

        assertThat(new KeyRow(item).preview()).isEqualTo("0x0001ff");
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
        assertThat(new KeyRow(item)).isNotEqualTo(new KeyRow(item("orders||a", "2", Storage.S)));
    }

    private static KeyRow row(String stored, String value, Storage storage) {
        return new KeyRow(item(stored, value, storage));
    }

    private static StateItem item(String stored, String value, Storage storage) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        return new StateItem(StateKey.parse(stored, KeyPrefix.appId()), bytes, true, storage, "1", null, false,
                bytes.length);
    }
}
