package io.statedesk.component.form;

import io.statedesk.component.ComponentLoader;
import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.model.MetadataItem;
import io.statedesk.component.secrets.LocalEnvSecretStore;
import io.statedesk.component.secrets.LocalFileSecretStore;
import io.statedesk.component.secrets.SecretStoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
            return new SecretStoreInfo(c.name(), c.type(), new LocalEnvSecretStore(environment, prefix).names(), "");
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
            return new SecretStoreInfo(c.name(), c.type(),
                    LocalFileSecretStore.open(path, separator, multiValued).names(), "");
        } catch (SecretStoreException e) {
            // the store's messages name the file and never quote its content
            return new SecretStoreInfo(c.name(), c.type(), Map.of(), e.getMessage() + " Type the secret name.");
        }
    }

    private static Optional<String> literal(ComponentManifest c, String field) {
        List<MetadataItem> items = c.itemsMatching(field);
        return items.isEmpty() ? Optional.empty() : Optional.ofNullable(items.get(items.size() - 1).value());
    }
}
