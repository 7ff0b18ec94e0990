package io.statedesk.component.aws;

import io.statedesk.component.model.DynamoDbComponentConfig;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses credentials as daprd's {@code state.aws.dynamodb} does (spec 1.3): IAM Roles Anywhere when all three of
 * its fields are set, else the component's static keys when both keys are set, else the SDK default chain. Beyond
 * daprd, a desktop user may pick a named profile for the session; that choice wins over the component, since it is
 * explicit (and is the way to use a Roles Anywhere signing helper).
 */
public final class CredentialPlanner {

    private CredentialPlanner() {
    }

    /** daprd's order. */
    public static CredentialPlan daprd(DynamoDbComponentConfig config) {
        if (config.rolesAnywhere() != null) {
            return new CredentialPlan(new CredentialSource.RolesAnywhere(config.rolesAnywhere()),
                    RolesAnywhereAdvice.explanation() + " Choose an AWS profile for this session instead.");
        }
        if (config.hasStaticKeys()) {
            boolean token = !config.sessionToken().isEmpty();
            return new CredentialPlan(new CredentialSource.StaticKeys(config.accessKey(), config.secretKey(),
                    config.sessionToken()), "Static keys from the component (accessKey and secretKey"
                    + (token ? " with sessionToken" : "") + "), as daprd uses them.");
        }
        String lone = !config.accessKey().isEmpty() ? "accessKey is set without secretKey, so "
                : !config.secretKey().isEmpty() ? "secretKey is set without accessKey, so " : "";
        return new CredentialPlan(new CredentialSource.DefaultChain(), lone + "the AWS SDK default chain, as daprd:"
                + " environment variables, AWS_PROFILE and the shared config files, SSO, web identity, container and"
                + " instance credentials.");
    }

    /** A named profile chosen for this session, instead of what the component would use. */
    public static CredentialPlan withProfile(DynamoDbComponentConfig config, SharedAwsConfig shared,
                                             String profileName) throws AwsSetupException {
        AwsProfile profile = shared.profile(profileName).orElseThrow(() -> new AwsSetupException(
                "There is no AWS profile named " + profileName + " in " + shared.configFile() + " or "
                        + shared.credentialsFile() + ".", "Choose one of the listed profiles."));
        String overrides = config.rolesAnywhere() != null ? " (instead of IAM Roles Anywhere)"
                : config.hasStaticKeys() ? " (instead of the component's static keys, which daprd would use)" : "";
        return new CredentialPlan(new CredentialSource.NamedProfile(profile.name(), shared.profileFile()),
                "Profile " + profile.name() + " chosen for this session" + overrides + ".");
    }

    /**
     * The shared-config profile this plan reads credentials from, if any: the profile chosen for the session, or
     * for the default chain the one it falls through to ({@code AWS_PROFILE}, else {@code default}) when no
     * credentials in the environment come first. Static keys and Roles Anywhere use no profile.
     */
    public static Optional<AwsProfile> profileUsed(CredentialPlan plan, SharedAwsConfig shared,
                                                   Map<String, String> environment) {
        if (plan.source() instanceof CredentialSource.NamedProfile named) {
            return shared.profile(named.profileName());
        }
        if (!(plan.source() instanceof CredentialSource.DefaultChain)) {
            return Optional.empty();
        }
        boolean environmentFirst = present(environment, "AWS_ACCESS_KEY_ID")
                || present(environment, "AWS_WEB_IDENTITY_TOKEN_FILE")
                || System.getProperty("aws.accessKeyId") != null;
        return environmentFirst ? Optional.empty() : shared.profile(shared.defaultChainProfileName());
    }

    private static boolean present(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return value != null && !value.isBlank();
    }
}
