package io.statedesk.component.aws;

import io.statedesk.component.model.Secret;
import java.time.Instant;
import java.util.Objects;

/**
 * An SSO token as the AWS CLI and SDKs cache it in {@code ~/.aws/sso/cache/<sha1>.json}. Tokens and the client
 * secret are {@link Secret}s, so this record's toString shows none of them.
 *
 * @param accessToken           the bearer token the SSO portal API accepts
 * @param expiresAt             when it expires
 * @param region                the SSO (IAM Identity Center) region
 * @param startUrl              the portal start URL
 * @param clientId              the registered OIDC client, reused for refresh
 * @param clientSecret          its secret
 * @param registrationExpiresAt when the client registration expires, or null
 * @param refreshToken          refresh token, empty when none was issued
 */
public record CachedSsoToken(Secret accessToken, Instant expiresAt, String region, String startUrl, String clientId,
                             Secret clientSecret, Instant registrationExpiresAt, Secret refreshToken) {

    public CachedSsoToken {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
        clientSecret = clientSecret == null ? Secret.empty() : clientSecret;
        refreshToken = refreshToken == null ? Secret.empty() : refreshToken;
    }

    public boolean isValidAt(Instant now) {
        return !accessToken.isEmpty() && expiresAt.isAfter(now);
    }

    /** Whether its client registration can be reused for another sign-in at {@code now}. */
    public boolean hasUsableRegistration(Instant now) {
        return clientId != null && !clientSecret.isEmpty() && registrationExpiresAt != null
                && registrationExpiresAt.isAfter(now.plusSeconds(60));
    }
}
