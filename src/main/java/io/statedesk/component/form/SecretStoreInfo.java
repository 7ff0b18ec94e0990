package io.statedesk.component.form;

import java.util.List;
import java.util.Map;

/**
 * A secret store component of the folder, as the form's chooser lists it: the names of its secrets and the keys
 * inside each, never their values.
 *
 * @param name    the store's {@code metadata.name}
 * @param type    its {@code spec.type}
 * @param secrets secret name to the keys inside it, in file order
 * @param note    why the list is empty or incomplete, or ""
 */
public record SecretStoreInfo(String name, String type, Map<String, List<String>> secrets, String note) {

    public SecretStoreInfo {
        secrets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(secrets));
    }

    public List<String> secretNames() {
        return List.copyOf(secrets.keySet());
    }

    public List<String> keys(String secretName) {
        return secrets.getOrDefault(secretName, List.of());
    }

    @Override
    public String toString() {
        return name + " (" + type + ")";
    }
}
