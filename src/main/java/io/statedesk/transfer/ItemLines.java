package io.statedesk.transfer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.statedesk.engine.json.DaprJson;
import io.statedesk.engine.json.InvalidJsonException;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.Storage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The command line's JSON shape of an item ({@code get --output json}) and its JSON Lines export format (the same
 * fields plus {@code ttl}, the TTL epoch), shared by the command line's export and import and the window's.
 * {@code valueBase64} always holds the exact bytes; {@code value} is a convenience view: the bytes as JSON (numbers
 * exactly as written: never through a double), else as text, else null. Reading uses BigDecimal and BigInteger, so
 * nothing is rounded on the way in either.
 */
public final class ItemLines {

    /** Reads and writes JSON without losing a digit: big numbers and long fractions stay as they are. */
    public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNumberLength(1_000_000)
                            .maxStringLength(Integer.MAX_VALUE)
                            .build())
                    .build())
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /**
     * One line of an export file as import needs it: {@code valueBase64} is the truth; {@code value} is ignored.
     *
     * @param line    1-based line number in the file
     * @param key     the stored key
     * @param storage S or B
     * @param value   the exact bytes
     * @param etag    the ETag at export time, or null
     * @param ttl     the TTL epoch in seconds, or null
     */
    public record Line(int line, String key, Storage storage, byte[] value, String etag, Long ttl) {
        public Line {
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }
    }

    /** A line that cannot be imported as it is; the message names the key when there is one, not the line. */
    public static final class BadLine extends Exception {
        private final int line;

        BadLine(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private ItemLines() {
    }

    /** The fields of {@code get --output json}; with {@code withTtlEpoch} also {@code ttl} (export). */
    public static ObjectNode node(StateItem item, boolean withTtlEpoch) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("key", item.key().stored());
        if (item.hasValue()) {
            byte[] bytes = item.value();
            node.put("storage", item.storage().name());
            node.put("valueBase64", Base64.getEncoder().encodeToString(bytes));
            putValue(node, bytes);
        } else {
            node.putNull("storage");
            node.putNull("valueBase64");
            node.putNull("value");
        }
        putText(node, "etag", item.etag());
        putText(node, "ttlExpireTime", item.ttlExpireTime().map(Object::toString).orElse(null));
        node.put("expired", item.expired());
        if (withTtlEpoch) {
            if (item.ttlEpochSeconds() == null) {
                node.putNull("ttl");
            } else {
                node.put("ttl", item.ttlEpochSeconds().longValue());
            }
        }
        return node;
    }

    /**
     * One line of an export file, without its line break, written straight into {@code out}: the characters of
     * {@code write(node(item, true))}, without a tree and two copies of the value per item (a million-item export
     * spends most of its own CPU here; issue 19).
     */
    public static void writeLine(StateItem item, Writer out) throws IOException {
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM)) {
            json.writeStartObject();
            json.writeStringField("key", item.key().stored());
            if (item.hasValue()) {
                byte[] bytes = item.value();
                json.writeStringField("storage", item.storage().name());
                json.writeFieldName("valueBase64");
                json.writeBinary(bytes);
                Optional<String> text = quickUtf8(bytes);
                Optional<String> compact = text.flatMap(ItemLines::compactJson);
                json.writeFieldName("value");
                if (compact.isPresent()) {
                    json.writeRawValue(compact.get());
                } else if (text.isPresent()) {
                    json.writeString(text.get());
                } else {
                    json.writeNull();
                }
            } else {
                json.writeNullField("storage");
                json.writeNullField("valueBase64");
                json.writeNullField("value");
            }
            writeText(json, "etag", item.etag());
            writeText(json, "ttlExpireTime", item.ttlExpireTime().map(Object::toString).orElse(null));
            json.writeBooleanField("expired", item.expired());
            if (item.ttlEpochSeconds() == null) {
                json.writeNullField("ttl");
            } else {
                json.writeNumberField("ttl", item.ttlEpochSeconds().longValue());
            }
            json.writeEndObject();
        }
    }

    private static void writeText(JsonGenerator json, String field, String value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * {@code value}: the bytes as JSON when they are one JSON value, else as text when valid UTF-8, else JSON null.
     * JSON goes in as the engine's compact text, so every number keeps the digits it was written with (a
     * BigDecimal would keep the value but print {@code 0.000000000000000000001} as {@code 1E-21}), and the line
     * stays one line.
     */
    public static void putValue(ObjectNode node, byte[] bytes) {
        Optional<String> text = utf8(bytes);
        if (text.isEmpty()) {
            node.putNull("value");
            return;
        }
        Optional<String> json = compactJson(text.get());
        if (json.isPresent()) {
            node.putRawValue("value", new RawValue(json.get()));
        } else {
            node.put("value", text.get());
        }
    }

    /** The text as compact JSON when it is exactly one JSON value, numbers as written. */
    public static Optional<String> compactJson(String text) {
        try {
            return Optional.of(DaprJson.compact(text));
        } catch (InvalidJsonException e) {
            return Optional.empty();
        }
    }

    /**
     * {@link #utf8}, sooner for the usual case: the JDK's plain decoding (fast for ASCII) is exact unless it had to
     * put in a replacement character, and only then is the strict decoder asked.
     */
    static Optional<String> quickUtf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? Optional.of(text) : utf8(bytes);
    }

    /** Strict UTF-8: malformed bytes are not text. */
    public static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Reads one line of an export file. */
    public static Line parse(int line, String text) throws BadLine {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadLine(line, "not a JSON object: " + e.getOriginalMessage());
        } catch (NumberFormatException | ArithmeticException e) {
            // Jackson reads numbers such as -1e2147483648 lazily and fails outside its parser's exceptions.
            throw new BadLine(line, "a number in this line cannot be read (" + e.getMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new BadLine(line, "not a JSON object");
        }
        String key = text(node, "key", line);
        if (key == null || key.isEmpty()) {
            throw new BadLine(line, "key is missing");
        }
        String storageText = text(node, "storage", line);
        String base64 = text(node, "valueBase64", line);
        if (storageText == null || base64 == null) {
            throw new BadLine(line, "key '" + key + "' has no value (storage and valueBase64 are null)");
        }
        Storage storage = switch (storageText) {
            case "S" -> Storage.S;
            case "B" -> Storage.B;
            default -> throw new BadLine(line, "key '" + key + "': storage '" + storageText
                    + "' cannot be written (only S and B)");
        };
        byte[] value;
        try {
            value = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new BadLine(line, "key '" + key + "': valueBase64 is not base64: " + e.getMessage());
        }
        if (storage == Storage.S && utf8(value).isEmpty()) {
            throw new BadLine(line, "key '" + key + "': an S value must be UTF-8 text");
        }
        JsonNode ttl = node.get("ttl");
        if (ttl != null && !ttl.isNull() && !(ttl.isIntegralNumber() && ttl.canConvertToLong())) {
            throw new BadLine(line, "key '" + key + "': ttl must be whole epoch seconds");
        }
        return new Line(line, key, storage, value, text(node, "etag", line),
                ttl == null || ttl.isNull() ? null : ttl.longValue());
    }

    private static String text(JsonNode node, String field, int line) throws BadLine {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadLine(line, field + " must be a string");
        }
        return value.asText();
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
