package io.statedesk.component.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.component.settings.StateDeskSettings;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Opening a component on a local endpoint never asks EC2's instance metadata service (IMDS) for a region or for
 * credentials: off EC2 those lookups only wait for timeouts, which made "Connecting to statestore…" take 15 s (issue
 * 19). A stand-in IMDS on loopback counts what reaches it.
 */
class LocalEndpointNoImdsTest {

    private static final String IMDS_ENDPOINT = "aws.ec2MetadataServiceEndpoint";

    @Test
    void localEndpoint_withoutRegionOrKeys_neverAsksTheMetadataService() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        HttpServer imds = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        imds.createContext("/", exchange -> {
            asked.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        imds.start();
        String before = System.getProperty(IMDS_ENDPOINT);
        System.setProperty(IMDS_ENDPOINT, "http://127.0.0.1:" + imds.getAddress().getPort());
        try {
            DynamoDbComponentConfig config = Components.dynamo("endpoint", "http://127.0.0.1:8000");
            CredentialPlan plan = CredentialPlanner.daprd(config);
            assertThat(plan.source()).isInstanceOf(CredentialSource.DefaultChain.class);

            String accessKey;
            try (DynamoDbClient client = DynamoDbClientFactory.create(config, plan, StateDeskSettings.defaults())) {
                assertThat(client.serviceClientConfiguration().region()).isNotNull();
                try {
                    accessKey = ((AwsCredentialsIdentity) client.serviceClientConfiguration().credentialsProvider()
                            .resolveIdentity().join()).accessKeyId();
                } catch (RuntimeException noCredentials) {
                    accessKey = null;
                }
            }

            assertThat(asked.get()).as("requests to the instance metadata service").isZero();
            assertThat(accessKey).as("a local server takes any key: one is always found").isNotEmpty();
        } finally {
            if (before == null) {
                System.clearProperty(IMDS_ENDPOINT);
            } else {
                System.setProperty(IMDS_ENDPOINT, before);
            }
            imds.stop(0);
        }
    }
}
