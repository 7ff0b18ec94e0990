package io.statedesk.component.aws;

import io.statedesk.component.model.DynamoDbComponentConfig.RolesAnywhere;

/** What to tell a desktop user whose component signs in with IAM Roles Anywhere. */
public final class RolesAnywhereAdvice {

    private RolesAnywhereAdvice() {
    }

    public static String explanation() {
        return "This component signs in with IAM Roles Anywhere (trustAnchorArn, trustProfileArn, assumeRoleArn)."
                + " daprd does that with the X.509 certificate of its Dapr workload identity, issued by Dapr Sentry;"
                + " StateDesk runs outside Dapr and has no such certificate, so it cannot sign in the same way.";
    }

    /** A profile for ~/.aws/config that uses AWS's signing helper with the user's own certificate. */
    public static String profileSnippet(RolesAnywhere settings, String region) {
        return "[profile statedesk-roles-anywhere]\n"
                + "credential_process = aws_signing_helper credential-process"
                + " --certificate /path/to/certificate.pem --private-key /path/to/private-key.pem"
                + " --trust-anchor-arn " + settings.trustAnchorArn()
                + " --profile-arn " + settings.trustProfileArn()
                + " --role-arn " + settings.assumeRoleArn() + "\n"
                + (region == null ? "" : "region = " + region + "\n");
    }

    static AwsSetupException exception(RolesAnywhere settings) {
        return new AwsSetupException(explanation(),
                "Install AWS's IAM Roles Anywhere credential helper (aws_signing_helper), add a profile such as\n"
                        + profileSnippet(settings, null)
                        + "with a certificate the trust anchor accepts, and choose that profile for this session.");
    }
}
