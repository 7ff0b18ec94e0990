package io.statedesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonQueryTest {

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "status == 'pending'          | {\"status\":\"pending\"}             | true",
            "status == 'pending'          | {\"status\":\"done\"}                | false",
            "status                       | {\"status\":\"\"}                    | false",
            "items[?qty > `10`]           | {\"items\":[{\"qty\":11}]}           | true",
            "items[?qty > `10`]           | {\"items\":[{\"qty\":9}]}            | false",
            "length(items) > `1`          | {\"items\":[1,2]}                    | true",
            "length(items) > `1`          | {\"items\":5}                        | false",
            "contains(tags, 'vip')        | {\"tags\":[\"vip\",\"new\"]}         | true",
            "missing                      | {\"status\":\"pending\"}             | false",
    })
    void matches_whenTheResultIsTruthy(String expression, String json, boolean expected) {
        assertThat(JsonQuery.compile(expression).matches(JsonQuery.parse(json))).isEqualTo(expected);
    }

    @Test
    void aJsonPathStyleDollar_isRefused_withHowJmesPathWritesIt() {
        assertThatThrownBy(() -> JsonQuery.compile("$.status == 'pending'"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("not a JMESPath expression")
                .hasMessageContaining("write status == 'pending'");
    }

    @Test
    void aBareNumber_isRefused_withTheBacktickHint() {
        assertThatThrownBy(() -> JsonQuery.compile("items[?qty > 10]"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("position 13")
                .hasMessageContaining("qty > `10`");
    }

    @Test
    void anEmptyQuery_isRefused_withExamples() {
        assertThatThrownBy(() -> JsonQuery.compile("  "))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("examples: status == 'pending'");
    }

    @Test
    void textThatIsNotOneJsonValue_doesNotParse() {
        assertThat(JsonQuery.parse("pending")).isNull();
        assertThat(JsonQuery.parse("{\"a\":1} {\"b\":2}")).isNull();
        assertThat(JsonQuery.parse("{\"a\":1}")).isNotNull();
    }
}
