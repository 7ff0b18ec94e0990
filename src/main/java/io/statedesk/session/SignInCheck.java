package io.statedesk.session;

import io.statedesk.component.PreparedStore;
import io.statedesk.component.aws.CredentialPlanner;
import io.statedesk.component.aws.LoginTokenCache;
import io.statedesk.component.aws.SharedAwsConfig;
import io.statedesk.component.aws.SsoTokenCache;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Whether a prepared component would read credentials from an SSO or `aws login` profile that must sign in first. */
final class SignInCheck {

    private SignInCheck() {
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

    /** As {@link #of}, reading the shared config files now; none readable means the SDK reads no profile either. */
    static Optional<SignInNeed> of(PreparedStore prepared, SessionContext context) {
        SharedAwsConfig shared;
        try {
            shared = context.sharedConfig().load();
        } catch (io.statedesk.component.aws.AwsSetupException unreadable) {
            // without readable shared config files the SDK reads no SSO profile either; the probe says the rest
            return Optional.empty();
        }
        return of(prepared, shared, context.environment(), context.clock());
    }
}
