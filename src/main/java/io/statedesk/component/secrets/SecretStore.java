package io.statedesk.component.secrets;

import io.statedesk.component.model.Secret;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A Dapr secret store as daprd's {@code GetSecret} sees it: a secret name gives a map of fields. */
public interface SecretStore {

    /**
     * @return the secret's fields, or empty when the store has no secret of that name
     * @throws SecretStoreException when the store cannot be asked: refused, unreachable, misconfigured
     */
    Optional<Map<String, Secret>> secret(String name) throws SecretStoreException;

    /**
     * The secrets the store offers, each with the keys inside it, in the store's order: for choosing a reference.
     * Never a value. Remote stores, which would have to read every secret to know its keys, offer none.
     */
    Map<String, List<String>> names();

    /** The sentence for a secret the store does not have; {@code storeLabel} names the store as the user wrote it. */
    default String notFound(String name, String storeLabel) {
        return "Secret `" + name + "` not found in secret store `" + storeLabel + "`.";
    }
}
