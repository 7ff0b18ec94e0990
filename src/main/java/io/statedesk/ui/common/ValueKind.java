package io.statedesk.ui.common;

import io.statedesk.engine.json.DaprJson;
import io.statedesk.engine.model.Storage;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/** What a value's bytes are, judged from the bytes alone: this picks the editor mode and the table preview. */
public enum ValueKind {
    JSON, TEXT, BINARY, ENCRYPTED;

    /** daprd's state encryption: {@code base64(nonce || ciphertext+tag) || <key name>}. */
    private static final Pattern ENCRYPTED_FORM = Pattern.compile("^[A-Za-z0-9+/]+={0,2}\\|\\|[^|\\s]+$");
    private static final int GCM_NONCE_AND_TAG = 12 + 16;

    public static ValueKind of(byte[] bytes, Storage storage) {
        String text = utf8OrNull(bytes);
        if (text == null || hasControlCharacters(text)) {
            return BINARY;
        }
        if (storage == Storage.B && looksEncrypted(text)) {
            return ENCRYPTED;
        }
        return isJson(text) ? JSON : TEXT;
    }

    /** The bytes as UTF-8 text, or null when they are not valid UTF-8. */
    public static String utf8OrNull(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    public static boolean isJson(String text) {
        return !text.isBlank() && DaprJson.isJson(text);
    }

    private static boolean looksEncrypted(String text) {
        if (!ENCRYPTED_FORM.matcher(text).matches()) {
            return false;
        }
        String sealed = text.substring(0, text.indexOf("||"));
        try {
            return Base64.getDecoder().decode(sealed).length >= GCM_NONCE_AND_TAG;
        } catch (IllegalArgumentException e) {
            return false;
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
