package io.statedesk.engine.json;

import static io.statedesk.testing.Generated.forAll;
import static io.statedesk.testing.Generated.oneOf;
import static io.statedesk.testing.Generated.weight;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.statedesk.testing.Generated;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The JSON editor's parser ({@code ui.editor} saves through {@link DaprJson}) under generated input (issue 13):
 * thousands of documents per run, valid and broken. No exception but {@link InvalidJsonException} ever escapes; a
 * valid document compacts to the same value with every number's text kept, and pretty-printing loses nothing.
 */
class DaprJsonPropertyTest {

    private static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();
    private static final String NOISE = "{}[]:,\"\\ \n\t-+.eE0123456789truefalsnl/*'";

    @Test
    void anyText_isCompactedOrRefusedWithAPosition() {
        forAll(3000, DaprJsonPropertyTest::jsonish, text -> {
            try {
                String compact = DaprJson.compact(text);
                assertThat(DaprJson.isJson(compact)).isTrue();
            } catch (InvalidJsonException e) {
                assertThat(e.getMessage()).matches("(?s).*line \\d+.*");
            }
        });
    }

    @Test
    void validJson_compactsToTheSameValue_numbersAsWritten() {
        forAll(2000, random -> value(random, 4), json -> {
            String compact = DaprJson.compact(json);

            assertThat(EXACT.readTree(compact)).isEqualTo(EXACT.readTree(json));
            assertThat(DaprJson.compact(compact)).isEqualTo(compact);
            assertThat(DaprJson.compact(DaprJson.pretty(json))).isEqualTo(compact);
            assertThat(numberTexts(compact)).isEqualTo(numberTexts(json));
        });
    }

    /** Every number token's source text, in order: what the user typed must survive character for character. */
    private static List<String> numberTexts(String json) throws Exception {
        List<String> numbers = new ArrayList<>();
        try (JsonParser parser = EXACT.getFactory().createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                    numbers.add(parser.getText());
                }
            }
        }
        return numbers;
    }

    /** Valid JSON, broken JSON (a valid document cut, spliced or sprinkled with noise) and plain noise. */
    private static String jsonish(Random random) {
        return Generated.weighted(random, List.of(
                weight(3, r -> value(r, 3)),
                weight(3, r -> {
                    String s = value(r, 3);
                    return s.substring(0, Math.min(s.length(), r.nextInt(1001)));
                }),
                weight(3, r -> {
                    String s = value(r, 3);
                    int at = Math.min(s.length(), r.nextInt(1001));
                    return s.substring(0, at) + Generated.string(r, NOISE, 0, 60) + s.substring(at);
                }),
                weight(2, r -> Generated.string(r, NOISE, 0, 60)),
                weight(1, r -> {
                    int n = Generated.between(r, 990, 1200);
                    return "[".repeat(n) + "]".repeat(n);
                }),
                weight(1, r -> Generated.anyString(r, 40))));
    }

    private static String value(Random random, int depth) {
        int pick = random.nextInt(depth == 0 ? 4 : 6);
        if (pick < 4) {
            return switch (random.nextInt(3)) {
                case 0 -> number(random);
                case 1 -> string(random);
                default -> oneOf(random, "true", "false", "null");
            };
        }
        String ws = oneOf(random, "", " ", "\n  ", "\t", "\r\n");
        if (pick == 4) {
            List<String> items = Generated.listOf(random, 0, 4, r -> value(r, depth - 1));
            return "[" + ws + String.join(ws + "," + ws, items) + ws + "]";
        }
        List<String> members = Generated.listOf(random, 0, 4, r -> string(r) + ":" + value(r, depth - 1));
        return "{" + ws + String.join("," + ws, members) + ws + "}";
    }

    /** JSON numbers as people type them: big, tiny, exponents, trailing zeros. */
    private static String number(Random random) {
        String integer = random.nextInt(5) == 0 ? "0"
                : Generated.string(random, "123456789", 1, 1) + Generated.string(random, "0123456789", 0, 29);
        String fraction = random.nextBoolean() ? "" : "." + Generated.string(random, "0123456789", 1, 20);
        String exponent = random.nextInt(10) < 6 ? "" : oneOf(random, "e", "E") + oneOf(random, "", "+", "-")
                + Generated.string(random, "0123456789", 1, 4);
        return oneOf(random, "", "-") + integer + fraction + exponent;
    }

    /** Strings with escapes, control characters, HTML characters and text beyond the BMP. */
    private static String string(Random random) {
        StringBuilder alphabet = new StringBuilder("<>&'\"\\/\u2028\u2029é中");
        for (char c = 0; c <= 0xff; c++) {
            alphabet.append(c);
        }
        for (char c = '\u4e00'; c <= '\u4e20'; c++) {
            alphabet.append(c);
        }
        String text = Generated.string(random, alphabet.toString(), 0, 12) + oneOf(random, "", "😀");
        try {
            return EXACT.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
