package io.statedesk.component.aws;

import io.statedesk.component.model.DynamoDbComponentConfig;
import java.net.URI;
import io.statedesk.component.model.LocalEndpoints;
import io.statedesk.component.settings.ClientLimits;
import io.statedesk.component.settings.StateDeskSettings;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.profiles.ProfileProperty;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Builds the DynamoDB client for a component as daprd does: the chosen credentials, {@code Region.of(region)} when
 * the component sets one (else the profile's region for a chosen profile, else the SDK's default region), and
 * {@code endpointOverride} when {@code endpoint} is set. Uses the Apache HTTP client with the settings'
 * timeouts and retries (seconds, for an interactive tool).
 */
public final class DynamoDbClientFactory {

    /** The region used for a local endpoint when nothing else names one: DynamoDB Local accepts any. */
    public static final Region LOCAL_FALLBACK_REGION = Region.US_EAST_1;

    private DynamoDbClientFactory() {
    }

    public static DynamoDbClient create(DynamoDbComponentConfig config, CredentialPlan plan) throws AwsSetupException {
        return create(config, plan, StateDeskSettings.defaults());
    }

    /**
     * A client with the settings' timeouts and retries: the SDK's standard retry strategy (exponential back-off with
     * jitter, longer for throttling) limited to {@code maxAttempts}, without its retry quota, so that every call gets
     * the same number of attempts however many failed before it.
     */
    public static DynamoDbClient create(DynamoDbComponentConfig config, CredentialPlan plan,
            StateDeskSettings settings) throws AwsSetupException {
        ClientLimits limits = settings.limits();
        boolean local = settings.localEndpoints().isLocal(config.endpoint());
        DynamoDbClientBuilder builder = builder(local ? LocalChain.credentials(plan) : plan.provider(), limits);
        Region region = region(config, plan, settings.localEndpoints());
        if (region != null) {
            builder.region(region);
        }
        if (config.endpoint() != null) {
            builder.endpointOverride(endpoint(config.endpoint()));
        }
        try {
            return builder.build();
        } catch (SdkClientException e) {
            throw new AwsSetupException("No AWS region is known for component " + config.componentName() + ".",
                    "Set `region` in the component, AWS_REGION in the environment, or `region` in your profile.", e);
        }
    }

    /** The builder every client starts from (and the warm-up, so that it loads the same classes). */
    static DynamoDbClientBuilder builder(AwsCredentialsProvider credentials, ClientLimits limits) {
        return DynamoDbClient.builder()
                .credentialsProvider(credentials)
                .httpClientBuilder(ApacheHttpClient.builder()
                        .connectionTimeout(limits.connect())
                        .socketTimeout(limits.attempt())
                        .connectionAcquisitionTimeout(limits.connect()))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallAttemptTimeout(limits.attempt())
                        .apiCallTimeout(limits.total())
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(limits.maxAttempts())
                                .circuitBreakerEnabled(false)
                                .build())
                        .build());
    }

    static Region region(DynamoDbComponentConfig config, CredentialPlan plan) {
        return region(config, plan, LocalEndpoints.loopbackOnly());
    }

    static Region region(DynamoDbComponentConfig config, CredentialPlan plan, LocalEndpoints local) {
        if (config.region() != null) {
            return Region.of(config.region().strip());
        }
        if (plan.source() instanceof CredentialSource.NamedProfile p) {
            String fromProfile = p.profileFile().profile(p.profileName())
                    .flatMap(pr -> pr.property(ProfileProperty.REGION)).orElse(null);
            if (fromProfile != null) {
                return Region.of(fromProfile);
            }
        }
        if (!local.isLocal(config.endpoint())) {
            return null; // the builder runs the SDK's default region chain, as daprd's SDK does
        }
        // The region daprd would pick from the environment or the profile, but never from EC2's metadata service:
        // off EC2 that lookup waits for timeouts (seconds, up to 15 on networks that drop the packets; issue 19),
        // and a local server accepts any region.
        return LocalChain.region().orElse(LOCAL_FALLBACK_REGION);
    }

    private static URI endpoint(String endpoint) throws AwsSetupException {
        try {
            URI uri = URI.create(endpoint.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("no scheme or host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new AwsSetupException("The endpoint of the component is not a URL.",
                    "Write it as http://host:port, e.g. http://localhost:8000.", e);
        }
    }
}
