package io.statedesk.session;

/**
 * A connection that needs a sign-in first.
 *
 * @param profile the profile whose sign-in is missing or expired
 * @param reason  why, as the end of a sentence ("its sign-in expired at 2026-11-23 18:00:00Z")
 * @param kind    how the profile signs in
 */
public record SignInNeed(String profile, String reason, Kind kind) {

    /** How a profile signs in. */
    public enum Kind {
        /** AWS IAM Identity Center: StateDesk signs in itself (device code), as {@code aws sso login} does. */
        SSO,
        /**
         * {@code aws login} (a {@code login_session} profile): the SDK reads and refreshes its sign-in, but the
         * sign-in itself is the AWS CLI's browser flow, which the SDK does not offer; the user runs it.
         */
        AWS_LOGIN
    }

    public SignInNeed(String profile, String reason) {
        this(profile, reason, Kind.SSO);
    }

    /** The command that signs this profile in from a terminal. */
    public String command() {
        return (kind == Kind.AWS_LOGIN ? "aws login --profile " : "aws sso login --profile ") + profile;
    }
}
