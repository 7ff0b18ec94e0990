package io.statedesk.cli;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/** Builds the DynamoDB client for a connection. Building sends no request. */
@FunctionalInterface
public interface ClientFactory {

    DynamoDbClient create(Connection connection);

    /** The SDK client as daprd would configure it, with {@code --profile} as an extra choice of credentials. */
    static ClientFactory standard() {
        return connection -> {
            DynamoDbClientBuilder builder = DynamoDbClient.builder()
                    .httpClientBuilder(ApacheHttpClient.builder())
                    .credentialsProvider(credentials(connection));
            if (connection.region() != null && !connection.region().isEmpty()) {
                builder.region(Region.of(connection.region()));
            }
            if (connection.endpoint() != null) {
                builder.endpointOverride(connection.endpoint());
            }
            try {
                return builder.build();
            } catch (SdkClientException e) {
                throw CliException.failure("cannot set up the DynamoDB client for " + connection.describe() + ": "
                        + e.getMessage() + " (set region in the component, pass --region, or set AWS_REGION)", e);
            }
        };
    }

    private static AwsCredentialsProvider credentials(Connection connection) {
        if (connection.profile() != null && !connection.profile().isEmpty()) {
            return ProfileCredentialsProvider.create(connection.profile());
        }
        if (connection.hasStaticKeys()) {
            return StaticCredentialsProvider.create(connection.sessionToken() == null
                            || connection.sessionToken().isEmpty()
                    ? AwsBasicCredentials.create(connection.accessKey(), connection.secretKey())
                    : AwsSessionCredentials.create(connection.accessKey(), connection.secretKey(),
                            connection.sessionToken()));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
