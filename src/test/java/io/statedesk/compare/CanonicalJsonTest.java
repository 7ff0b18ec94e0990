package io.statedesk.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalJsonTest {

    @ParameterizedTest(name = "{0} == {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"a\":1,\"b\":2}                | { \"b\" : 2 , \"a\" : 1 }",
            "{\"n\":1}                        | {\"n\":1.0}",
            "{\"n\":100}                      | {\"n\":1e2}",
            "{\"x\":{\"z\":[1,{\"q\":1,\"p\":2}],\"y\":null}} | {\"x\":{\"y\":null,\"z\":[1,{\"p\":2,\"q\":1}]}}",
            "12345678901234567890123        | 12345678901234567890123.00",
    })
    void equalJson_hasOneCanonicalForm(String a, String b) {
        assertThat(CanonicalJson.canonical(a)).isNotNull().isEqualTo(CanonicalJson.canonical(b));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', value = {
            "[1,2]                  | [2,1]",
            "{\"n\":1}              | {\"n\":\"1\"}",
            "12345678901234567890123 | 12345678901234567890124",
            "{\"s\":\"a\"}          | {\"s\":\"A\"}",
    })
    void differentJson_differs(String a, String b) {
        assertThat(CanonicalJson.canonical(a)).isNotEqualTo(CanonicalJson.canonical(b));
    }

    @Test
    void textWithAKeyTwice_orNotJson_isNotCompared_asJson() {
        assertThat(CanonicalJson.canonical("{\"a\":1,\"a\":2}")).isNull();
        assertThat(CanonicalJson.canonical("pending")).isNull();
        assertThat(CanonicalJson.canonical("")).isNull();
    }

    @Test
    void prettySorted_indentsWithKeysInOrder() {
        assertThat(CanonicalJson.prettySorted("{\"b\":1,\"a\":{\"d\":2,\"c\":3}}"))
                .isEqualTo("{\n  \"a\" : {\n    \"c\" : 3,\n    \"d\" : 2\n  },\n  \"b\" : 1\n}");
    }
}
