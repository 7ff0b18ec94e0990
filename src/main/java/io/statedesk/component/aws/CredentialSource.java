package io.statedesk.component.aws;

import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.component.model.Secret;
import software.amazon.awssdk.profiles.ProfileFile;

/** Where the AWS credentials for one session come from. Keys are {@link Secret}s: no toString shows them. */
public sealed interface CredentialSource {

    /** The component's {@code accessKey} and {@code secretKey}, with {@code sessionToken} when set. */
    record StaticKeys(Secret accessKeyId, Secret secretAccessKey, Secret sessionToken) implements CredentialSource {
        public StaticKeys {
            sessionToken = sessionToken == null ? Secret.empty() : sessionToken;
        }

        public boolean hasSessionToken() {
            return !sessionToken.isEmpty();
        }
    }

    /** A named profile from the shared config files, chosen for this session. */
    record NamedProfile(String profileName, ProfileFile profileFile) implements CredentialSource {
        @Override
        public String toString() {
            return "NamedProfile[" + profileName + "]";
        }
    }

    /** The AWS SDK default chain: environment, AWS_PROFILE and shared files, SSO, web identity, container, IMDS. */
    record DefaultChain() implements CredentialSource {
    }

    /** IAM Roles Anywhere, which needs daprd's workload certificate: StateDesk explains instead of connecting. */
    record RolesAnywhere(DynamoDbComponentConfig.RolesAnywhere settings) implements CredentialSource {
    }
}
