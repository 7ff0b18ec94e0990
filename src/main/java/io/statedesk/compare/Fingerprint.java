package io.statedesk.compare;

import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.Storage;
import io.statedesk.search.ValueText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What a value is for comparing, kept instead of the value itself so that a comparison of large stores holds 32 bytes
 * per key: a SHA-256 of the canonical JSON (key order, whitespace and number spelling ignored), else of the bytes
 * (the plaintext of an encrypted value when the keys open it).
 *
 * @param storage S, B or N, or null without a value
 * @param digest  the SHA-256
 * @param json    true when the digest is of canonical JSON
 */
record Fingerprint(Storage storage, byte[] digest, boolean json) {

    static Fingerprint of(StateItem item, io.statedesk.dapr.encryption.EncryptionSetup encryption) {
        if (!item.hasValue()) {
            return new Fingerprint(null, new byte[0], false);
        }
        ValueText value = ValueText.of(item, encryption);
        if (value.kind() == ValueText.Kind.TEXT) {
            String canonical = CanonicalJson.canonical(value.text());
            if (canonical != null) {
                return new Fingerprint(item.storage(), sha256(canonical.getBytes(StandardCharsets.UTF_8)), true);
            }
        }
        byte[] bytes = value.plain() != null ? value.plain() : item.value();
        return new Fingerprint(item.storage(), sha256(bytes), false);
    }

    /** What differs, or null when nothing does. */
    String difference(Fingerprint other) {
        boolean sameValue = json == other.json && Arrays.equals(digest, other.digest);
        boolean sameStorage = storage == other.storage;
        if (sameValue && sameStorage) {
            return null;
        }
        if (sameValue) {
            return "storage " + name(storage) + "/" + name(other.storage);
        }
        return sameStorage ? "value" : "value, storage " + name(storage) + "/" + name(other.storage);
    }

    private static String name(Storage storage) {
        return storage == null ? "none" : storage.name();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
