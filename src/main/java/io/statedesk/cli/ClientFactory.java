package io.statedesk.cli;

import io.statedesk.component.aws.AwsSetupException;
import io.statedesk.component.aws.CredentialPlan;
import io.statedesk.component.aws.DynamoDbClientFactory;
import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.component.settings.StateDeskSettings;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Builds the DynamoDB client of a component (overrides applied) with the chosen credentials. Sends no request. */
@FunctionalInterface
public interface ClientFactory {

    DynamoDbClient create(DynamoDbComponentConfig component, CredentialPlan credentials, StateDeskSettings settings);

    /** The component layer's client, configured as daprd configures it, with the settings' timeouts and retries. */
    static ClientFactory standard() {
        return (component, credentials, settings) -> {
            try {
                return DynamoDbClientFactory.create(component, credentials, settings);
            } catch (AwsSetupException e) {
                throw CliException.failure(e.getMessage() + " " + e.fix(), e);
            }
        };
    }
}
