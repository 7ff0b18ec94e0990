package io.statedesk.cli;

import io.statedesk.component.aws.CredentialPlan;
import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.component.model.Redactions;
import io.statedesk.component.settings.StateDeskSettings;
import io.statedesk.dapr.encryption.EncryptionSetup;
import io.statedesk.engine.StoreConfig;
import java.nio.file.Path;

/**
 * The one state store a command works on: the component it came from (with the command line's overrides), what the
 * engine needs, and the credentials to use.
 *
 * @param file        the component file
 * @param component   the component's settings with {@code --endpoint} and {@code --region} applied
 * @param config      the engine's view; read-only when the endpoint is not clearly local and writes were not allowed
 * @param credentials where the credentials come from, and why
 * @param settings    the user's settings: local hosts, timeouts and retries
 * @param shown       the endpoint, table and region as {@code --debug} may print them: a value that came from a
 *                    secret or environment reference is named by its reference, never shown
 * @param redactions  credentials and resolved reference values, hidden from every message the command prints
 * @param encryption  the component's state encryption keys, as daprd reads them ({@code get --decrypt})
 */
public record StoreTarget(Path file, DynamoDbComponentConfig component, StoreConfig config,
        CredentialPlan credentials, StateDeskSettings settings, String shown, Redactions redactions,
        EncryptionSetup encryption) {

    public String componentName() {
        return config.componentName();
    }
}
