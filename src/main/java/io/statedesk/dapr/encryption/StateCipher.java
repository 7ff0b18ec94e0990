package io.statedesk.dapr.encryption;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * daprd's automatic state encryption ({@code pkg/encryption} of Dapr 1.16): AES-GCM with a random 12-byte nonce, a
 * 16-byte tag and no additional data; the stored value is {@code base64(nonce || ciphertext || tag) || <key name>}.
 * Values are sealed with the primary key; a value is opened with the key its name suffix names.
 */
public final class StateCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int TAG_BITS = EncryptedValue.TAG_BYTES * 8;

    private final EncryptionKey primary;
    private final EncryptionKey secondary;
    private final SecureRandom random;

    public StateCipher(EncryptionKey primary, EncryptionKey secondary) {
        this(primary, secondary, new SecureRandom());
    }

    StateCipher(EncryptionKey primary, EncryptionKey secondary, SecureRandom random) {
        this.primary = Objects.requireNonNull(primary, "primary");
        this.secondary = secondary;
        this.random = random;
    }

    public EncryptionKey primary() {
        return primary;
    }

    public Optional<EncryptionKey> secondary() {
        return Optional.ofNullable(secondary);
    }

    /** Seals the plaintext as daprd's TryEncryptValue does: with the primary key and a fresh random nonce. */
    public byte[] encrypt(byte[] plaintext) {
        byte[] nonce = new byte[EncryptedValue.NONCE_BYTES];
        random.nextBytes(nonce);
        return encrypt(plaintext, nonce);
    }

    /** With a given nonce: for the spec's fixed-nonce vectors only. */
    byte[] encrypt(byte[] plaintext, byte[] nonce) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(primary.key(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealedBody = cipher.doFinal(plaintext);
            byte[] sealed = new byte[nonce.length + sealedBody.length];
            System.arraycopy(nonce, 0, sealed, 0, nonce.length);
            System.arraycopy(sealedBody, 0, sealed, nonce.length, sealedBody.length);
            return new EncryptedValue(sealed, primary.name()).toStoredBytes();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime: " + e.getMessage(), e);
        }
    }

    /**
     * Opens a stored value as daprd's TryDecryptValue does: the key named after the last {@code ||} (primary first).
     * A value without a name, which daprd cannot read, is tried with both keys.
     *
     * @throws DecryptionException when the bytes are not in daprd's form, name a key this component does not have, or
     *                             do not open with it (wrong key material, or altered bytes)
     */
    public byte[] decrypt(byte[] stored) {
        EncryptedValue value = EncryptedValue.parse(stored).orElseThrow(() -> new DecryptionException(
                "the value is not in daprd's encrypted form (base64 || key name)"));
        return decrypt(value);
    }

    public byte[] decrypt(EncryptedValue value) {
        List<EncryptionKey> candidates = new ArrayList<>();
        if (value.keyName().isEmpty()) {
            candidates.add(primary);
            if (secondary != null) {
                candidates.add(secondary);
            }
        } else if (primary.name().equals(value.keyName())) {
            candidates.add(primary);
        } else if (secondary != null && secondary.name().equals(value.keyName())) {
            candidates.add(secondary);
        } else {
            throw new DecryptionException("the value was encrypted with key '" + value.keyName()
                    + "', but the component's keys are '" + primary.name() + "'"
                    + (secondary == null ? "" : " and '" + secondary.name() + "'")
                    + ": add that key as secondaryEncryptionKey to read it");
        }
        DecryptionException last = null;
        for (EncryptionKey key : candidates) {
            try {
                return open(value.sealed(), key);
            } catch (DecryptionException e) {
                last = e;
            }
        }
        throw Objects.requireNonNull(last);
    }

    private static byte[] open(byte[] sealed, EncryptionKey key) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key.key(), "AES"),
                    new GCMParameterSpec(TAG_BITS, sealed, 0, EncryptedValue.NONCE_BYTES));
            return cipher.doFinal(sealed, EncryptedValue.NONCE_BYTES, sealed.length - EncryptedValue.NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new DecryptionException("the value does not open with key '" + key.name() + "' (AES-GCM "
                    + "authentication failed): the secret holds other key material than the one daprd used, or the "
                    + "stored bytes were changed", e);
        } catch (GeneralSecurityException e) {
            throw new DecryptionException("the value could not be decrypted with key '" + key.name() + "': "
                    + e.getMessage(), e);
        }
    }
}
