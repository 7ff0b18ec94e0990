package io.statedesk.component.aws;

import io.statedesk.component.aws.AwsProfile.SsoLogin;
import java.time.Instant;
import java.util.List;

/** The sign-ins the SSO tests share: one through an {@code sso-session}, one legacy (start URL on the profile). */
final class SsoLogins {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final SsoLogin SESSION = new SsoLogin("https://my-sso.awsapps.com/start", "eu-west-1", "my-sso", List.of());
    static final SsoLogin LEGACY = new SsoLogin("https://legacy.awsapps.com/start", "us-east-1", null, List.of());

    private SsoLogins() {
    }
}
