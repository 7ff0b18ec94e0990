package io.statedesk.component.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles that sign in with {@code aws login} (login_session), and the sign-in cache the SDK's signin module reads. */
class LoginProfilesTest {

    private static final String SESSION = "arn:aws:iam::123456789012:user/dev";
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    private SharedAwsConfig config(Map<String, String> environment) throws Exception {
        Path file = home.resolve(".aws").resolve("config");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                [profile console]
                login_session = %s
                region = eu-west-1

                [profile sso]
                sso_start_url = https://example.awsapps.com/start
                sso_region = eu-west-1
                sso_account_id = 111122223333
                sso_role_name = Operator
                """.formatted(SESSION));
        return SharedAwsConfig.load(environment, home);
    }

    @Test
    void loginSessionProfile_isALoginProfile_withItsSession() throws Exception {
        AwsProfile console = config(Map.of()).profile("console").orElseThrow();

        assertThat(console.kind()).isEqualTo(AwsProfile.Kind.LOGIN);
        assertThat(console.login()).contains(SESSION);
        assertThat(console.sso()).isEmpty();
        assertThat(config(Map.of()).profile("sso").orElseThrow().kind()).isEqualTo(AwsProfile.Kind.SSO);
    }

    @Test
    void cacheFile_isTheSha256OfTheSession_inTheLoginCacheFolder_orWhereTheVariableSays() throws Exception {
        LoginTokenCache cache = new LoginTokenCache(config(Map.of()).loginCacheDirectory(), NOW);
        assertThat(cache.fileFor(SESSION)).isEqualTo(home.resolve(".aws/login/cache")
                .resolve(LoginTokenCache.sha256Hex(SESSION) + ".json"));
        assertThat(LoginTokenCache.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

        Path elsewhere = home.resolve("elsewhere");
        assertThat(config(Map.of("AWS_LOGIN_CACHE_DIRECTORY", elsewhere.toString())).loginCacheDirectory())
                .isEqualTo(elsewhere);
    }

    @Test
    void signInNeeded_whenMissing_orExpiredWithoutARefreshToken_butNotWhileTheSdkCanRenewIt() throws Exception {
        LoginTokenCache cache = new LoginTokenCache(home.resolve("cache"), NOW);
        assertThat(cache.signInNeeded(SESSION)).contains("there is no `aws login` sign-in for it on this computer"
                + " yet");

        Files.createDirectories(home.resolve("cache"));
        write(cache, "2026-12-01T13:00:00Z", "");
        assertThat(cache.signInNeeded(SESSION)).isEmpty();

        write(cache, "2026-12-01T11:00:00Z", "refresh-token");
        assertThat(cache.signInNeeded(SESSION)).isEmpty();

        write(cache, "2026-12-01T11:00:00Z", "");
        assertThat(cache.signInNeeded(SESSION)).contains("its `aws login` sign-in expired at 2026-12-01 11:00:00Z");
    }

    private static void write(LoginTokenCache cache, String expiresAt, String refreshToken) throws Exception {
        Files.writeString(cache.fileFor(SESSION), """
                {"accessToken":{"accessKeyId":"ASIAEXAMPLE","secretAccessKey":"s","sessionToken":"t",
                 "accountId":"123456789012","expiresAt":"%s"},
                 "tokenType":"urn:aws:params:oauth:token-type:access_token_sigv4","clientId":"arn:aws:signin:::devtools/same-device",
                 "refreshToken":"%s","idToken":"x","dpopKey":"-----BEGIN EC PRIVATE KEY-----\\n-----END EC PRIVATE KEY-----\\n"}
                """.formatted(expiresAt, refreshToken));
    }
}
