package io.statedesk.component.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.component.aws.AwsProfile.SsoLogin;
import io.statedesk.component.model.Secret;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the window must offer a sign-in before connecting, and when the SDK copes on its own. */
class SsoTokenCacheTest {

    private static final Instant NOW = SsoLogins.NOW;
    private static final SsoLogin SESSION = SsoLogins.SESSION;
    private static final SsoLogin LEGACY = SsoLogins.LEGACY;

    @TempDir
    Path dir;

    private SsoTokenCache cache() {
        return new SsoTokenCache(dir, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void noCachedToken_needsASignIn() {
        assertThat(cache().signInNeeded(SESSION)).contains("there is no sign-in for it on this computer yet");
    }

    @Test
    void aValidToken_needsNone() throws Exception {
        cache().write(SESSION, token(NOW.plusSeconds(3600), "refresh", NOW.plusSeconds(86_400)));

        assertThat(cache().signInNeeded(SESSION)).isEmpty();
    }

    @Test
    void anExpiredSessionToken_thatTheSdkCanRefresh_needsNone() throws Exception {
        cache().write(SESSION, token(NOW.minusSeconds(60), "refresh", NOW.plusSeconds(86_400)));

        assertThat(cache().signInNeeded(SESSION)).isEmpty();
    }

    @Test
    void anExpiredToken_withoutRefresh_needsASignIn_andSaysWhen() throws Exception {
        cache().write(SESSION, token(NOW.minusSeconds(60), "", NOW.plusSeconds(86_400)));

        assertThat(cache().signInNeeded(SESSION)).contains("its sign-in expired at 2026-03-01 09:59:00Z");
    }

    @Test
    void anExpiredToken_whoseRegistrationExpiredToo_needsASignIn() throws Exception {
        cache().write(SESSION, token(NOW.minusSeconds(60), "refresh", NOW.minusSeconds(1)));

        assertThat(cache().signInNeeded(SESSION)).isPresent();
    }

    @Test
    void anExpiredLegacyToken_isNeverRefreshedByTheSdk() throws Exception {
        cache().write(LEGACY, token(NOW.minusSeconds(60), "refresh", NOW.plusSeconds(86_400)));

        assertThat(cache().signInNeeded(LEGACY)).isPresent();
    }

    private static CachedSsoToken token(Instant expires, String refresh, Instant registrationExpires) {
        return new CachedSsoToken(Secret.of("access"), expires, "eu-west-1", "https://my-sso.awsapps.com/start",
                "client-1", Secret.of("client-secret"), registrationExpires, Secret.of(refresh));
    }
}
