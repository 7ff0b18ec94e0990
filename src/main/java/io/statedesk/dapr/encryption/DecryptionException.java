package io.statedesk.dapr.encryption;

/** A value could not be decrypted: the reason says which key was tried and what to check. Never carries a key. */
public final class DecryptionException extends RuntimeException {

    public DecryptionException(String message) {
        super(message);
    }

    public DecryptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
