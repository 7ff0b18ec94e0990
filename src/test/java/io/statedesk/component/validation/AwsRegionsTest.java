package io.statedesk.component.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

class AwsRegionsTest {

    @Test
    void everyRegionTheSdkKnows_isKnownHere_exceptGlobalPseudoRegions() {
        assertThat(Region.regions()).filteredOn(r -> !r.isGlobalRegion())
                .allSatisfy(r -> assertThat(AwsRegions.isKnown(r.id())).as(r.id()).isTrue());
    }

    @Test
    void partitionsBeyondTheCommercialOne_areKnown() {
        assertThat(AwsRegions.ALL).contains("us-gov-west-1", "us-gov-east-1", "cn-north-1", "cn-northwest-1",
                "eusc-de-east-1", "mx-central-1", "ap-southeast-7");
        assertThat(AwsRegions.isKnown("eu-west-9")).isFalse();
    }
}
