package io.statedesk.testing;

import io.statedesk.component.aws.AwsSetupException;
import io.statedesk.component.aws.CredentialPlanner;
import io.statedesk.component.aws.DynamoDbClientFactory;
import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.component.model.Secret;
import io.statedesk.component.settings.ClientLimits;
import io.statedesk.component.settings.StateDeskSettings;
import io.statedesk.sandbox.LocalCredentials;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Clients built exactly as the window and the command line build them, pointed at a fault proxy. */
public final class FaultClients {

    /** Short limits so that a hanging endpoint costs a test seconds: 1 s per attempt, 3 attempts, 6 s in all. */
    public static final ClientLimits QUICK = new ClientLimits(Duration.ofSeconds(1), Duration.ofSeconds(1),
            Duration.ofSeconds(6), 3);

    private FaultClients() {
    }

    public static DynamoDbClient through(URI endpoint, ClientLimits limits) {
        DynamoDbComponentConfig config = component("faults", "unused", endpoint);
        try {
            return DynamoDbClientFactory.create(config, CredentialPlanner.daprd(config),
                    StateDeskSettings.defaults().withLimits(limits));
        } catch (AwsSetupException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static DynamoDbComponentConfig component(String name, String table, URI endpoint) {
        return new DynamoDbComponentConfig(name, table, endpoint.toString(), LocalCredentials.REGION,
                Secret.of(LocalCredentials.ACCESS_KEY), Secret.of(LocalCredentials.SECRET_KEY), Secret.empty(),
                null, null, null, false, null);
    }
}
