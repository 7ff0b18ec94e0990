package io.statedesk.session;

/**
 * A profile of the shared AWS config files, as the window offers it for new connections.
 *
 * @param name    the profile name, as {@code --profile} and {@code AWS_PROFILE} take it
 * @param summary how it gets credentials, for the chooser ("SSO · account 123456789012 · ReadOnly · eu-west-1")
 */
public record AwsProfileChoice(String name, String summary) {

    /** No profile chosen: credentials as daprd finds them (the component's keys, else the SDK default chain). */
    public static final AwsProfileChoice DAPRD_ORDER = new AwsProfileChoice("", "");

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
