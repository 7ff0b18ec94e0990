package io.statedesk.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.burt.jmespath.Expression;
import io.burt.jmespath.JmesPathException;
import io.burt.jmespath.jackson.JacksonRuntime;
import java.util.regex.Pattern;

/**
 * A JMESPath expression evaluated on a JSON value: the value matches when the result is truthy in JMESPath's sense
 * (not null, false, an empty list, object or string). {@code status == 'pending'} matches values whose status is
 * pending; {@code items[?qty > `10`]} those with an item of quantity over 10. Thread-safe: the scan's segment threads
 * share one.
 */
public final class JsonQuery {

    private static final JacksonRuntime RUNTIME = new JacksonRuntime();
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    /** A comparison with a bare number, which JMESPath writes as a literal in backticks. */
    private static final Pattern BARE_NUMBER = Pattern.compile("(==|!=|<=|>=|<|>)\\s*-?\\d");
    static final String EXAMPLES = "examples: status == 'pending', items[?qty > `10`], contains(tags, 'vip')";

    private final String expression;
    private final Expression<JsonNode> compiled;

    private JsonQuery(String expression, Expression<JsonNode> compiled) {
        this.expression = expression;
        this.compiled = compiled;
    }

    /** Compiles the expression, or says what is wrong with it and how JMESPath writes it. */
    public static JsonQuery compile(String expression) {
        String text = expression == null ? "" : expression.strip();
        if (text.isEmpty()) {
            throw new InvalidQueryException("the JSON query is empty; " + EXAMPLES);
        }
        try {
            return new JsonQuery(text, RUNTIME.compile(text));
        } catch (JmesPathException e) {
            throw new InvalidQueryException("not a JMESPath expression: " + e.getMessage() + hint(text));
        }
    }

    private static String hint(String text) {
        if (text.startsWith("$")) {
            return ". JMESPath starts at the value itself, without $: write status == 'pending' for $.status == "
                    + "'pending'";
        }
        if (BARE_NUMBER.matcher(text).find()) {
            return ". JMESPath writes numbers in backticks: qty > `10`";
        }
        if (text.contains("\"") && !text.contains("'")) {
            return ". In JMESPath \"x\" names a field; a text is written in single quotes: status == 'pending'";
        }
        return "; " + EXAMPLES;
    }

    public String expression() {
        return expression;
    }

    /** Parses the text as JSON; empty when it is not exactly one JSON value. */
    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException | RuntimeException notJson) {
            // RuntimeException: Jackson reads some numbers lazily and fails outside its parser's exceptions.
            return null;
        }
    }

    /** True when the expression's result on this JSON value is truthy. */
    public boolean matches(JsonNode value) {
        try {
            return RUNTIME.isTruthy(compiled.search(value));
        } catch (JmesPathException | ClassCastException | ArithmeticException typeMismatch) {
            // A function given the wrong type (length of a number): that value does not match.
            return false;
        }
    }

    @Override
    public String toString() {
        return expression;
    }
}
