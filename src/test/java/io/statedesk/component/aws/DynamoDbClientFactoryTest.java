package io.statedesk.component.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.session.WritePolicy;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class DynamoDbClientFactoryTest {

    @Test
    void componentRegionAndEndpoint_configureTheClient() throws Exception {
        DynamoDbComponentConfig config = Components.dynamo("region", "eu-north-1", "endpoint",
                "http://localhost:8000", "accessKey", "AK", "secretKey", "SK");

        try (DynamoDbClient client = DynamoDbClientFactory.create(config, CredentialPlanner.daprd(config))) {
            assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.EU_NORTH_1);
            assertThat(client.serviceClientConfiguration().endpointOverride()).contains(
                    URI.create("http://localhost:8000"));
            AwsCredentialsIdentity identity = (AwsCredentialsIdentity) client.serviceClientConfiguration()
                    .credentialsProvider().resolveIdentity().join();
            assertThat(identity.accessKeyId()).isEqualTo("AK");
        }
    }

    @Test
    void realAws_hasNoEndpointOverride() throws Exception {
        DynamoDbComponentConfig config = Components.dynamo("region", "us-gov-west-1");

        try (DynamoDbClient client = DynamoDbClientFactory.create(config, CredentialPlanner.daprd(config))) {
            assertThat(client.serviceClientConfiguration().endpointOverride()).isEmpty();
            assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.US_GOV_WEST_1);
        }
    }

    @Test
    void chosenProfile_givesTheRegion_whenTheComponentHasNone(@TempDir Path home) throws Exception {
        DynamoDbComponentConfig config = Components.dynamo();
        CredentialPlan plan = CredentialPlanner.withProfile(config, SharedFiles.write(home), "dev");

        try (DynamoDbClient client = DynamoDbClientFactory.create(config, plan)) {
            assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_3);
        }
    }

    @Test
    void componentRegion_winsOverTheProfileRegion(@TempDir Path home) throws Exception {
        DynamoDbComponentConfig config = Components.dynamo("region", "ap-southeast-7");
        CredentialPlan plan = CredentialPlanner.withProfile(config, SharedFiles.write(home), "dev");

        try (DynamoDbClient client = DynamoDbClientFactory.create(config, plan)) {
            assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.of("ap-southeast-7"));
        }
    }

    @Test
    void localEndpointWithoutRegion_stillGetsARegion() throws Exception {
        DynamoDbComponentConfig config = Components.dynamo("endpoint", "http://127.0.0.1:4566", "accessKey", "a",
                "secretKey", "b");

        try (DynamoDbClient client = DynamoDbClientFactory.create(config, CredentialPlanner.daprd(config))) {
            assertThat(client.serviceClientConfiguration().region()).isNotNull();
        }
    }

    @Test
    void endpointKinds_decideWhatIsRealAws() {
        assertThat(Components.dynamo().pointsAtRealAws()).isTrue();
        assertThat(Components.dynamo("endpoint", "https://dynamodb.eu-west-1.amazonaws.com").pointsAtRealAws())
                .isTrue();
        assertThat(Components.dynamo("endpoint", "https://dynamodb.cn-north-1.amazonaws.com.cn").pointsAtRealAws())
                .isTrue();
        for (String local : new String[] {"http://localhost:8000", "http://127.0.0.1:8000", "http://[::1]:8000",
                "localhost:8000"}) {
            DynamoDbComponentConfig c = Components.dynamo("endpoint", local);
            assertThat(c.isLocalEndpoint()).as(local).isTrue();
            assertThat(WritePolicy.loopbackOnly().opensReadOnly(c.endpoint())).as(local).isFalse();
        }
        // Names that only look local are not (decision 0018): a user marks such a host local in the settings.
        for (String named : new String[] {"http://localstack:4566", "http://dynamodb-local:8000",
                "http://host.docker.internal:8000", "http://127.attacker.example:8000"}) {
            DynamoDbComponentConfig c = Components.dynamo("endpoint", named);
            assertThat(c.isLocalEndpoint()).as(named).isFalse();
            assertThat(WritePolicy.loopbackOnly().opensReadOnly(c.endpoint())).as(named).isTrue();
        }
        DynamoDbComponentConfig proxy = Components.dynamo("endpoint", "https://ddb-proxy.corp.example:8443");
        assertThat(proxy.isLocalEndpoint()).isFalse();
        assertThat(proxy.pointsAtRealAws()).isFalse();
        assertThat(WritePolicy.loopbackOnly().opensReadOnly(proxy.endpoint())).isTrue();
    }
}
