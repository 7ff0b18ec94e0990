package io.statedesk.session;

/** Shows the user where to approve an SSO sign-in. Called once per sign-in, from the background thread. */
@FunctionalInterface
public interface SignInPrompt {
    void show(String userCode, String verificationUri, String verificationUriComplete);
}
