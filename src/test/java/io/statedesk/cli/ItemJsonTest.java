package io.statedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.statedesk.engine.model.KeyPrefix;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.StateKey;
import io.statedesk.engine.model.Storage;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItemJsonTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"big\":12345678901234567890123,\"fine\":0.12345678901234567890123,\"n\":1.50,\"e\":1E+400}",
            "[1,-0.000000000000000000001,98765432109876543210.5]",
            "123456789012345678901234567890"})
    void value_keepsJsonNumbersExactlyAsWritten(String json) {
        assertThat(lineOf(json)).contains("\"value\":" + json + ",\"etag\"");
    }

    @Test
    void value_ofIndentedJson_isCompact_soAnExportLineStaysOneLine() {
        String line = lineOf("{\n  \"a\": [1,\n 2.50]\n}");

        assertThat(line).doesNotContain("\n").contains("\"value\":{\"a\":[1,2.50]}");
    }

    @Test
    void value_ofText_thatIsNotJson_isAString() {
        JsonNode view = valueOf("héllo <world>".getBytes(StandardCharsets.UTF_8));

        assertThat(view.isTextual()).isTrue();
        assertThat(view.asText()).isEqualTo("héllo <world>");
    }

    @Test
    void value_ofBytesThatAreNotUtf8_isNull() {
        assertThat(valueOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xFF}).isNull()).isTrue();
    }

    @Test
    void value_ofJsonFollowedByMoreText_isAString() {
        assertThat(valueOf("{\"a\":1} trailing".getBytes(StandardCharsets.UTF_8)).isTextual()).isTrue();
    }

    /** The value field as a consumer reads it back from the printed line. */
    private static JsonNode valueOf(byte[] bytes) {
        try {
            return ItemJson.MAPPER.readTree(lineOf(bytes)).get("value");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String lineOf(String text) {
        return lineOf(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String lineOf(byte[] bytes) {
        StateItem item = new StateItem(StateKey.parse("k", KeyPrefix.appId()), bytes, true, Storage.S, "e", null,
                false, 1);
        return ItemJson.write(ItemJson.item(item, true));
    }

    @Test
    void item_hasEveryFieldOfTheContract_andTtlOnlyForExport() {
        byte[] bytes = {1, 2, 3, (byte) 0xFE};
        StateItem item = new StateItem(StateKey.parse("myapp||k", KeyPrefix.appId()), bytes, true, Storage.B,
                "9c1f0e6a2b7d4c31", 4074862051L, false, 40);

        ObjectNode get = ItemJson.item(item, false);
        ObjectNode export = ItemJson.item(item, true);

        assertThat(ItemJson.write(get)).isEqualTo("{\"key\":\"myapp||k\",\"storage\":\"B\",\"valueBase64\":\""
                + Base64.getEncoder().encodeToString(bytes) + "\",\"value\":null,\"etag\":\"9c1f0e6a2b7d4c31\","
                + "\"ttlExpireTime\":\"2099-02-15T18:07:31Z\",\"expired\":false}");
        assertThat(export.get("ttl").asLong()).isEqualTo(4074862051L);
    }

    @Test
    void key_showsItsParts() {
        ObjectNode node = ItemJson.key(StateKey.parse("myapp||Counter||c1||count", KeyPrefix.appId()));

        assertThat(ItemJson.write(node)).isEqualTo("{\"key\":\"myapp||Counter||c1||count\",\"kind\":\"actor\","
                + "\"prefix\":\"myapp\",\"namespace\":null,\"appId\":\"myapp\",\"actorType\":\"Counter\","
                + "\"actorId\":\"c1\",\"stateKey\":\"count\"}");
    }
}
