package io.statedesk.component.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.statedesk.component.aws.AwsProfile.SsoLogin;
import io.statedesk.component.model.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The SSO token cache shared with the AWS CLI and SDKs: one JSON file per sign-in, named after the SHA-1 of the
 * {@code sso-session} name (or of the start URL for a legacy profile), holding accessToken, expiresAt, region,
 * startUrl, clientId, clientSecret, registrationExpiresAt and refreshToken.
 */
public final class SsoTokenCache {

    /** The token cache's health for one sign-in. */
    public enum Status { VALID, EXPIRED, MISSING }

    private final Path directory;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public SsoTokenCache(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    public Path directory() {
        return directory;
    }

    public Path fileFor(SsoLogin login) {
        return directory.resolve(sha1Hex(login.cacheKey()) + ".json");
    }

    public Status status(SsoLogin login) {
        return read(login).map(t -> t.isValidAt(clock.instant()) ? Status.VALID : Status.EXPIRED)
                .orElse(Status.MISSING);
    }

    /**
     * Why this login needs a sign-in before the SDK can use it, or empty when the cached token will do: it is
     * valid, or (for an {@code sso-session}) it has expired but the SDK can refresh it with the cached refresh token
     * and client registration, as it does without asking.
     */
    public Optional<String> signInNeeded(SsoLogin login) {
        Optional<CachedSsoToken> cached = read(login);
        if (cached.isEmpty()) {
            return Optional.of("there is no sign-in for it on this computer yet");
        }
        CachedSsoToken token = cached.get();
        java.time.Instant now = clock.instant();
        if (token.isValidAt(now)) {
            return Optional.empty();
        }
        boolean refreshable = login.sessionName() != null && !token.refreshToken().isEmpty()
                && token.hasUsableRegistration(now);
        return refreshable ? Optional.empty()
                : Optional.of("its sign-in expired at " + iso(token.expiresAt()).replace('T', ' '));
    }

    /** The cached token, or empty when there is none or it cannot be read. */
    public Optional<CachedSsoToken> read(SsoLogin login) {
        Path file = fileFor(login);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode n = json.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (n == null || !n.hasNonNull("accessToken") || !n.hasNonNull("expiresAt")) {
                return Optional.empty();
            }
            return Optional.of(new CachedSsoToken(
                    Secret.of(n.get("accessToken").asText()),
                    Instant.parse(n.get("expiresAt").asText()),
                    text(n, "region"), text(n, "startUrl"), text(n, "clientId"),
                    Secret.of(Optional.ofNullable(text(n, "clientSecret")).orElse("")),
                    n.hasNonNull("registrationExpiresAt") ? Instant.parse(n.get("registrationExpiresAt").asText())
                            : null,
                    Secret.of(Optional.ofNullable(text(n, "refreshToken")).orElse(""))));
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Writes the token where the CLI and SDKs read it: atomically, readable by the owner only. */
    public Path write(SsoLogin login, CachedSsoToken token) throws IOException {
        ObjectNode n = json.createObjectNode();
        n.put("accessToken", token.accessToken().reveal());
        n.put("expiresAt", iso(token.expiresAt()));
        n.put("region", token.region());
        n.put("startUrl", token.startUrl());
        if (token.clientId() != null) {
            n.put("clientId", token.clientId());
            n.put("clientSecret", token.clientSecret().reveal());
        }
        if (token.registrationExpiresAt() != null) {
            n.put("registrationExpiresAt", iso(token.registrationExpiresAt()));
        }
        if (!token.refreshToken().isEmpty()) {
            n.put("refreshToken", token.refreshToken().reveal());
        }
        Files.createDirectories(directory);
        Path target = fileFor(login);
        Path temp = Files.createTempFile(directory, ".statedesk-", ".tmp");
        try {
            ownerOnly(temp);
            Files.writeString(temp, json.writerWithDefaultPrettyPrinter().writeValueAsString(n),
                    StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }

    static String sha1Hex(String text) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(sha1.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-1", e);
        }
    }

    private static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static void ownerOnly(Path file) throws IOException {
        if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
