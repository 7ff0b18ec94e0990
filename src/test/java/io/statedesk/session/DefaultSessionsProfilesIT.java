package io.statedesk.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.statedesk.component.ComponentLoader;
import io.statedesk.component.aws.SsoDeviceSignIn;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.settings.StateDeskSettings;
import io.statedesk.sandbox.LocalCredentials;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's AWS profile choice and SSO sign-in over the real component layer: shared config files in a temporary
 * home, DynamoDB Local, and a local stand-in for the IAM Identity Center OIDC endpoints.
 */
@WithTestDatabase
class DefaultSessionsProfilesIT {

    private static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(2);
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @TempDir
    Path home;
    private HttpServer oidc;
    private final List<String> oidcRequests = new ArrayList<>();
    private Path component;

    @AfterAll
    static void stopExecutor() {
        EXECUTOR.shutdownNow();
    }

    @BeforeEach
    void files(TestDatabase db, DaprTables tables) throws IOException {
        Path aws = Files.createDirectories(home.resolve(".aws"));
        Files.writeString(aws.resolve("config"), """
                [default]
                region = us-east-1

                [profile local]
                region = us-east-1

                [profile sso-dev]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = Developer
                region = eu-west-1

                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = eu-west-1
                """);
        Files.writeString(aws.resolve("credentials"), """
                [local]
                aws_access_key_id = %s
                aws_secret_access_key = %s
                """.formatted(LocalCredentials.ACCESS_KEY, LocalCredentials.SECRET_KEY));
        // A component without keys: daprd (and StateDesk, unless a profile is chosen) use the default chain.
        component = Files.writeString(home.resolve("statestore.yaml"), """
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: statestore
                spec:
                  type: state.aws.dynamodb
                  version: v1
                  metadata:
                  - name: table
                    value: "%s"
                  - name: endpoint
                    value: "%s"
                  - name: region
                    value: "us-east-1"
                """.formatted(tables.create(), db.endpoint()));
        oidc = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        oidc.createContext("/client/register", x -> answer(x, """
                {"clientId":"client-1","clientSecret":"client-secret-1","clientIdIssuedAt":1795000000,
                 "clientSecretExpiresAt":1802000000}"""));
        oidc.createContext("/device_authorization", x -> answer(x, """
                {"deviceCode":"device-1","userCode":"QRST-7788","verificationUri":"https://device.sso.example/",
                 "verificationUriComplete":"https://device.sso.example/?user_code=QRST-7788","expiresIn":600,
                 "interval":1}"""));
        oidc.createContext("/token", x -> answer(x, """
                {"accessToken":"access-token-1","tokenType":"Bearer","expiresIn":28800,
                 "refreshToken":"refresh-token-1"}"""));
        oidc.start();
    }

    @AfterEach
    void stopOidc() {
        oidc.stop(0);
    }

    private SessionContext context(Map<String, String> environment) {
        URI endpoint = URI.create("http://127.0.0.1:" + oidc.getAddress().getPort());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return SessionContext.standard(environment, home, StateDeskSettings.defaults())
                .withSignIns(cache -> new SsoDeviceSignIn(SsoDeviceSignIn.clients(endpoint), cache, clock,
                        pause -> { }))
                .withClock(clock);
    }

    private DefaultSessions opener(Map<String, String> environment) {
        return new DefaultSessions(context(environment), EXECUTOR, null);
    }

    private ComponentChoice choice(DefaultSessions opener) {
        return opener.list(component).get(0);
    }

    @Test
    void profiles_areListedWithHowTheyGetCredentials() {
        assertThat(opener(Map.of()).profiles()).containsExactly(
                new AwsProfileChoice("default", "us-east-1"),
                new AwsProfileChoice("local", "keys · us-east-1"),
                new AwsProfileChoice("sso-dev", "SSO · account 111122223333 · Developer · eu-west-1"));
    }

    @Test
    void unreadableSharedConfig_isAClearError_namingTheFile() throws IOException {
        Files.writeString(home.resolve(".aws/config"), "[profile broken\nregion = us-east-1\n");

        assertThatThrownBy(() -> opener(Map.of()).profiles())
                .hasMessageContaining("The AWS config files could not be read")
                .hasMessageContaining(home.resolve(".aws/config").toString());
    }

