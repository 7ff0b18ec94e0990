package io.statedesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.StateKey;
import io.statedesk.transfer.ItemLines;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The JSON shapes of the command line: an item ({@code get --output json}, one line of {@code export}; the format
 * itself lives in {@link ItemLines}, which the window's export and import share) and a key
 * ({@code keys --output json}).
 */
final class ItemJson {

    /** Reads and writes JSON without losing a digit: big numbers and long fractions stay as they are. */
    static final ObjectMapper MAPPER = ItemLines.MAPPER;

    private ItemJson() {
    }

    /** The fields of {@code get --output json}; with {@code withTtlEpoch} also {@code ttl} (export). */
    static ObjectNode item(StateItem item, boolean withTtlEpoch) {
        return ItemLines.node(item, withTtlEpoch);
    }

    /** A stored key and its parts as daprd built it. */
    static ObjectNode key(StateKey key) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("key", key.stored());
        node.put("kind", key.kind().name().toLowerCase(java.util.Locale.ROOT));
        putText(node, "prefix", key.prefix());
        putText(node, "namespace", key.namespace());
        putText(node, "appId", key.appId());
        putText(node, "actorType", key.actorType());
        putText(node, "actorId", key.actorId());
        node.put("stateKey", key.stateKey());
        return node;
    }

    /** {@code value}: the bytes as JSON when they are one JSON value, else as text when valid UTF-8, else null. */
    static void putValue(ObjectNode node, byte[] bytes) {
        ItemLines.putValue(node, bytes);
    }

    /** The text as compact JSON when it is exactly one JSON value, numbers as written. */
    static Optional<String> compactJson(String text) {
        return ItemLines.compactJson(text);
    }

    /** Strict UTF-8: malformed bytes are not text. */
    static Optional<String> utf8(byte[] bytes) {
        return ItemLines.utf8(bytes);
    }

    static String write(JsonNode node) {
        try {
            return ItemLines.write(node);
        } catch (UncheckedIOException e) {
            throw CliException.failure(e.getMessage(), e);
        }
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
