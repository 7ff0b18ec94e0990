package io.statedesk.component.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.statedesk.component.aws.AwsProfile.SsoLogin;
import io.statedesk.component.model.Secret;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ssooidc.internal.OnDiskTokenManager;
import software.amazon.awssdk.services.ssooidc.internal.SsoOidcToken;

/** The device-authorization sign-in against a local stand-in for the AWS SSO OIDC endpoints. */
class SsoDeviceSignInTest {

    private static final Instant NOW = SsoLogins.NOW;
    private static final SsoLogin SESSION = SsoLogins.SESSION;
    private static final SsoLogin LEGACY = SsoLogins.LEGACY;

    @TempDir
    Path cacheDir;
    HttpServer server;
    final ObjectMapper json = new ObjectMapper();
    final List<String> requests = new CopyOnWriteArrayList<>();
    final List<JsonNode> bodies = new CopyOnWriteArrayList<>();
    final List<String> tokenAnswers = Collections.synchronizedList(new ArrayList<>());
    final List<Duration> sleeps = new ArrayList<>();

    @BeforeEach
    void startStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/client/register", x -> answer(x, 200, """
                {"clientId":"client-1","clientSecret":"client-secret-1","clientIdIssuedAt":1772359200,
                 "clientSecretExpiresAt":1780135200}"""));
        server.createContext("/device_authorization", x -> answer(x, 200, """
                {"deviceCode":"device-1","userCode":"ABCD-EFGH","verificationUri":"https://device.sso.example/",
                 "verificationUriComplete":"https://device.sso.example/?user_code=ABCD-EFGH","expiresIn":600,
                 "interval":1}"""));
        server.createContext("/token", x -> {
            String next = tokenAnswers.isEmpty() ? "ok" : tokenAnswers.remove(0);
            switch (next) {
                case "pending" -> error(x, "AuthorizationPendingException", "authorization_pending");
                case "slow" -> error(x, "SlowDownException", "slow_down");
                case "expired" -> error(x, "ExpiredTokenException", "expired_token");
                case "denied" -> error(x, "AccessDeniedException", "access_denied");
                default -> answer(x, 200, """
                        {"accessToken":"access-token-1","tokenType":"Bearer","expiresIn":28800,
                         "refreshToken":"refresh-token-1"}""");
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void signIn_pollsUntilApproved_andCachesTheTokenWhereTheCliLooks() throws Exception {
        tokenAnswers.addAll(List.of("pending", "pending"));
        AtomicReference<String> shownCode = new AtomicReference<>();
        AtomicReference<String> shownUrl = new AtomicReference<>();

        CachedSsoToken token = signIn().signIn(SESSION, (code, uri, complete) -> {
            shownCode.set(code);
            shownUrl.set(complete);
        }, () -> false);

        assertThat(shownCode).hasValue("ABCD-EFGH");
        assertThat(shownUrl).hasValue("https://device.sso.example/?user_code=ABCD-EFGH");
        assertThat(requests).containsExactly("/client/register", "/device_authorization", "/token", "/token",
                "/token");
        assertThat(token.accessToken()).isEqualTo(Secret.of("access-token-1"));
        assertThat(token.toString()).doesNotContain("access-token-1", "client-secret-1", "refresh-token-1");

        Path expected = cacheDir.resolve(sha1("my-sso") + ".json");
        assertThat(expected).exists();
        JsonNode cached = json.readTree(Files.readString(expected));
        assertThat(cached.get("accessToken").asText()).isEqualTo("access-token-1");
        assertThat(cached.get("expiresAt").asText()).isEqualTo("2026-03-01T18:00:00Z");
        assertThat(cached.get("region").asText()).isEqualTo("eu-west-1");
        assertThat(cached.get("startUrl").asText()).isEqualTo("https://my-sso.awsapps.com/start");
        assertThat(cached.get("clientId").asText()).isEqualTo("client-1");
        assertThat(cached.get("clientSecret").asText()).isEqualTo("client-secret-1");
        assertThat(cached.get("registrationExpiresAt").asText()).isEqualTo("2026-05-30T10:00:00Z");
        assertThat(cached.get("refreshToken").asText()).isEqualTo("refresh-token-1");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(expected))).isEqualTo("rw-------");
    }

    @Test
    void signIn_sendsWhatTheOidcServiceExpects() throws Exception {
        signIn().signIn(SESSION, (c, u, f) -> { }, () -> false);

        assertThat(bodies.get(0).get("clientName").asText()).isEqualTo("statedesk");
        assertThat(bodies.get(0).get("clientType").asText()).isEqualTo("public");
        assertThat(bodies.get(0).get("scopes").get(0).asText()).isEqualTo("sso:account:access");
        assertThat(bodies.get(1).get("startUrl").asText()).isEqualTo("https://my-sso.awsapps.com/start");
        assertThat(bodies.get(1).get("clientId").asText()).isEqualTo("client-1");
        assertThat(bodies.get(2).get("grantType").asText())
                .isEqualTo("urn:ietf:params:oauth:grant-type:device_code");
        assertThat(bodies.get(2).get("deviceCode").asText()).isEqualTo("device-1");
    }

    @Test
    void theSdkItself_readsTheCachedToken() throws Exception {
        signIn().signIn(SESSION, (c, u, f) -> { }, () -> false);

        try (OnDiskTokenManager sdk = OnDiskTokenManager.create(cacheDir, "my-sso")) {
            SsoOidcToken read = sdk.loadToken().orElseThrow();
            assertThat(read.token()).isEqualTo("access-token-1");
            assertThat(read.expirationTime()).contains(Instant.parse("2026-03-01T18:00:00Z"));
            assertThat(read.refreshToken()).isEqualTo("refresh-token-1");
            assertThat(read.clientId()).isEqualTo("client-1");
            assertThat(read.startUrl()).isEqualTo("https://my-sso.awsapps.com/start");
        }
    }

    @Test
    void legacyProfile_cacheFileIsNamedAfterTheStartUrl_andRegistersWithoutScopes() throws Exception {
        signIn().signIn(LEGACY, (c, u, f) -> { }, () -> false);

        assertThat(cacheDir.resolve(sha1("https://legacy.awsapps.com/start") + ".json")).exists();
        assertThat(bodies.get(0).has("scopes")).isFalse();
    }

    @Test
    void slowDown_addsFiveSecondsToTheInterval() throws Exception {
        tokenAnswers.addAll(List.of("slow", "pending"));

        signIn().signIn(SESSION, (c, u, f) -> { }, () -> false);

        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(6), Duration.ofSeconds(6));
    }

    @Test
    void expiredCode_isAClearError_andNothingIsCached() throws Exception {
        tokenAnswers.addAll(List.of("pending", "expired"));

        assertThatThrownBy(() -> signIn().signIn(SESSION, (c, u, f) -> { }, () -> false))
                .isInstanceOf(AwsSetupException.class).hasMessageContaining("code expired");
        assertThat(cacheDir.resolve(sha1("my-sso") + ".json")).doesNotExist();
    }

    @Test
    void deniedInTheBrowser_isAClearError() {
        tokenAnswers.add("denied");

        assertThatThrownBy(() -> signIn().signIn(SESSION, (c, u, f) -> { }, () -> false))
                .isInstanceOf(AwsSetupException.class).hasMessageContaining("denied");
    }

    @Test
    void cancelling_stopsPolling() {
        tokenAnswers.addAll(List.of("pending", "pending", "pending"));
        AtomicInteger polls = new AtomicInteger();

        assertThatThrownBy(() -> signIn().signIn(SESSION, (c, u, f) -> { }, () -> polls.incrementAndGet() > 2))
                .isInstanceOf(AwsSetupException.class).hasMessageContaining("cancelled");
        assertThat(requests).filteredOn("/token"::equals).hasSize(2);
    }

    @Test
    void validCachedRegistration_isReused() throws Exception {
        SsoTokenCache cache = new SsoTokenCache(cacheDir, Clock.fixed(NOW, ZoneOffset.UTC));
        cache.write(SESSION, new CachedSsoToken(Secret.of("old"), NOW.minusSeconds(60), "eu-west-1",
                "https://my-sso.awsapps.com/start", "client-cached", Secret.of("secret-cached"),
                NOW.plus(Duration.ofDays(30)), Secret.empty()));
        assertThat(cache.status(SESSION)).isEqualTo(SsoTokenCache.Status.EXPIRED);

        signIn().signIn(SESSION, (c, u, f) -> { }, () -> false);

        assertThat(requests).doesNotContain("/client/register");
        assertThat(bodies.get(0).get("clientId").asText()).isEqualTo("client-cached");
        assertThat(cache.status(SESSION)).isEqualTo(SsoTokenCache.Status.VALID);
        assertThat(cache.read(SESSION).orElseThrow().clientId()).isEqualTo("client-cached");
    }

    @Test
    void cacheStatus_isMissingBeforeAnySignIn() {
        assertThat(new SsoTokenCache(cacheDir, Clock.systemUTC()).status(SESSION))
                .isEqualTo(SsoTokenCache.Status.MISSING);
    }

    private SsoDeviceSignIn signIn() {
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return new SsoDeviceSignIn(SsoDeviceSignIn.clients(endpoint), new SsoTokenCache(cacheDir, clock), clock,
                sleeps::add);
    }

    private void answer(HttpExchange x, int status, String body) throws IOException {
        record(x);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    private void error(HttpExchange x, String type, String code) throws IOException {
        record(x);
        byte[] bytes = ("{\"error\":\"" + code + "\",\"error_description\":\"stand-in\"}")
                .getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.getResponseHeaders().add("x-amzn-ErrorType", type);
        x.sendResponseHeaders(400, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    private void record(HttpExchange x) throws IOException {
        requests.add(x.getRequestURI().getPath());
        bodies.add(json.readTree(x.getRequestBody().readAllBytes()));
    }

    private static String sha1(String s) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1")
                .digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
