package io.statedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statedesk.engine.model.Storage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportRecordTest {

    @Test
    void exportLine_parses_withExactBytesAndTtl() throws Exception {
        ImportRecord record = ImportRecord.parse(7, "{\"key\":\"a||k\",\"storage\":\"B\",\"valueBase64\":\"AP8=\","
                + "\"value\":null,\"etag\":\"e1\",\"ttlExpireTime\":\"2099-02-15T18:07:31Z\",\"expired\":false,"
                + "\"ttl\":4074862051}");

        assertThat(record.line()).isEqualTo(7);
        assertThat(record.key()).isEqualTo("a||k");
        assertThat(record.storage()).isEqualTo(Storage.B);
        assertThat(record.value()).containsExactly(0, 0xFF);
        assertThat(record.etag()).isEqualTo("e1");
        assertThat(record.ttl()).isEqualTo(4074862051L);
    }

    @Test
    void value_isIgnored_valueBase64IsTheTruth() throws Exception {
        ImportRecord record = ImportRecord.parse(1,
                "{\"key\":\"k\",\"storage\":\"S\",\"valueBase64\":\"MS4w\",\"value\":1}");

        assertThat(new String(record.value(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("1.0");
        assertThat(record.ttl()).isNull();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "not json| not a JSON object",
            "[1]| not a JSON object",
            "{\"storage\":\"S\",\"valueBase64\":\"\"}| key is missing",
            "{\"key\":\"k\",\"storage\":\"N\",\"valueBase64\":\"MQ==\"}| storage 'N' cannot be written",
            "{\"key\":\"k\",\"storage\":\"B\",\"valueBase64\":\"***\"}| valueBase64 is not base64",
            "{\"key\":\"k\",\"storage\":\"S\",\"valueBase64\":\"/w==\"}| an S value must be UTF-8 text",
            "{\"key\":\"k\",\"storage\":null,\"valueBase64\":null}| has no value",
            "{\"key\":\"k\",\"storage\":\"S\",\"valueBase64\":\"\",\"ttl\":1.5}| ttl must be whole epoch seconds",
            // found by ImportRecordPropertyTest: Jackson threw a NumberFormatException past its own exceptions
            "{\"key\":\"k\",\"storage\":\"S\",\"valueBase64\":\"\",\"ttl\":-1e2147483648}| cannot be read"})
    void badLine_isRefused_withItsReason(String line, String reason) {
        assertThatThrownBy(() -> ImportRecord.parse(3, line))
                .isInstanceOf(ImportRecord.BadLine.class)
                .hasMessageStartingWith("line 3: ")
                .hasMessageContaining(reason.strip());
    }
}
