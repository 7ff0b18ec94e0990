package io.statedesk.engine.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DaprJsonTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // numbers are copied as written: never through double
            "12345678901234567890|12345678901234567890",
            "0.1|0.1",
            "1e400|1e400",
            "-0|-0",
            "1.0|1.0",
            "1E+2|1E+2",
            "3.14159265358979323846264338327950288|3.14159265358979323846264338327950288",
            "[ 1 , 2.50 , -3e-7 ]|[1,2.50,-3e-7]",
            // key order as written, whitespace gone
            "`{ \"z\" : 1,\n  \"a\" : { \"y\" : [ ] , \"b\" : { } } }`|`{\"z\":1,\"a\":{\"y\":[],\"b\":{}}}`",
            // no HTML escaping
            "\"<b>&</b>\"|\"<b>&</b>\"",
            // escapes that JSON allows but daprd does not write come out raw
            "\"\\u00e9\\/\\u2028\"|\"é/\u2028\"",
            "\"\\ud83d\\ude00\"|\"😀\"",
            // raw UTF-8 stays raw
            "\"ключ ⏱️\"|\"ключ ⏱️\"",
            // the escapes daprd writes: short forms for \\n \\r \\t, lowercase \\u00xx for other controls
            "\"a\\nb\\rc\\td\\b\\f\\u0001\\u001F\"|\"a\\nb\\rc\\td\\u0008\\u000c\\u0001\\u001f\"",
            "\"q\\\"b\\\\s\"|\"q\\\"b\\\\s\"",
            "\"\\u007f\"|\"\u007f\"",
            "true|true",
            "null|null",
            "`  \"hello world\"  `|\"hello world\"",
    })
    void compact_writesWhatDaprdStores_withNumbersKeptExactly(String input, String compact) {
        assertThat(DaprJson.compact(input)).isEqualTo(compact);
    }

    @Test
    void compact_ofTheBigNumberAndHtmlVector_isByteForByteTheStoredValue() {
        String edited = "{\n  \"id\": 12345678901234567890,\n  \"price\": 0.1,\n  \"html\": \"<b>&</b>\"\n}";

        assertThat(DaprJson.compactUtf8(edited)).isEqualTo(
                "{\"id\":12345678901234567890,\"price\":0.1,\"html\":\"<b>&</b>\"}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void compact_loneSurrogateEscape_becomesReplacementCharacter_asGoDecodesIt() {
        assertThat(DaprJson.compact("\"\\ud800x\"")).isEqualTo("\"\uFFFDx\"");
    }

    @Test
    void pretty_indentsByTwo_andKeepsNumbersAndOrder() {
        String pretty = DaprJson.pretty("{\"b\":[1,1e400,{}],\"a\":{\"x\":12345678901234567890},\"e\":[]}");

        assertThat(pretty).isEqualTo("""
                {
                  "b": [
                    1,
                    1e400,
                    {}
                  ],
                  "a": {
                    "x": 12345678901234567890
                  },
                  "e": []
                }""");
        assertThat(DaprJson.compact(pretty)).isEqualTo(
                "{\"b\":[1,1e400,{}],\"a\":{\"x\":12345678901234567890},\"e\":[]}");
    }

    @Test
    void quote_escapesLikeJsonIterator() {
        assertThat(DaprJson.quote("hello world")).isEqualTo("\"hello world\"");
        assertThat(DaprJson.quote("{\"a\":\"b\"}")).isEqualTo("\"{\\\"a\\\":\\\"b\\\"}\"");
        assertThat(DaprJson.quote("")).isEqualTo("\"\"");
        assertThat(DaprJson.quote("<&>\u2029\t\u0000")).isEqualTo("\"<&>\u2029\\t\\u0000\"");
    }

    /** Positions are 1-based and point at the offending character (or the start of the offending word). */
    @ParameterizedTest(name = "{0} -> line {1}, column {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`{\"a\": 1,}`|1|9",
            "`{\n  \"a\": tru\n}`|2|8",
            "`[1, 2`|1|6",
            "`{\"a\":1} x`|1|9",
            "`{\"a\":1}\n{\"b\":2}`|2|1",
            "`01`|1|2",
            "`'single'`|1|1",
            "`NaN`|1|4",
            "``|1|1",
            "`   `|1|4",
    })
    void invalidJson_failsWithLineAndColumn(String input, int line, int column) {
        assertThatThrownBy(() -> DaprJson.compact(input))
                .isInstanceOfSatisfying(InvalidJsonException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(e.getMessage()).startsWith("Invalid JSON at line " + line + ", column " + column + ": ");
                    assertThat(e.reason()).isNotBlank();
                });
        assertThat(DaprJson.isJson(input)).isFalse();
    }

    @Test
    void isJson_acceptsOneValue() {
        assertThat(DaprJson.isJson(" {\"a\":[1,2]} ")).isTrue();
        assertThat(DaprJson.isJson("\"text\"")).isTrue();
        assertThat(DaprJson.isJson("text")).isFalse();
    }

    @Test
    void veryLongNumbers_areKept() {
        String digits = "9".repeat(5000);

        assertThat(DaprJson.compact("[" + digits + "]")).isEqualTo("[" + digits + "]");
    }

    @Test
    void deeplyNestedJson_isInvalidJson_neverAStackOverflow_evenOnASmallStack() throws Exception {
        String deep = "[".repeat(9_999) + "]".repeat(9_999);
        Throwable[] thrown = new Throwable[1];
        // A 512 KB stack, as some thread pools give: before the limit this overflowed.
        Thread small = new Thread(null, () -> {
            try {
                DaprJson.compact(deep);
            } catch (Throwable t) {
                thrown[0] = t;
            }
        }, "small-stack", 512 * 1024);
        small.start();
        small.join();

        assertThat(thrown[0]).isInstanceOf(InvalidJsonException.class).hasMessageContaining("nesting");
        assertThat(DaprJson.compact("[".repeat(DaprJson.MAX_NESTING) + "]".repeat(DaprJson.MAX_NESTING)))
                .hasSize(2 * DaprJson.MAX_NESTING);
    }
}
