package io.statedesk.component.secrets;

import io.statedesk.component.model.Secret;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code secretstores.local.env}: secret {@code name} is the variable {@code <prefix><name>}, returned as one field
 * keyed by {@code name}. A missing variable gives an empty value, not an error; daprd refuses variables whose name
 * starts with {@code DAPR_} or is {@code APP_API_TOKEN}. The environment is passed in, so tests never touch the real
 * one.
 */
public final class LocalEnvSecretStore implements SecretStore {

    private final Map<String, String> environment;
    private final String prefix;

    public LocalEnvSecretStore(Map<String, String> environment, String prefix) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        this.prefix = prefix == null ? "" : prefix;
    }

    /** Whether daprd refuses to read this variable (env store and {@code envRef} alike). */
    public static boolean isReserved(String variable) {
        String upper = variable.toUpperCase(Locale.ROOT);
        return upper.startsWith("DAPR_") || upper.equals("APP_API_TOKEN");
    }

    public String variableFor(String name) {
        return prefix + name;
    }

    @Override
    public Optional<Map<String, Secret>> secret(String name) {
        String variable = variableFor(name);
        String value = isReserved(variable) ? "" : environment.getOrDefault(variable, "");
        return Optional.of(Map.of(name, Secret.of(value)));
    }

    /** Every variable with the prefix (and more after it) that daprd may read, by secret name, sorted. */
    @Override
    public Map<String, List<String>> names() {
        Map<String, List<String>> names = new java.util.LinkedHashMap<>();
        environment.keySet().stream().sorted()
                .filter(v -> v.startsWith(prefix) && v.length() > prefix.length())
                .filter(v -> !isReserved(v))
                .map(v -> v.substring(prefix.length()))
                .forEach(name -> names.put(name, List.of(name)));
        return java.util.Collections.unmodifiableMap(names);
    }

    @Override
    public String toString() {
        return "LocalEnvSecretStore[prefix=" + prefix + "]";
    }
}
