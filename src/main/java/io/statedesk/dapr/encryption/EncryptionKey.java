package io.statedesk.dapr.encryption;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One key of daprd's state encryption: the AES key and its name, which is the {@code secretKeyRef.name} of the
 * component's {@code primaryEncryptionKey} or {@code secondaryEncryptionKey} and is appended to every value sealed with
 * it. {@link #toString()} never shows the key.
 */
public final class EncryptionKey {

    private final String name;
    private final byte[] key;

    private EncryptionKey(String name, byte[] key) {
        this.name = Objects.requireNonNull(name, "name");
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new IllegalArgumentException("encryption key '" + name + "' has " + key.length
                    + " bytes; daprd's AES-GCM needs 16, 24 or 32 (32, 48 or 64 hex digits in the secret)");
        }
        this.key = key.clone();
    }

    public static EncryptionKey of(String name, byte[] key) {
        return new EncryptionKey(name, Objects.requireNonNull(key, "key"));
    }

    /**
     * The secret's text decoded as daprd does ({@code hex.DecodeString}).
     *
     * @throws IllegalArgumentException naming the key, never quoting the secret, when it is not hex of a valid length
     */
    public static EncryptionKey fromHex(String name, String hex) {
        Objects.requireNonNull(hex, "hex");
        try {
            return new EncryptionKey(name, HexFormat.of().parseHex(hex));
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("encryption key")) {
                throw e;
            }
            throw new IllegalArgumentException("the secret of encryption key '" + name + "' is not hexadecimal text ("
                    + hex.length() + " characters); daprd reads it with hex.DecodeString, so it needs 32, 48 or 64"
                    + " hex digits", e);
        }
    }

    public String name() {
        return name;
    }

    byte[] key() {
        return key.clone();
    }

    public int bits() {
        return key.length * 8;
    }

    @Override
    public String toString() {
        return "EncryptionKey[" + name + ", AES-" + bits() + ", ****]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EncryptionKey that && name.equals(that.name) && Arrays.equals(key, that.key);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }
}
