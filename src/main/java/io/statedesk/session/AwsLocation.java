package io.statedesk.session;

import io.statedesk.component.PreparedStore;
import io.statedesk.component.aws.AwsSetupException;
import java.time.Duration;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.sts.StsClient;

/** Which AWS account and region a component on AWS reaches: what a write would change, asked of STS once per open. */
final class AwsLocation {

    private AwsLocation() {
    }

    /** "AWS account 123456789012 · eu-west-1"; "AWS eu-west-1" when STS does not say. */
    static String of(PreparedStore prepared) {
        String region;
        try {
            region = prepared.config().regionIfSet()
                    .orElseGet(() -> new DefaultAwsRegionProviderChain().getRegion().id());
        } catch (RuntimeException noRegion) {
            return "AWS (no region: set region in the component or AWS_REGION)";
        }
        try (StsClient sts = StsClient.builder()
                .region(Region.of(region))
                .credentialsProvider(prepared.credentials().provider())
                .httpClientBuilder(ApacheHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(10)))
                .build()) {
            return "AWS account " + sts.getCallerIdentity().account() + " · " + region;
        } catch (AwsSetupException | RuntimeException unknown) {
            // the table check that follows reports credential problems with their reason
            return "AWS " + region;
        }
    }
}
