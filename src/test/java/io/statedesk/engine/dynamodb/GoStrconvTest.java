package io.statedesk.engine.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ttlInSeconds is parsed with Go's strconv.ParseInt(s, 10, 64); these are Go's results for the same inputs. */
class GoStrconvTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2|2",
            "0|0",
            "-1|-1",
            "+5|5",
            "-0|0",
            "0003600|3600",
            "9223372036854775807|9223372036854775807",
            "-9223372036854775808|-9223372036854775808",
    })
    void parseInt64_acceptsWhatGoAccepts(String text, long expected) throws Exception {
        assertThat(GoStrconv.parseInt64(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "foo|strconv.ParseInt: parsing \"foo\": invalid syntax",
            "''|strconv.ParseInt: parsing \"\": invalid syntax",
            "+|strconv.ParseInt: parsing \"+\": invalid syntax",
            "-|strconv.ParseInt: parsing \"-\": invalid syntax",
            "' 1'|strconv.ParseInt: parsing \" 1\": invalid syntax",
            "'1 '|strconv.ParseInt: parsing \"1 \": invalid syntax",
            "1.5|strconv.ParseInt: parsing \"1.5\": invalid syntax",
            "1e3|strconv.ParseInt: parsing \"1e3\": invalid syntax",
            "1_000|strconv.ParseInt: parsing \"1_000\": invalid syntax",
            "0x10|strconv.ParseInt: parsing \"0x10\": invalid syntax",
            "--1|strconv.ParseInt: parsing \"--1\": invalid syntax",
            "١٢|strconv.ParseInt: parsing \"١٢\": invalid syntax",
            "9223372036854775808|strconv.ParseInt: parsing \"9223372036854775808\": value out of range",
            "-9223372036854775809|strconv.ParseInt: parsing \"-9223372036854775809\": value out of range",
            "99999999999999999999|strconv.ParseInt: parsing \"99999999999999999999\": value out of range",
            "18446744073709551616|strconv.ParseInt: parsing \"18446744073709551616\": value out of range",
    })
    void parseInt64_refusesWithGosErrorText(String text, String message) {
        assertThatThrownBy(() -> GoStrconv.parseInt64(text)).hasMessage(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "plain|\"plain\"",
            "a\"b|\"a\\\"b\"",
            "a\\b|\"a\\\\b\"",
            "⏱️x|\"⏱️x\"",
            "ключ|\"ключ\"",
    })
    void quote_escapesLikeGo(String text, String quoted) {
        assertThat(GoStrconv.quote(text)).isEqualTo(quoted);
    }
}
