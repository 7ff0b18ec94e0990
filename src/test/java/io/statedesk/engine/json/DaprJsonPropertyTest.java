package io.statedesk.engine.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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

    @Property(tries = 3000)
    void anyText_isCompactedOrRefusedWithAPosition(@ForAll("jsonish") String text) {
        try {
            String compact = DaprJson.compact(text);
            assertThat(DaprJson.isJson(compact)).isTrue();
        } catch (InvalidJsonException e) {
            assertThat(e.getMessage()).matches("(?s).*line \\d+.*");
        }
    }

    @Property(tries = 2000)
    void validJson_compactsToTheSameValue_numbersAsWritten(@ForAll("json") String json) throws Exception {
        String compact = DaprJson.compact(json);

        assertThat(EXACT.readTree(compact)).isEqualTo(EXACT.readTree(json));
        assertThat(DaprJson.compact(compact)).isEqualTo(compact);
        assertThat(DaprJson.compact(DaprJson.pretty(json))).isEqualTo(compact);
        assertThat(numberTexts(compact)).isEqualTo(numberTexts(json));
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

    @Provide
    Arbitrary<String> json() {
        return value(4);
    }

    /** Valid JSON, broken JSON (a valid document cut, spliced or sprinkled with noise) and plain noise. */
    @Provide
    Arbitrary<String> jsonish() {
        Arbitrary<String> noise = Arbitraries.strings().withChars("{}[]:,\"\\ \n\t-+.eE0123456789truefalsnl/*'")
                .ofMaxLength(60);
        Arbitrary<String> cut = Combinators.combine(value(3), Arbitraries.integers().between(0, 1000))
                .as((s, n) -> s.substring(0, Math.min(s.length(), n)));
        Arbitrary<String> spliced = Combinators.combine(value(3), noise, Arbitraries.integers().between(0, 1000))
                .as((s, junk, n) -> s.substring(0, Math.min(s.length(), n)) + junk
                        + s.substring(Math.min(s.length(), n)));
        Arbitrary<String> deep = Arbitraries.integers().between(990, 1200)
                .map(n -> "[".repeat(n) + "]".repeat(n));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, value(3)),
                net.jqwik.api.Tuple.of(3, cut),
                net.jqwik.api.Tuple.of(3, spliced),
                net.jqwik.api.Tuple.of(2, noise),
                net.jqwik.api.Tuple.of(1, deep),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(40)));
    }

    private Arbitrary<String> value(int depth) {
        Arbitrary<String> scalar = Arbitraries.oneOf(number(), string(), Arbitraries.of("true", "false", "null"));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> array = value(depth - 1).list().ofMaxSize(4)
                .flatMap(items -> space().map(ws -> "[" + ws + String.join(ws + "," + ws, items) + ws + "]"));
        Arbitrary<String> object = Combinators.combine(string(), value(depth - 1)).as((k, v) -> k + ":" + v)
                .list().ofMaxSize(4)
                .flatMap(members -> space().map(ws -> "{" + ws + String.join("," + ws, members) + ws + "}"));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, scalar), net.jqwik.api.Tuple.of(1, array),
                net.jqwik.api.Tuple.of(1, object));
    }

    private static Arbitrary<String> space() {
        return Arbitraries.of("", " ", "\n  ", "\t", "\r\n");
    }

    /** JSON numbers as people type them: big, tiny, exponents, trailing zeros. */
    private static Arbitrary<String> number() {
        Arbitrary<String> integer = Arbitraries.oneOf(Arbitraries.just("0"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30).filter(s -> s.charAt(0) != '0'));
        Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20)
                .injectNull(0.5).map(f -> f == null ? "" : "." + f);
        Arbitrary<String> exponent = Combinators.combine(Arbitraries.of("e", "E"), Arbitraries.of("", "+", "-"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4)).as((e, s, d) -> e + s + d)
                .injectNull(0.6).map(x -> x == null ? "" : x);
        return Combinators.combine(Arbitraries.of("", "-"), integer, fraction, exponent)
                .as((s, i, f, e) -> s + i + f + e);
    }

    /** Strings with escapes, control characters, HTML characters and text beyond the BMP. */
    private static Arbitrary<String> string() {
        Arbitrary<String> text = Arbitraries.strings()
                .withCharRange('\u0000', '\u00ff').withChars("<>&'\"\\/\u2028\u2029é中".toCharArray())
                .withCharRange('\u4e00', '\u4e20')
                .ofMaxLength(12);
        return Combinators.combine(text, Arbitraries.of("", "😀")).as(String::concat)
                .map(s -> {
                    try {
                        return EXACT.writeValueAsString(s);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
    }
}
