package io.statedesk.component.secrets;

import io.statedesk.component.model.Secret;
import java.util.Map;
import java.util.Optional;

/** A Dapr secret store as daprd's {@code GetSecret} sees it: a secret name gives a map of fields. */
public interface SecretStore {

    /**
     * @return the secret's fields, or empty when the store has no secret of that name
     */
    Optional<Map<String, Secret>> secret(String name);
}
