package io.statedesk.component.secrets;

import io.statedesk.component.model.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * The AWS settings of an AWS secret store component, as components-contrib's AWS authentication reads them: its own
 * {@code region}, {@code endpoint}, and static {@code accessKey}/{@code secretKey} (with {@code sessionToken}) when
 * both keys are set, else the SDK default chain. Independent of the state store's settings, as in daprd.
 *
 * @param storeName the secret store component's name, for messages
 * @param region    the region, or null for the SDK's default region
 * @param endpoint  an endpoint override, or null
 */
record AwsStoreSettings(String storeName, String region, String endpoint, Secret accessKey, Secret secretKey,
                        Secret sessionToken) {

    static AwsStoreSettings read(String storeName, Function<String, Optional<String>> settings) {
        return new AwsStoreSettings(storeName, settings.apply("region").orElse(null),
                settings.apply("endpoint").orElse(null), secret(settings, "accessKey"), secret(settings, "secretKey"),
                secret(settings, "sessionToken"));
    }

    private static Secret secret(Function<String, Optional<String>> settings, String field) {
        return settings.apply(field).map(Secret::of).orElse(Secret.empty());
    }

    /** Where requests go, for messages: the endpoint, else the region, else "the default region". */
    String where() {
        return endpoint != null ? endpoint : region != null ? region : "the SDK's default region";
    }

    /** Configures a client builder: credentials, region, endpoint, bounded timeouts. */
    <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(B builder, String service)
            throws SecretStoreException {
        builder.credentialsProvider(credentials())
                .httpClientBuilder(ApacheHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(20)))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(Duration.ofSeconds(30)).build());
        if (region != null) {
            builder.region(Region.of(region.strip()));
        }
        if (endpoint != null) {
            try {
                URI uri = URI.create(endpoint.strip());
                if (uri.getScheme() == null || uri.getHost() == null) {
                    throw new IllegalArgumentException("no scheme or host");
                }
                builder.endpointOverride(uri);
            } catch (IllegalArgumentException e) {
                throw new SecretStoreException("the `endpoint` of secret store `" + storeName + "` is not a URL.",
                        "Write it as https://host or http://host:port.");
            }
        }
        try {
            return builder.build();
        } catch (SdkClientException e) {
            throw new SecretStoreException("no AWS region is known for secret store `" + storeName + "` ("
                    + service + ").", "Set `region` in the secret store component, or AWS_REGION.");
        }
    }

    private AwsCredentialsProvider credentials() {
        if (accessKey.isEmpty() || secretKey.isEmpty()) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(sessionToken.isEmpty()
                ? AwsBasicCredentials.create(accessKey.reveal(), secretKey.reveal())
                : AwsSessionCredentials.create(accessKey.reveal(), secretKey.reveal(), sessionToken.reveal()));
    }
}
