package io.statedesk.sandbox;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The fake credentials and region of local DynamoDB servers (the sandbox's dynoxide, the tests'): local emulators
 * accept any access key, and a component that names keys makes daprd and StateDesk skip the AWS credential chain.
 */
public final class LocalCredentials {

    public static final String ACCESS_KEY = "statedesklocal";
    public static final String SECRET_KEY = "statedesklocal";
    public static final String REGION = "us-east-1";

    private LocalCredentials() {
    }

    /** A client for a local server with these credentials; the caller closes it. */
    public static DynamoDbClient clientFor(URI endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .httpClientBuilder(ApacheHttpClient.builder())
                .build();
    }
}
