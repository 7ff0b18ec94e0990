package io.statedesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.statedesk.engine.model.Storage;
import java.util.Base64;

/**
 * One line of an export file, as import needs it: {@code valueBase64} is the truth; {@code value} is ignored.
 *
 * @param line    1-based line number in the file
 * @param key     the stored key
 * @param storage S or B
 * @param value   the exact bytes
 * @param etag    the ETag at export time, or null
 * @param ttl     the TTL epoch in seconds, or null
 */
record ImportRecord(int line, String key, Storage storage, byte[] value, String etag, Long ttl) {

    /** A line that cannot be imported as it is. */
    static final class BadLine extends Exception {
        BadLine(int line, String message) {
            super("line " + line + ": " + message);
        }
    }

    static ImportRecord parse(int line, String text) throws BadLine {
        JsonNode node;
        try {
            node = ItemJson.MAPPER.readTree(text);
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
        if (storage == Storage.S && ItemJson.utf8(value).isEmpty()) {
            throw new BadLine(line, "key '" + key + "': an S value must be UTF-8 text");
        }
        JsonNode ttl = node.get("ttl");
        if (ttl != null && !ttl.isNull() && !(ttl.isIntegralNumber() && ttl.canConvertToLong())) {
            throw new BadLine(line, "key '" + key + "': ttl must be whole epoch seconds");
        }
        return new ImportRecord(line, key, storage, value, text(node, "etag", line),
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
}
