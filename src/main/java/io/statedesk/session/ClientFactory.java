package io.statedesk.session;

import io.statedesk.component.aws.AwsSetupException;
import io.statedesk.component.aws.CredentialPlan;
import io.statedesk.component.aws.DynamoDbClientFactory;
import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.component.settings.StateDeskSettings;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Builds the DynamoDB client of a component with the chosen credentials. Sends no request. */
@FunctionalInterface
public interface ClientFactory {

    DynamoDbClient create(DynamoDbComponentConfig component, CredentialPlan credentials, StateDeskSettings settings)
            throws AwsSetupException;

    /** The component layer's client, configured as daprd configures it, with the settings' timeouts and retries. */
    static ClientFactory standard() {
        return DynamoDbClientFactory::create;
    }
}
