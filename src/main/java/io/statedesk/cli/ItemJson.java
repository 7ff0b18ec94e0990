package io.statedesk.cli;

import com.fasterxml.jackson.core.JsonFactory;
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
import io.statedesk.engine.model.StateKey;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The JSON shapes of the command line: an item ({@code get --output json}, one line of {@code export}) and a key
 * ({@code keys --output json}). {@code valueBase64} always holds the exact bytes; {@code value} is a convenience view:
 * the bytes as JSON (numbers exactly as written: never through a double), else as text, else null. Import reads
 * with the same mapper: BigDecimal and BigInteger for numbers, so nothing is rounded on the way in either.
 */
final class ItemJson {

    /** Reads and writes JSON without losing a digit: big numbers and long fractions stay as they are. */
    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
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

    private ItemJson() {
    }

    /** The fields of {@code get --output json}; with {@code withTtlEpoch} also {@code ttl} (export). */
    static ObjectNode item(StateItem item, boolean withTtlEpoch) {
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

    /**
     * {@code value}: the bytes as JSON when they are one JSON value, else as text when valid UTF-8, else JSON null.
     * JSON goes in as the engine's compact text, so every number keeps the digits it was written with (a
     * BigDecimal would keep the value but print {@code 0.000000000000000000001} as {@code 1E-21}), and the line
     * stays one line.
     */
    static void putValue(ObjectNode node, byte[] bytes) {
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
    static Optional<String> compactJson(String text) {
        try {
            return Optional.of(DaprJson.compact(text));
        } catch (InvalidJsonException e) {
            return Optional.empty();
        }
    }

    /** Strict UTF-8: malformed bytes are not text. */
    static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw CliException.failure("cannot write JSON: " + e.getOriginalMessage(), e);
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
