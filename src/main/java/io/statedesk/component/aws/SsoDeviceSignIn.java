package io.statedesk.component.aws;

import io.statedesk.component.aws.AwsProfile.SsoLogin;
import io.statedesk.component.model.Secret;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.SsoOidcClientBuilder;
import software.amazon.awssdk.services.ssooidc.model.AccessDeniedException;
import software.amazon.awssdk.services.ssooidc.model.AuthorizationPendingException;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.ExpiredTokenException;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientResponse;
import software.amazon.awssdk.services.ssooidc.model.SlowDownException;
import software.amazon.awssdk.services.ssooidc.model.SsoOidcException;
import software.amazon.awssdk.services.ssooidc.model.StartDeviceAuthorizationResponse;

/**
 * Signs in to AWS IAM Identity Center from inside StateDesk, as {@code aws sso login} does: registers a public OIDC
 * client (or reuses the cached registration), starts a device authorization, shows the user code and verification
 * URL through a callback, polls CreateToken until the user approves, and writes the token where the CLI and SDKs
 * look for it. Endpoint, clock and sleeping are injectable so the flow runs against a stand-in server in tests.
 */
public final class SsoDeviceSignIn {

    /** Shows the user where to approve the sign-in. Called once, from the signing-in thread. */
    @FunctionalInterface
    public interface CodePrompt {
        void show(String userCode, String verificationUri, String verificationUriComplete);
    }

    /** Waits between polls; tests pass one that returns at once. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
    static final String DEFAULT_SCOPE = "sso:account:access";
    static final String CLIENT_NAME = "statedesk";

    private final Function<Region, SsoOidcClient> clients;
    private final SsoTokenCache cache;
    private final Clock clock;
    private final Sleeper sleeper;

    public SsoDeviceSignIn(Function<Region, SsoOidcClient> clients, SsoTokenCache cache, Clock clock,
                           Sleeper sleeper) {
        this.clients = clients;
        this.cache = cache;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** The real thing: AWS's OIDC endpoint for the SSO region, or {@code endpointOverride} when given. */
    public static SsoDeviceSignIn create(SsoTokenCache cache, URI endpointOverride) {
        return new SsoDeviceSignIn(clients(endpointOverride), cache, Clock.systemUTC(),
                d -> Thread.sleep(d.toMillis()));
    }

    public static Function<Region, SsoOidcClient> clients(URI endpointOverride) {
        return region -> {
            SsoOidcClientBuilder b = SsoOidcClient.builder()
                    .region(region)
                    .credentialsProvider(AnonymousCredentialsProvider.create())
                    .httpClientBuilder(ApacheHttpClient.builder()
                            .connectionTimeout(Duration.ofSeconds(5))
                            .socketTimeout(Duration.ofSeconds(30)));
            if (endpointOverride != null) {
                b.endpointOverride(endpointOverride);
            }
            return b.build();
        };
    }

    /**
     * Runs the whole sign-in and caches the token.
     *
     * @param cancelled checked before each poll; true stops the sign-in
     * @throws AwsSetupException when AWS refuses, the code expires, or the user cancels
     */
    public CachedSsoToken signIn(SsoLogin login, CodePrompt prompt, BooleanSupplier cancelled)
            throws AwsSetupException, InterruptedException {
        try (SsoOidcClient client = clients.apply(Region.of(login.region()))) {
            Registration registration = registration(client, login);
            StartDeviceAuthorizationResponse device = client.startDeviceAuthorization(r -> r
                    .clientId(registration.clientId())
                    .clientSecret(registration.clientSecret().reveal())
                    .startUrl(login.startUrl()));
            prompt.show(device.userCode(), device.verificationUri(), device.verificationUriComplete());
            CreateTokenResponse token = poll(client, registration, device, cancelled);
            Instant now = clock.instant();
            CachedSsoToken cached = new CachedSsoToken(Secret.of(token.accessToken()),
                    now.plusSeconds(token.expiresIn() == null ? 3600 : token.expiresIn()), login.region(),
                    login.startUrl(), registration.clientId(), registration.clientSecret(), registration.expiresAt(),
                    Secret.of(Optional.ofNullable(token.refreshToken()).orElse("")));
            cache.write(login, cached);
            return cached;
        } catch (SsoOidcException e) {
            throw new AwsSetupException("AWS IAM Identity Center refused the sign-in ("
                    + e.awsErrorDetails().errorCode() + ").", "Check the start URL and SSO region of the profile.", e);
        } catch (SdkException e) {
            throw new AwsSetupException("The SSO sign-in could not reach AWS (" + e.getClass().getSimpleName() + ").",
                    "Check the network connection and the SSO region.", e);
        } catch (IOException e) {
            throw new AwsSetupException("Signed in, but the token could not be saved in " + cache.directory() + ".",
                    "Check that you may write to that folder.", e);
        }
    }

    private record Registration(String clientId, Secret clientSecret, Instant expiresAt) {
    }

    private Registration registration(SsoOidcClient client, SsoLogin login) {
        Optional<CachedSsoToken> cached = cache.read(login)
                .filter(t -> t.hasUsableRegistration(clock.instant()))
                .filter(t -> login.startUrl().equals(t.startUrl()) && login.region().equals(t.region()));
        if (cached.isPresent()) {
            return new Registration(cached.get().clientId(), cached.get().clientSecret(),
                    cached.get().registrationExpiresAt());
        }
        List<String> scopes = login.sessionName() == null ? List.of()
                : login.registrationScopes().isEmpty() ? List.of(DEFAULT_SCOPE) : login.registrationScopes();
        RegisterClientResponse r = client.registerClient(b -> {
            b.clientName(CLIENT_NAME).clientType("public");
            if (!scopes.isEmpty()) {
                b.scopes(scopes);
            }
        });
        Instant expires = r.clientSecretExpiresAt() == null ? null : Instant.ofEpochSecond(r.clientSecretExpiresAt());
        return new Registration(r.clientId(), Secret.of(r.clientSecret()), expires);
    }

    private CreateTokenResponse poll(SsoOidcClient client, Registration registration,
                                     StartDeviceAuthorizationResponse device, BooleanSupplier cancelled)
            throws AwsSetupException, InterruptedException {
        Instant deadline = clock.instant().plusSeconds(device.expiresIn() == null ? 600 : device.expiresIn());
        long interval = device.interval() == null || device.interval() < 1 ? 5 : device.interval();
        while (true) {
            sleeper.sleep(Duration.ofSeconds(interval));
            if (cancelled.getAsBoolean()) {
                throw new AwsSetupException("The SSO sign-in was cancelled.", "Start it again when ready.");
            }
            if (!clock.instant().isBefore(deadline)) {
                throw expired();
            }
            try {
                return client.createToken(r -> r
                        .clientId(registration.clientId())
                        .clientSecret(registration.clientSecret().reveal())
                        .grantType(DEVICE_GRANT)
                        .deviceCode(device.deviceCode()));
            } catch (AuthorizationPendingException e) {
                // the user has not approved yet: poll again
            } catch (SlowDownException e) {
                interval += 5;
            } catch (ExpiredTokenException e) {
                throw expired();
            } catch (AccessDeniedException e) {
                throw new AwsSetupException("The SSO sign-in was denied in the browser.",
                        "Start again and approve the request with code " + device.userCode() + ".");
            }
        }
    }

    private static AwsSetupException expired() {
        return new AwsSetupException("The SSO sign-in code expired before it was approved.",
                "Start the sign-in again and approve it in the browser within a few minutes.");
    }
}
