package io.statedesk.component.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The sign-ins {@code aws login} caches, as the SDK's signin module reads them: one JSON file per
 * {@code login_session}, named after the lower-case hex SHA-256 of it, holding temporary credentials
 * ({@code accessToken.expiresAt}) and a refresh token with which the SDK renews them without asking. Only read: the
 * AWS CLI writes these files.
 */
public final class LoginTokenCache {

    private final Path directory;
    private final Clock clock;

    public LoginTokenCache(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    public Path fileFor(String loginSession) {
        return directory.resolve(sha256Hex(loginSession) + ".json");
    }

    /**
     * Why the profile must sign in again before the SDK can use it, or empty when the cached sign-in will do: its
     * credentials are still valid, or they expired but a refresh token is there (the SDK renews them; should the
     * refresh itself be refused, the connection fails with the SDK's "Your session has expired").
     */
    public Optional<String> signInNeeded(String loginSession) {
        Path file = fileFor(loginSession);
        if (!Files.isRegularFile(file)) {
            return Optional.of("there is no `aws login` sign-in for it on this computer yet");
        }
        try {
            JsonNode n = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            JsonNode expires = n == null ? null : n.path("accessToken").get("expiresAt");
            boolean refreshable = n != null && n.hasNonNull("refreshToken") && !n.get("refreshToken").asText().isEmpty();
            if (expires != null && Instant.parse(expires.asText()).isAfter(clock.instant())) {
                return Optional.empty();
            }
            return refreshable ? Optional.empty() : Optional.of("its `aws login` sign-in expired"
                    + (expires == null ? "" : " at " + expires.asText().replace('T', ' ')));
        } catch (IOException | DateTimeParseException e) {
            return Optional.of("its `aws login` sign-in in " + file + " cannot be read");
        }
    }

    static String sha256Hex(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
