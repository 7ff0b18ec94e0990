package io.statedesk.ui.session;

/**
 * A connection that needs an AWS IAM Identity Center (SSO) sign-in first.
 *
 * @param profile the profile whose sign-in is missing or expired
 * @param reason  why, as the end of a sentence ("its sign-in expired at 2026-11-23 18:00:00Z")
 */
public record SignInNeed(String profile, String reason) {
}
