package io.statedesk.search;

import io.statedesk.dapr.encryption.DecryptionException;
import io.statedesk.dapr.encryption.EncryptedValue;
import io.statedesk.dapr.encryption.EncryptionSetup;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.Storage;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An item's value as text, when it is text: S values, B values that hold UTF-8 text (what the Dapr SDKs store for
 * JSON over gRPC), and values daprd encrypted once they are opened with the component's keys.
 *
 * @param kind      what the value is
 * @param text      the text, or null unless {@code kind} is {@link Kind#TEXT}
 * @param plain     the bytes the text came from (the plaintext of an encrypted value), or null unless TEXT or BINARY
 * @param decrypted true when the text is the plaintext of an encrypted value
 */
public record ValueText(Kind kind, String text, byte[] plain, boolean decrypted) {

    public enum Kind {
        /** UTF-8 text without control characters (JSON or not). */
        TEXT,
        /** Bytes that are not text: protobuf, images, anything with control characters or invalid UTF-8. */
        BINARY,
        /** Encrypted by daprd, and the component's keys are not at hand (or do not open it). */
        ENCRYPTED,
        /** The item has no value attribute. */
        NONE
    }

    public ValueText {
        plain = plain == null ? null : plain.clone();
    }

    @Override
    public byte[] plain() {
        return plain == null ? null : plain.clone();
    }

    /** Reads the item's value; an encrypted value is opened when {@code encryption} holds the keys. */
    public static ValueText of(StateItem item, EncryptionSetup encryption) {
        if (!item.hasValue()) {
            return new ValueText(Kind.NONE, null, null, false);
        }
        byte[] bytes = item.value();
        if (item.storage() == Storage.B) {
            Optional<EncryptedValue> sealed = EncryptedValue.parse(bytes);
            if (sealed.isPresent()) {
                if (!(encryption instanceof EncryptionSetup.Ready ready)) {
                    return new ValueText(Kind.ENCRYPTED, null, null, false);
                }
                try {
                    byte[] opened = ready.cipher().decrypt(sealed.get());
                    return fromBytes(opened, true);
                } catch (DecryptionException unreadable) {
                    return new ValueText(Kind.ENCRYPTED, null, null, false);
                }
            }
        }
        return fromBytes(bytes, false);
    }

    private static ValueText fromBytes(byte[] bytes, boolean decrypted) {
        String text = utf8OrNull(bytes);
        if (text == null || hasControlCharacters(text)) {
            return new ValueText(Kind.BINARY, null, bytes, decrypted);
        }
        return new ValueText(Kind.TEXT, text, bytes, decrypted);
    }

    /** Strict UTF-8: malformed bytes are not text. */
    static String utf8OrNull(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
