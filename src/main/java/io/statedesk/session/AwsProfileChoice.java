package io.statedesk.session;

import io.statedesk.component.aws.AwsProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A profile of the shared AWS config files, as the window offers it for new connections.
 *
 * @param name    the profile name, as {@code --profile} and {@code AWS_PROFILE} take it
 * @param summary how it gets credentials, for the chooser ("SSO · account 123456789012 · ReadOnly · eu-west-1")
 */
public record AwsProfileChoice(String name, String summary) {

    /** No profile chosen: credentials as daprd finds them (the component's keys, else the SDK default chain). */
    public static final AwsProfileChoice DAPRD_ORDER = new AwsProfileChoice("", "");

    /** A profile of the shared config files, with how it gets credentials. */
    public static AwsProfileChoice of(AwsProfile profile) {
        return new AwsProfileChoice(profile.name(), summary(profile));
    }

    /** "SSO · account 123456789012 · ReadOnly · eu-west-1", "keys · us-east-1", "assume role". */
    static String summary(AwsProfile profile) {
        List<String> parts = new ArrayList<>();
        switch (profile.kind()) {
            case LOGIN -> parts.add("aws login");
            case SSO -> {
                parts.add("SSO");
                Optional.ofNullable(profile.ssoAccountId()).ifPresent(a -> parts.add("account " + a));
                Optional.ofNullable(profile.ssoRoleName()).ifPresent(parts::add);
            }
            case STATIC_KEYS -> parts.add("keys");
            case ASSUME_ROLE -> parts.add("assume role");
            case WEB_IDENTITY -> parts.add("web identity");
            case CREDENTIAL_PROCESS -> parts.add("credential process");
            case OTHER -> { }
        }
        Optional.ofNullable(profile.region()).ifPresent(parts::add);
        return String.join(" · ", parts);
    }

    /** The profile name to connect with, or null for daprd's order. */
    public String profileOrNull() {
        return name.isEmpty() ? null : name;
    }

    @Override
    public String toString() {
        if (name.isEmpty()) {
            return "As daprd (no profile chosen)";
        }
        return summary.isEmpty() ? name : name + " (" + summary + ")";
    }
}
