package io.statedesk.component.secrets;

import io.statedesk.component.model.ComponentManifest;
import java.util.Optional;
import java.util.function.Function;

/**
 * Opens secret stores beyond the two local ones that {@link SecretResolver} reads itself: the AWS stores, and on a
 * cluster the Kubernetes Secrets of the namespace.
 */
public interface SecretStoreOpener {

    /**
     * The store a secret store component describes, or empty when this opener does not know its type.
     *
     * @param storeComponent the {@code secretstores.*} component
     * @param settings       its metadata as daprd reads it: a value, or its envRef where StateDesk may read one
     */
    Optional<SecretStore> open(ComponentManifest storeComponent, Function<String, Optional<String>> settings)
            throws SecretStoreException;

    /**
     * daprd's built-in {@code kubernetes} store on a cluster, from which the Dapr operator fills references with an
     * empty {@code auth.secretStore}; empty outside a cluster.
     */
    default Optional<SecretStore> builtinKubernetes() {
        return Optional.empty();
    }

    /** Tries {@code this}, then {@code other}; the built-in store of the first that has one. */
    default SecretStoreOpener orElse(SecretStoreOpener other) {
        SecretStoreOpener first = this;
        return new SecretStoreOpener() {
            @Override
            public Optional<SecretStore> open(ComponentManifest c, Function<String, Optional<String>> settings)
                    throws SecretStoreException {
                Optional<SecretStore> found = first.open(c, settings);
                return found.isPresent() ? found : other.open(c, settings);
            }

            @Override
            public Optional<SecretStore> builtinKubernetes() {
                Optional<SecretStore> found = first.builtinKubernetes();
                return found.isPresent() ? found : other.builtinKubernetes();
            }
        };
    }
}
