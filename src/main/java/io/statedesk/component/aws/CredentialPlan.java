package io.statedesk.component.aws;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The credential source chosen for a session, and a sentence saying why, for the connection dialog and the
 * command line ("static keys from the component", "profile dev chosen for this session", ...).
 */
public record CredentialPlan(CredentialSource source, String explanation) {

    /**
     * The SDK provider for this plan.
     *
     * @throws AwsSetupException for IAM Roles Anywhere, with the explanation and what to do instead
     */
    public AwsCredentialsProvider provider() throws AwsSetupException {
        if (source instanceof CredentialSource.StaticKeys k) {
            return StaticCredentialsProvider.create(k.hasSessionToken()
                    ? AwsSessionCredentials.create(k.accessKeyId().reveal(), k.secretAccessKey().reveal(),
                    k.sessionToken().reveal())
                    : AwsBasicCredentials.create(k.accessKeyId().reveal(), k.secretAccessKey().reveal()));
        }
        if (source instanceof CredentialSource.NamedProfile p) {
            return ProfileCredentialsProvider.builder().profileFile(p.profileFile()).profileName(p.profileName())
                    .build();
        }
        if (source instanceof CredentialSource.RolesAnywhere r) {
            throw RolesAnywhereAdvice.exception(r.settings());
        }
        return DefaultCredentialsProvider.builder().build();
    }

    public boolean isUsable() {
        return !(source instanceof CredentialSource.RolesAnywhere);
    }
}
