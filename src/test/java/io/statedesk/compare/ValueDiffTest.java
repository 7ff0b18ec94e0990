package io.statedesk.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.dapr.encryption.EncryptionSetup;
import io.statedesk.engine.model.KeyPrefix;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.StateKey;
import io.statedesk.engine.model.Storage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueDiffTest {

    private static StateItem item(String text, Storage storage) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new StateItem(StateKey.parse("app||k", KeyPrefix.appId()), bytes, true, storage, "1", null, false,
                bytes.length);
    }

    private static StateItem binary(byte[] bytes) {
        return new StateItem(StateKey.parse("app||k", KeyPrefix.appId()), bytes, true, Storage.B, "1", null, false,
                bytes.length);
    }

    @Test
    void jsonInAnotherKeyOrder_showsNoChangedRow() {
        List<ValueDiff.Row> rows = ValueDiff.rows(item("{\"b\":1,\"a\":2}", Storage.S), EncryptionSetup.none(),
                item("{\"a\": 2, \"b\": 1}", Storage.B), EncryptionSetup.none());

        assertThat(ValueDiff.changed(rows)).isZero();
        assertThat(rows).extracting(ValueDiff.Row::left).containsExactly("{", "  \"a\" : 2,", "  \"b\" : 1", "}");
    }

    @Test
    void aChangedField_isOneChangedRow_sideBySide() {
        List<ValueDiff.Row> rows = ValueDiff.rows(item("{\"status\":\"pending\",\"n\":1}", Storage.S),
                EncryptionSetup.none(), item("{\"status\":\"shipped\",\"n\":1}", Storage.S), EncryptionSetup.none());

        assertThat(ValueDiff.changed(rows)).isEqualTo(1);
        ValueDiff.Row changed = rows.stream().filter(r -> r.tag() == ValueDiff.Row.Tag.CHANGE).findFirst()
                .orElseThrow();
        assertThat(changed.left()).isEqualTo("  \"status\" : \"pending\"");
        assertThat(changed.right()).isEqualTo("  \"status\" : \"shipped\"");
    }

    @Test
    void textIsShownAsItIs_withoutHtmlEscapes() {
        List<ValueDiff.Row> rows = ValueDiff.rows(item("a < b & c\tx", Storage.S), EncryptionSetup.none(), null,
                EncryptionSetup.none());

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.tag()).isEqualTo(ValueDiff.Row.Tag.DELETE);
            assertThat(row.left()).isEqualTo("a < b & c\tx");
        });
    }

    @Test
    void binaryValues_areComparedAsAHexDump() {
        List<ValueDiff.Row> rows = ValueDiff.rows(binary(new byte[] {(byte) 0x89, 0, 1}), EncryptionSetup.none(),
                binary(new byte[] {(byte) 0x89, 0, 2}), EncryptionSetup.none());

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.left()).isEqualTo("00000000  89 00 01");
            assertThat(row.right()).isEqualTo("00000000  89 00 02");
        });
    }
}
