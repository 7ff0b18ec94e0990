package io.statedesk.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A script for the Go driver (format in {@code interop/README.md}), built with Jackson. Starts with an {@code init}
 * of the component with the given metadata; every op gets an {@code id} so results can be found by name.
 */
final class Script {

    private final ArrayNode ops = GoDriver.JSON.createArrayNode();

    Script(Map<String, String> componentMetadata) {
        ObjectNode init = op("init", "init");
        init.set("metadata", GoDriver.JSON.valueToTree(componentMetadata));
    }

    ArrayNode ops() {
        return ops;
    }

    ObjectNode op(String name, String id) {
        ObjectNode op = ops.addObject();
        op.put("op", name);
        op.put("id", id);
        return op;
    }

    /** A Set whose value the component receives as a Go {@code []byte} (daprd's gRPC path): stored as B. */
    ObjectNode setBytes(String id, String key, byte[] value) {
        ObjectNode op = op("set", id);
        op.put("key", key);
        op.put("bytesBase64", Base64.getEncoder().encodeToString(value));
        return op;
    }

    /** A Set whose value the component receives decoded from JSON into Go {@code any} (daprd's HTTP path): S. */
    ObjectNode setJson(String id, String key, JsonNode value) {
        ObjectNode op = op("set", id);
        op.put("key", key);
        op.set("json", value);
        return op;
    }

    /** A Set whose value is a Go {@code string} (as the conformance tests pass it): S holding a JSON string. */
    ObjectNode setString(String id, String key, String value) {
        ObjectNode op = op("set", id);
        op.put("key", key);
        op.put("string", value);
        return op;
    }

    ObjectNode get(String id, String key) {
        ObjectNode op = op("get", id);
        op.put("key", key);
        op.put("consistency", "strong");
        return op;
    }

    ObjectNode rawGet(String id, String key) {
        ObjectNode op = op("rawGet", id);
        op.put("key", key);
        return op;
    }

    ObjectNode delete(String id, String key) {
        ObjectNode op = op("delete", id);
        op.put("key", key);
        return op;
    }

    ObjectNode bulkGet(String id, List<String> keys) {
        ObjectNode op = op("bulkGet", id);
        ArrayNode array = op.putArray("keys");
        keys.forEach(array::add);
        return op;
    }

    /** A Multi; add its operations with {@link #upsert} and {@link #txDelete}. */
    ArrayNode multi(String id) {
        return op("multi", id).putArray("operations");
    }

    static ObjectNode upsert(ArrayNode operations, String key) {
        ObjectNode op = operations.addObject();
        op.put("op", "upsert");
        op.put("key", key);
        return op;
    }

    static ObjectNode txDelete(ArrayNode operations, String key) {
        ObjectNode op = operations.addObject();
        op.put("op", "delete");
        op.put("key", key);
        return op;
    }

    static ObjectNode withEtag(ObjectNode op, String etag) {
        op.put("etag", etag);
        return op;
    }

    static ObjectNode withTtl(ObjectNode op, String ttlInSeconds) {
        op.putObject("metadata").put("ttlInSeconds", ttlInSeconds);
        return op;
    }

    static ObjectNode firstWrite(ObjectNode op) {
        op.put("concurrency", "first-write");
        return op;
    }

    static ObjectNode bytesValue(ObjectNode op, byte[] value) {
        op.put("bytesBase64", Base64.getEncoder().encodeToString(value));
        return op;
    }
}
