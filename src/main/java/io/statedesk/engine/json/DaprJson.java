package io.statedesk.engine.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * JSON text the way daprd writes it into an S value, for values edited in StateDesk.
 *
 * <p>{@link #compact} produces what daprd's writer (json-iterator {@code ConfigFastest}) produces for the same
 * document: no whitespace, object keys in the order written, no HTML escaping, raw UTF-8, and in strings only
 * {@code "}, {@code \} and control characters escaped ({@code \n}, {@code \r}, {@code \t}, else <code>&#92;u00XX</code> in
 * lowercase hex). One deliberate difference: numbers are kept exactly as written (daprd rounds them through float64,
 * which would silently change {@code 12345678901234567890} or {@code 0.1234567}); a number is never converted.
 *
 * <p>{@link #pretty} indents the same document for display, with the same number and string rules.
 */
public final class DaprJson {

    /** Deeper JSON is refused as invalid, with its position. */
    public static final int MAX_NESTING = 1_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNumberLength(Integer.MAX_VALUE)
                    .maxStringLength(Integer.MAX_VALUE)
                    // copyValue recurses once per level: 1,000 levels (Jackson's own default) stay far from any
                    // thread's stack limit, where 10,000 overflowed a 512 KB stack with a StackOverflowError.
                    .maxNestingDepth(MAX_NESTING)
                    .build())
            .build();
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final String INDENT = "  ";

    private DaprJson() {
    }

    /** The compact form daprd would store for this JSON text (numbers kept as written). */
    public static String compact(String json) {
        return rewrite(json, false);
    }

    /** {@link #compact} as the UTF-8 bytes of an S value. */
    public static byte[] compactUtf8(String json) {
        return compact(json).getBytes(StandardCharsets.UTF_8);
    }

    /** The same document, indented by two spaces, for display. */
    public static String pretty(String json) {
        return rewrite(json, true);
    }

    /** True when the text is exactly one valid JSON value (surrounding whitespace allowed). */
    public static boolean isJson(String text) {
        try {
            rewrite(text, false);
            return true;
        } catch (InvalidJsonException e) {
            return false;
        }
    }

    /** A JSON string literal with json-iterator's escaping: what daprd stores for a string value. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        writeString(out, text);
        return out.toString();
    }

    private static String rewrite(String json, boolean pretty) {
        StringBuilder out = new StringBuilder(json.length());
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw invalid(parser.currentLocation(), "no JSON value: the text is empty", null);
            }
            copyValue(parser, out, pretty, 0);
            if (parser.nextToken() != null) {
                throw invalid(parser.currentTokenLocation(),
                        "unexpected text after the end of the JSON value", null);
            }
        } catch (JsonProcessingException e) {
            throw invalid(e.getLocation(), e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from a string", e);
        }
        return out.toString();
    }

    /** Copies the value at the current token, token by token; numbers as their exact source text. */
    private static void copyValue(JsonParser parser, StringBuilder out, boolean pretty, int depth) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                out.append('{');
                boolean first = true;
                while (parser.nextToken() != JsonToken.END_OBJECT) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    newline(out, pretty, depth + 1);
                    writeString(out, parser.currentName());
                    out.append(pretty ? ": " : ":");
                    parser.nextToken();
                    copyValue(parser, out, pretty, depth + 1);
                }
                if (!first) {
                    newline(out, pretty, depth);
                }
                out.append('}');
            }
            case START_ARRAY -> {
                out.append('[');
                boolean first = true;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    newline(out, pretty, depth + 1);
                    copyValue(parser, out, pretty, depth + 1);
                }
                if (!first) {
                    newline(out, pretty, depth);
                }
                out.append(']');
            }
            case VALUE_STRING -> writeString(out, parser.getText());
            // getText() of a number token is its text in the source: never parsed, never rounded.
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.append(parser.getText());
            case VALUE_TRUE -> out.append("true");
            case VALUE_FALSE -> out.append("false");
            case VALUE_NULL -> out.append("null");
            default -> throw invalid(parser.currentTokenLocation(), "unexpected " + token, null);
        }
    }

    private static void newline(StringBuilder out, boolean pretty, int depth) {
        if (pretty) {
            out.append('\n');
            for (int i = 0; i < depth; i++) {
                out.append(INDENT);
            }
        }
    }

    /**
     * json-iterator's string writer without HTML escaping: {@code "} and {@code \} escaped, {@code \n \r \t} short,
     * other characters below U+0020 as <code>&#92;u00xx</code>; everything else raw (no escaping of {@code < > &}, DEL,
     * U+2028/U+2029 or non-ASCII). A lone surrogate (only possible from a <code>&#92;ud800</code> escape) becomes U+FFFD, as
     * Go's JSON decoder makes it.
     */
    private static void writeString(StringBuilder out, String text) {
        out.append('"');
        // Runs of characters that need no escape are copied at once: values of kilobytes of text are the usual case.
        int plain = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c)) {
                continue;
            }
            out.append(text, plain, i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else if (Character.isHighSurrogate(c) && i + 1 < length
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else {
                        out.append('\uFFFD');
                    }
                }
            }
            plain = i + 1;
        }
        out.append(text, plain, length);
        out.append('"');
    }

    private static InvalidJsonException invalid(JsonLocation location, String reason, Throwable cause) {
        int line = location == null ? 1 : Math.max(1, location.getLineNr());
        int column = location == null ? 1 : Math.max(1, location.getColumnNr());
        return new InvalidJsonException(line, column, reason, cause);
    }
}
