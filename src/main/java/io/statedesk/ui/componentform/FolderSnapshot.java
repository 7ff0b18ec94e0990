package io.statedesk.ui.componentform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.statedesk.component.ComponentLoader;
import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.model.MetadataItem;
import io.statedesk.component.secrets.LocalEnvSecretStore;
import io.statedesk.component.secrets.LocalFileSecretStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resources folder a component lives in, as read once: every component (for the checks across the folder:
 * duplicate names, the secret store a component names) and the secret stores with the names of their secrets.
 *
 * @param folder       the folder
 * @param set          what daprd would load from it
 * @param secretStores the secret store components, by name, in file order
 */
public record FolderSnapshot(Path folder, ComponentSet set, Map<String, SecretStoreInfo> secretStores) {

    public FolderSnapshot {
        secretStores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(secretStores));
    }

    /** A folder that does not exist yet: nothing in it. */
    public static FolderSnapshot empty(Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        return new FolderSnapshot(f, new ComponentSet(f, f, List.of(), List.of()), Map.of());
    }

    /** Reads the folder (blocking file I/O: run it through the TaskRunner). */
    public static FolderSnapshot load(Path folder, Map<String, String> environment) throws IOException {
        Path f = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(f)) {
            return empty(f);
        }
        ComponentSet set = ComponentLoader.load(f);
        Map<String, SecretStoreInfo> stores = new LinkedHashMap<>();
        for (ComponentManifest c : set.components()) {
            if (c.isSecretStore() && c.name() != null && !stores.containsKey(c.name())) {
                stores.put(c.name(), describe(c, f, environment));
            }
        }
        return new FolderSnapshot(f, set, stores);
    }

    public List<String> secretStoreNames() {
        return List.copyOf(secretStores.keySet());
    }

    public Optional<SecretStoreInfo> secretStore(String name) {
        return Optional.ofNullable(secretStores.get(name));
    }

    private static SecretStoreInfo describe(ComponentManifest c, Path folder, Map<String, String> environment) {
        if (c.hasType(ComponentManifest.LOCAL_ENV_SECRET_STORE)) {
            String prefix = literal(c, "prefix").orElse("");
            Map<String, List<String>> names = new LinkedHashMap<>();
            environment.keySet().stream().sorted()
                    .filter(v -> v.startsWith(prefix) && v.length() > prefix.length())
                    .filter(v -> !LocalEnvSecretStore.isReserved(v))
                    .map(v -> v.substring(prefix.length()))
                    .forEach(n -> names.put(n, List.of(n)));
            return new SecretStoreInfo(c.name(), c.type(), names, "");
        }
        if (!c.hasType(ComponentManifest.LOCAL_FILE_SECRET_STORE)) {
            return new SecretStoreInfo(c.name(), c.type(), Map.of(), "StateDesk lists the secrets of local file and"
                    + " env stores only; type the secret name.");
        }
        Optional<String> file = literal(c, "secretsFile");
        if (file.isEmpty()) {
            return new SecretStoreInfo(c.name(), c.type(), Map.of(), "The store names no secretsFile.");
        }
        Path path = Path.of(file.get());
        path = path.isAbsolute() ? path : folder.resolve(path).normalize();
        String separator = literal(c, "nestedSeparator").filter(s -> !s.isEmpty())
                .orElse(LocalFileSecretStore.DEFAULT_SEPARATOR);
        boolean multiValued = literal(c, "multiValued").map(v -> v.equalsIgnoreCase("true") || v.equals("1")
                || v.equalsIgnoreCase("t")).orElse(false);
        try {
            return new SecretStoreInfo(c.name(), c.type(), names(path, separator, multiValued), "");
        } catch (IOException e) {
            return new SecretStoreInfo(c.name(), c.type(), Map.of(), "Its file " + path.getFileName()
                    + " could not be read as JSON; type the secret name.");
        }
    }

    /** The secret names daprd's file store offers (spec 7.3): flattened keys, or top-level secrets with fields. */
    static Map<String, List<String>> names(Path file, String separator, boolean multiValued) throws IOException {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(LocalFileSecretStore.MAX_FILE_BYTES + 1);
            if (bytes.length > LocalFileSecretStore.MAX_FILE_BYTES) {
                throw new IOException("secrets file too large");
            }
            root = new ObjectMapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the input, which holds secrets: never pass it on.
            throw new IOException("not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new IOException("not a JSON object");
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!multiValued) {
                List<String> flat = new ArrayList<>();
                flatten(e.getKey(), e.getValue(), separator, flat);
                flat.forEach(k -> out.put(k, List.of(k)));
            } else if (e.getValue().isTextual()) {
                out.put(e.getKey(), List.of(e.getKey()));
            } else if (e.getValue().isObject()) {
                List<String> fields = new ArrayList<>();
                e.getValue().fields().forEachRemaining(f -> flatten(f.getKey(), f.getValue(), separator, fields));
                out.put(e.getKey(), List.copyOf(fields));
            }
        }
        return out;
    }

    private static void flatten(String key, JsonNode node, String separator, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(key + separator + e.getKey(), e.getValue(), separator, out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(key + separator + i, node.get(i), separator, out);
            }
        } else {
            out.add(key);
        }
    }

    private static Optional<String> literal(ComponentManifest c, String field) {
        List<MetadataItem> items = c.itemsMatching(field);
        return items.isEmpty() ? Optional.empty() : Optional.ofNullable(items.get(items.size() - 1).value());
    }
}
