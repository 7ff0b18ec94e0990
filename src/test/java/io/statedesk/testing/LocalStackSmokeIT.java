package io.statedesk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** LocalStack where a Docker engine exists; reported as skipped where none does. */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackSmokeIT {

    @Container
    static final LocalStackContainer LOCALSTACK =
            new LocalStackContainer(DockerImageName.parse("localstack/localstack:4.4"))
                    .withServices(LocalStackContainer.Service.DYNAMODB);

    @Test
    void localStack_acceptsADaprShapedTable() {
        try (DynamoDbClient client = DynamoDbClient.builder()
                .endpointOverride(LOCALSTACK.getEndpoint())
                .region(Region.of(LOCALSTACK.getRegion()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey())))
                .build()) {
            new DaprTables(client).create();
            String table = client.listTables().tableNames().get(0);
            client.putItem(b -> b.tableName(table).item(Map.of(
                    "key", AttributeValue.fromS("app||k"), "value", AttributeValue.fromS("1"))));
            assertThat(client.getItem(b -> b.tableName(table)
                    .key(Map.of("key", AttributeValue.fromS("app||k")))).item().get("value").s()).isEqualTo("1");
        }
    }
}
