package io.statedesk.dapr.encryption;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A stored value in daprd's encrypted form: {@code base64(nonce || ciphertext || tag) || <key name>}, the bytes of an
 * ASCII text (dapr-internal-formats.md §3, the StateDesk spec).
 *
 * @param sealed  the decoded nonce, ciphertext and tag
 * @param keyName the name after the last {@code ||}; empty for records written without one (dapr/dapr#7512)
 */
public record EncryptedValue(byte[] sealed, String keyName) {

    static final int NONCE_BYTES = 12;
    static final int TAG_BYTES = 16;
    static final String SEPARATOR = "||";

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9+/]+={0,2}\\|\\|[^|\\s]*");

    public EncryptedValue {
        sealed = sealed.clone();
    }

    @Override
    public byte[] sealed() {
        return sealed.clone();
    }

    /**
     * Reads the form when the bytes have it: standard base64 (with padding) of at least a nonce and a tag, then the
     * separator and a name without {@code |} or white space. Anything else is not an encrypted value.
     */
    public static Optional<EncryptedValue> parse(byte[] stored) {
        if (stored.length < 4) {
            return Optional.empty();
        }
        for (byte b : stored) {
            if (b < 0x21 || b > 0x7e) {
                return Optional.empty();
            }
        }
        String text = new String(stored, StandardCharsets.US_ASCII);
        if (!FORM.matcher(text).matches()) {
            return Optional.empty();
        }
        int cut = text.lastIndexOf(SEPARATOR);
        try {
            byte[] sealed = Base64.getDecoder().decode(text.substring(0, cut));
            if (sealed.length < NONCE_BYTES + TAG_BYTES) {
                return Optional.empty();
            }
            return Optional.of(new EncryptedValue(sealed, text.substring(cut + SEPARATOR.length())));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** The stored bytes daprd writes for this value. */
    public byte[] toStoredBytes() {
        return (Base64.getEncoder().encodeToString(sealed) + SEPARATOR + keyName).getBytes(StandardCharsets.US_ASCII);
    }
}
