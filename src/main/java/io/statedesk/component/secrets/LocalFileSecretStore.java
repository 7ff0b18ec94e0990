package io.statedesk.component.secrets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.statedesk.component.model.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code secretstores.local.file}: a JSON file. Without {@code multiValued} the whole tree is flattened (nested keys
 * joined with the separator, array elements by index) and each flattened key is a secret with one field of the
 * same name. With {@code multiValued}, a top-level string is a one-field secret, a top-level object is one secret
 * whose fields are its (flattened) members, and other top-level values are dropped. Non-string values read as Go's
 * {@code %s} renders them ({@link GoText}).
 */
public final class LocalFileSecretStore implements SecretStore {

    /** Secrets files are small; this stops a wrong path (a log file, an image) from being read whole. */
    public static final int MAX_FILE_BYTES = 4 * 1024 * 1024;
    public static final String DEFAULT_SEPARATOR = ":";

    private final Map<String, Map<String, Secret>> secrets;
    private final List<String> nonStringKeys;

    private LocalFileSecretStore(Map<String, Map<String, Secret>> secrets, List<String> nonStringKeys) {
        this.secrets = secrets;
        this.nonStringKeys = nonStringKeys;
    }

    public static LocalFileSecretStore open(Path file, String separator, boolean multiValued)
            throws SecretStoreException {
        if (!Files.isRegularFile(file)) {
            throw new SecretStoreException("The secrets file " + file + " does not exist.",
                    "Create it, or correct `secretsFile` in the secret store component.");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new SecretStoreException("The secrets file " + file + " could not be read ("
                    + e.getClass().getSimpleName() + ").", "Check that you may read it.");
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new SecretStoreException("The secrets file " + file + " is larger than 4 MiB; it was not read.",
                    "Check that `secretsFile` names the right file.");
        }
        return parse(new String(bytes, StandardCharsets.UTF_8), file.toString(), separator, multiValued);
    }

    static LocalFileSecretStore parse(String json, String what, String separator, boolean multiValued)
            throws SecretStoreException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the input, which holds secrets: keep only the position.
            String line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new SecretStoreException("The secrets file " + what + " is not valid JSON" + line + ".",
                    "Fix the JSON; daprd fails to start the store too.");
        }
        if (root == null || !root.isObject()) {
            throw new SecretStoreException("The secrets file " + what + " must hold a JSON object.",
                    "Write the secrets as {\"name\": \"value\"}.");
        }
        String sep = separator == null || separator.isEmpty() ? DEFAULT_SEPARATOR : separator;
        Map<String, Map<String, Secret>> secrets = new LinkedHashMap<>();
        List<String> nonString = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!multiValued) {
                Map<String, String> flat = new LinkedHashMap<>();
                flatten(e.getKey(), e.getValue(), sep, flat, nonString);
                flat.forEach((k, v) -> secrets.put(k, Map.of(k, Secret.of(v))));
            } else if (e.getValue().isTextual()) {
                secrets.put(e.getKey(), Map.of(e.getKey(), Secret.of(e.getValue().textValue())));
            } else if (e.getValue().isObject()) {
                Map<String, String> flat = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> f = e.getValue().fields(); f.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = f.next();
                    flatten(field.getKey(), field.getValue(), sep, flat, nonString);
                }
                Map<String, Secret> fields = new LinkedHashMap<>();
                flat.forEach((k, v) -> fields.put(k, Secret.of(v)));
                secrets.put(e.getKey(), Collections.unmodifiableMap(fields));
            }
        }
        return new LocalFileSecretStore(secrets, List.copyOf(nonString));
    }

    private static void flatten(String key, JsonNode node, String sep, Map<String, String> out,
                                List<String> nonString) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(key + sep + e.getKey(), e.getValue(), sep, out, nonString);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(key + sep + i, node.get(i), sep, out, nonString);
            }
        } else if (node.isTextual()) {
            out.put(key, node.textValue());
        } else {
            nonString.add(key);
            if (node.isBoolean()) {
                out.put(key, GoText.badVerbBool(node.booleanValue()));
            } else if (node.isNumber()) {
                out.put(key, GoText.badVerbFloat(node.doubleValue()));
            } else {
                out.put(key, GoText.badVerbNil());
            }
        }
    }

    @Override
    public Optional<Map<String, Secret>> secret(String name) {
        return Optional.ofNullable(secrets.get(name));
    }

    @Override
    public Map<String, List<String>> names() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        secrets.forEach((name, fields) -> names.put(name, List.copyOf(fields.keySet())));
        return Collections.unmodifiableMap(names);
    }

    /** Flattened keys whose JSON value is not a string, and so reads as Go's {@code %!s(...)} text. */
    public List<String> nonStringKeys() {
        return nonStringKeys;
    }

    public int size() {
        return secrets.size();
    }

    @Override
    public String toString() {
        return "LocalFileSecretStore[" + secrets.size() + " secrets]";
    }
}
