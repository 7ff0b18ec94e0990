package io.statedesk.component.model;

/**
 * Where daprd runs the components of a set, which changes how it resolves them: self-hosted daprd reads files and
 * needs an {@code auth.secretStore} for every {@code secretKeyRef}; on Kubernetes the Dapr operator fills references
 * to the built-in {@code kubernetes} store (or no store at all) from the namespace's Secrets, and {@code envRef}s
 * come from the daprd container's environment.
 */
public enum Hosting {
    SELF_HOSTED,
    KUBERNETES;

    /** The name of the secret store daprd adds on Kubernetes, backed by the namespace's Secrets. */
    public static final String BUILTIN_KUBERNETES_STORE = "kubernetes";

    /**
     * Whether the Dapr operator resolves this component's {@code secretKeyRef}s from Kubernetes Secrets: on
     * Kubernetes when {@code auth.secretStore} is empty or {@code kubernetes}.
     */
    public boolean operatorResolvesSecrets(String secretStore) {
        return this == KUBERNETES && (secretStore == null || secretStore.isEmpty()
                || secretStore.equals(BUILTIN_KUBERNETES_STORE));
    }
}
