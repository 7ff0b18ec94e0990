package io.statedesk.sandbox;

import io.statedesk.dapr.encryption.EncryptionKey;
import io.statedesk.dapr.encryption.StateCipher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sandbox's local secret store: a {@code secretstores.local.file} JSON file holding the state encryption key
 * (AES-256, hex, as daprd reads it), made once and kept, so values encrypted earlier stay readable across restarts.
 */
final class SandboxSecrets {

    static final String FILE = "secrets.json";
    static final String STORE_NAME = "sandbox-secrets";
    static final String KEY_NAME = "sandbox-encryption-key";
    private static final Pattern KEY_ENTRY = Pattern.compile("\"" + KEY_NAME + "\"\\s*:\\s*\"([0-9a-fA-F]{64})\"");

    private SandboxSecrets() {
    }

    /** The key in {@code folder/secrets.json}, written first when the file is missing or holds none. */
    static StateCipher ensure(Path folder) {
        Path file = folder.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                Matcher found = KEY_ENTRY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                if (found.find()) {
                    return cipher(found.group(1));
                }
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String hex = HexFormat.of().formatHex(key);
            Files.createDirectories(folder);
            Files.writeString(file, "{\n  \"" + KEY_NAME + "\": \"" + hex + "\"\n}\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the user's profile folder already limits access
            }
            return cipher(hex);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the sandbox's secrets file " + file, e);
        }
    }

    private static StateCipher cipher(String hex) {
        return new StateCipher(EncryptionKey.fromHex(KEY_NAME, hex), null);
    }

    /** The secret store component daprd (and StateDesk) read the key through. */
    static String secretStoreYaml(Path secretsFile) {
        return """
                # The StateDesk sandbox's local secret store: it holds the state store's encryption key.
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: %s
                spec:
                  type: secretstores.local.file
                  version: v1
                  metadata:
                  - name: secretsFile
                    value: '%s'
                """.formatted(STORE_NAME, secretsFile.toAbsolutePath().toString().replace("'", "''"));
    }

    /** Appended to the state store component: daprd's automatic state encryption with the sandbox's key. */
    static String encryptionYaml() {
        return """
                  - name: primaryEncryptionKey
                    secretKeyRef:
                      name: %s
                      key: %s
                auth:
                  secretStore: %s
                """.formatted(KEY_NAME, KEY_NAME, STORE_NAME);
    }
}
