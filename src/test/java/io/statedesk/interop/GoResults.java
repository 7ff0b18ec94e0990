package io.statedesk.interop;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The result lines of one driver run, found by the ids the script gave its ops. */
final class GoResults {

    private final Map<String, JsonNode> byId = new LinkedHashMap<>();

    GoResults(List<JsonNode> lines) {
        for (JsonNode line : lines) {
            byId.put(line.path("id").asText(), line);
        }
    }

    JsonNode line(String id) {
        JsonNode line = byId.get(id);
        if (line == null) {
            throw new IllegalArgumentException("No result with id " + id + " among " + byId.keySet());
        }
        return line;
    }

    /** A Get (or a BulkGet entry) as the Go component returned it. */
    record Read(byte[] data, String etag, Map<String, String> metadata, boolean ok, String errorKind, String error) {
        static Read of(JsonNode node) {
            JsonNode base64 = node.get("dataBase64");
            byte[] data = base64 == null || base64.isNull() ? null : Base64.getDecoder().decode(base64.asText());
            Map<String, String> metadata = new TreeMap<>();
            node.path("metadata").properties().forEach(e -> metadata.put(e.getKey(), e.getValue().asText()));
            String error = text(node, "error");
            boolean ok = node.has("ok") ? node.get("ok").asBoolean() : error == null || error.isEmpty();
            return new Read(data, text(node, "etag"), metadata, ok, text(node, "errorKind"), error);
        }

        String ttlExpireTime() {
            return metadata.get("ttlExpireTime");
        }
    }

    Read read(String id) {
        return Read.of(line(id));
    }

    boolean ok(String id) {
        return line(id).path("ok").asBoolean();
    }

    String errorKind(String id) {
        return text(line(id), "errorKind");
    }

    String error(String id) {
        return text(line(id), "error");
    }

    /** The item of a rawGet, in DynamoDB JSON, or null when there is none. */
    JsonNode rawItem(String id) {
        JsonNode item = line(id).get("item");
        return item == null || item.isNull() ? null : item;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
