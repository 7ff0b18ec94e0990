package io.statedesk.component.secrets;

import io.statedesk.component.model.Secret;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A Dapr secret store as daprd's {@code GetSecret} sees it: a secret name gives a map of fields. */
public interface SecretStore {

    /**
     * @return the secret's fields, or empty when the store has no secret of that name
     */
    Optional<Map<String, Secret>> secret(String name);

    /**
     * The secrets the store offers, each with the keys inside it, in the store's order: for choosing a reference.
     * Never a value.
     */
    Map<String, List<String>> names();
}