    @Test
    void aChosenProfile_suppliesTheCredentials_andTheTabSaysWhichOne() {
        DefaultSessions opener = opener(Map.of());

        try (StoreSession session = opener.open(opener.prepare(choice(opener), "local"))) {
            assertThat(session.location()).endsWith("· profile local");
            assertThat(session.store().checkTable().ok()).isTrue();
        }
    }

    @Test
    void theDefaultChainsSsoProfile_withoutASignIn_needsOne() {
        DefaultSessions opener = opener(Map.of("AWS_PROFILE", "sso-dev"));

        assertThat(opener.signInNeeded(opener.prepare(choice(opener), null)))
                .contains(new SignInNeed("sso-dev", "there is no sign-in for it on this computer yet"));
        assertThat(opener.signInNeeded(opener.prepare(choice(opener), "local"))).isEmpty();
        assertThat(opener.signInNeeded(opener.prepare(choice(opener), "sso-dev"))).isPresent();
    }

    @Test
    void signingIn_cachesTheTokenWhereTheCliLooks_andThenNoneIsNeeded() throws Exception {
        DefaultSessions opener = opener(Map.of("AWS_PROFILE", "sso-dev"));
        List<String> shown = new ArrayList<>();

        opener.signIn("sso-dev", (code, page, pageWithCode) -> shown.add(code + " " + pageWithCode), () -> false);

        assertThat(shown).containsExactly("QRST-7788 https://device.sso.example/?user_code=QRST-7788");
        assertThat(oidcRequests).containsExactly("/client/register", "/device_authorization", "/token");
        try (var cached = Files.list(home.resolve(".aws/sso/cache"))) {
            assertThat(cached).singleElement().satisfies(file -> assertThat(Files.readString(file))
                    .contains("\"accessToken\"", "\"startUrl\" : \"https://corp.awsapps.com/start\""));
        }
        assertThat(opener.signInNeeded(opener.prepare(choice(opener), null))).isEmpty();
    }

    @Test
    void signingIn_toAProfileWithoutSso_isAClearError() {
        DefaultSessions opener = opener(Map.of());

        assertThatThrownBy(() -> opener.signIn("local", (code, page, pageWithCode) -> { }, () -> false))
                .hasMessage("Profile local does not sign in through AWS IAM Identity Center (it has no sso_session"
                        + " or sso_start_url), so there is nothing to sign in to.");
        assertThat(oidcRequests).isEmpty();
    }

    @Test
    void anUnknownProfile_isAClearErrorWhenOpening() {
        DefaultSessions opener = opener(Map.of());

        assertThatThrownBy(() -> opener.open(opener.prepare(choice(opener), "nope"))).hasMessageContaining("no AWS profile named nope");
    }

    @Test
    void theFormsConnectionTest_usesTheWindowsProfile() throws Exception {
        ConnectionTests connections = connections(Map.of());

        ConnectionReport report = connections.test(target(Map.of()).withProfile("local"));

        assertThat(report.passed()).as(report.summary()).isTrue();
        assertThat(report.steps().get(0).lines()).extracting(ConnectionStep.Line::text)
                .anySatisfy(text -> assertThat(text).startsWith("Profile local chosen for this session"));
    }

    @Test
    void theFormsConnectionTest_withALapsedSsoSignIn_saysSo_andSendsNothing() throws Exception {
        Map<String, String> environment = Map.of("AWS_PROFILE", "sso-dev");

        ConnectionReport report = connections(environment).test(target(environment));

        assertThat(report.steps()).extracting(ConnectionStep::outcome).containsExactly(ConnectionStep.Outcome.FAILED,
                ConnectionStep.Outcome.SKIPPED, ConnectionStep.Outcome.SKIPPED);
        assertThat(report.steps().get(0).lines().get(0).text()).contains("AWS profile sso-dev",
                "there is no sign-in for it on this computer yet", "aws sso login --profile sso-dev");
    }

    private ConnectionTests connections(Map<String, String> environment) {
        return new ConnectionTests(context(environment));
    }

    private ComponentConnections.Target target(Map<String, String> environment) throws IOException {
        ComponentSet set = ComponentLoader.load(component);
        return new ComponentConnections.Target(set, set.component("statestore").orElseThrow(), environment);
    }

    private void answer(HttpExchange exchange, String body) throws IOException {
        oidcRequests.add(exchange.getRequestURI().getPath());
        exchange.getRequestBody().readAllBytes();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
