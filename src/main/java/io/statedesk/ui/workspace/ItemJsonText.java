package io.statedesk.ui.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.statedesk.engine.json.DaprJson;
import io.statedesk.engine.json.InvalidJsonException;
import io.statedesk.engine.model.StateItem;
import io.statedesk.ui.common.ValueKind;
import java.io.UncheckedIOException;
import java.util.Base64;

/**
 * An item as the command line prints it ({@code get --output json}; with {@code ttl}, one line of {@code export},
 * which {@code import} reads back): key, storage, valueBase64 (the exact bytes), value (the bytes as JSON with
 * numbers as written, else as text, else null), etag, ttlExpireTime, expired. One line, no indentation.
 */
final class ItemJsonText {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private ItemJsonText() {
    }

    static String of(StateItem item, boolean withTtlEpoch) {
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
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON goes in as the engine's compact text, so a number keeps the digits it was written with. */
    private static void putValue(ObjectNode node, byte[] bytes) {
        String text = ValueKind.utf8OrNull(bytes);
        if (text == null) {
            node.putNull("value");
            return;
        }
        try {
            node.putRawValue("value", new RawValue(DaprJson.compact(text)));
        } catch (InvalidJsonException notJson) {
            node.put("value", text);
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
