package io.statedesk.component.validation;

import java.util.List;
import java.util.Set;

/**
 * The AWS regions a DynamoDB table can live in, kept here rather than taken from the SDK so that validation states
 * exactly what it accepts. A test compares it with the SDK's list. A region missing here only costs a warning.
 */
public final class AwsRegions {

    public static final List<String> ALL = List.of(
            // commercial
            "us-east-1", "us-east-2", "us-west-1", "us-west-2",
            "ca-central-1", "ca-west-1", "mx-central-1", "sa-east-1",
            "eu-central-1", "eu-central-2", "eu-west-1", "eu-west-2", "eu-west-3",
            "eu-south-1", "eu-south-2", "eu-north-1",
            "af-south-1", "il-central-1", "me-south-1", "me-central-1",
            "ap-east-1", "ap-east-2", "ap-south-1", "ap-south-2",
            "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
            "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4",
            "ap-southeast-5", "ap-southeast-6", "ap-southeast-7",
            // GovCloud (US)
            "us-gov-east-1", "us-gov-west-1",
            // China (separate partition)
            "cn-north-1", "cn-northwest-1",
            // European Sovereign Cloud
            "eusc-de-east-1",
            // isolated partitions
            "us-iso-east-1", "us-iso-west-1", "us-isob-east-1", "us-isob-west-1",
            "us-isof-south-1", "us-isof-east-1", "eu-isoe-west-1");

    private static final Set<String> SET = Set.copyOf(ALL);

    private AwsRegions() {
    }

    public static boolean isKnown(String region) {
        return SET.contains(region);
    }
}
