package io.statedesk.app;

import io.statedesk.component.PreparedStore;
import io.statedesk.component.aws.CredentialPlanner;
import io.statedesk.component.aws.LoginTokenCache;
import io.statedesk.component.aws.SharedAwsConfig;
import io.statedesk.component.aws.SsoTokenCache;
import io.statedesk.session.SignInNeed;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Whether a prepared component would read credentials from an SSO or `aws login` profile that must sign in first. */
final class SsoSignInCheck {

    private SsoSignInCheck() {
    }

    static Optional<SignInNeed> of(PreparedStore prepared, SharedAwsConfig shared, Map<String, String> environment,
                                   Clock clock) {
        SsoTokenCache cache = new SsoTokenCache(shared.ssoCacheDirectory(), clock);
        LoginTokenCache logins = new LoginTokenCache(shared.loginCacheDirectory(), clock);
        return CredentialPlanner.profileUsed(prepared.credentials(), shared, environment)
                .flatMap(used -> used.sso().flatMap(cache::signInNeeded)
                        .map(reason -> new SignInNeed(used.name(), reason))
                        .or(() -> used.login().flatMap(logins::signInNeeded)
                                .map(reason -> new SignInNeed(used.name(), reason, SignInNeed.Kind.AWS_LOGIN))));
    }
}
