package io.statedesk.component.aws;

import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;

/**
 * The SDK's default chains without their network lookups, for a local endpoint: system properties, environment and
 * the shared profile, but never EC2's instance metadata service (IMDS) or a container's credentials endpoint. Off
 * EC2 those lookups only end in timeouts, and a local server accepts any credentials and any region.
 */
final class LocalChain {

    /** Any key does for a local server; this one says where it came from in a server's log. */
    static final String LOCAL_KEY = "statedesk-local";

    private LocalChain() {
    }

    /** The component's own credentials when it names them; for the default chain the offline part of it. */
    static AwsCredentialsProvider credentials(CredentialPlan plan) throws AwsSetupException {
        if (!(plan.source() instanceof CredentialSource.DefaultChain)) {
            return plan.provider();
        }
        return AwsCredentialsProviderChain.builder()
                .reuseLastProviderEnabled(true)
                .credentialsProviders(SystemPropertyCredentialsProvider.create(),
                        EnvironmentVariableCredentialsProvider.create(),
                        ProfileCredentialsProvider.create(),
                        // what local servers accept when nothing above names keys
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(LOCAL_KEY, LOCAL_KEY)))
                .build();
    }

    /** AWS_REGION, aws.region or the profile's region; empty when none says. */
    static Optional<Region> region() {
        try {
            return Optional.of(new AwsRegionProviderChain(new SystemSettingsRegionProvider(),
                    new AwsProfileRegionProvider()).getRegion());
        } catch (SdkClientException none) {
            return Optional.empty();
        }
    }
}
