package io.statedesk.engine.dynamodb;

import io.statedesk.engine.model.SetRequest;
import io.statedesk.engine.model.Storage;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * What daprd's DynamoDB component stores for a Go value handed to it (spec 2.2 and 2.4), so that Java tests can use
 * the conformance suite's Go values: a Go {@code []byte} (here {@code byte[]}) is stored as B exactly; anything else
 * is JSON written by json-iterator {@code ConfigFastest} and stored as S. Go structs are written here as
 * {@link java.util.LinkedHashMap}s in field-declaration order (struct fields keep their order; Go maps would not).
 * Covers the kinds the suite uses: integers, booleans, strings, null, structs; floats are not needed.
 */
record DaprdValue(byte[] bytes, Storage storage) {

    static DaprdValue of(Object goValue) {
        if (goValue instanceof byte[] raw) {
            return new DaprdValue(raw.clone(), Storage.B);
        }
        return new DaprdValue(json(goValue).getBytes(StandardCharsets.UTF_8), Storage.S);
    }

    SetRequest set(String key) {
        return SetRequest.lastWrite(key, bytes, storage);
    }

    String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static String json(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof String text) {
            return quote(text);
        }
        if (value instanceof Map<?, ?> struct) {
            StringBuilder out = new StringBuilder("{");
            Iterator<? extends Map.Entry<?, ?>> fields = struct.entrySet().iterator();
            while (fields.hasNext()) {
                Map.Entry<?, ?> field = fields.next();
                out.append(quote(field.getKey().toString())).append(':').append(json(field.getValue()));
                if (fields.hasNext()) {
                    out.append(',');
                }
            }
            return out.append('}').toString();
        }
        throw new IllegalArgumentException("no daprd rule for " + value.getClass());
    }

    /** json-iterator's string writer without HTML escaping (spec 2.4). */
    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
