package io.statedesk.ui.editor;

import io.statedesk.dapr.encryption.DecryptionException;
import io.statedesk.dapr.encryption.EncryptedValue;
import io.statedesk.dapr.encryption.EncryptionSetup;

/** How the editor shows and saves a value daprd encrypted: decrypted when the keys resolved, else read-only. */
final class EncryptedValues {

    /** The plaintext (null when it cannot be shown) and a sentence for the user. */
    record Shown(byte[] plaintext, String note) {
    }

    private EncryptedValues() {
    }

    static Shown open(EncryptionSetup setup, byte[] stored) {
        String keyName = EncryptedValue.parse(stored).map(EncryptedValue::keyName).orElse("");
        if (setup instanceof EncryptionSetup.Ready ready) {
            try {
                byte[] plain = ready.cipher().decrypt(stored);
                return new Shown(plain, "Encrypted by daprd with key '" + keyName + "', shown decrypted. Saving"
                        + " encrypts it again with key '" + ready.cipher().primary().name() + "' (AES-GCM), as daprd"
                        + " does.");
            } catch (DecryptionException e) {
                return new Shown(null, "Encrypted by daprd; read-only: " + e.getMessage() + ".");
            }
        }
        if (setup instanceof EncryptionSetup.Unavailable unavailable) {
            return new Shown(null, "Encrypted by daprd; read-only: " + unavailable.reason());
        }
        return new Shown(null, "Encrypted by daprd with key '" + keyName + "'; read-only: the component names no"
                + " primaryEncryptionKey, so StateDesk has no key to decrypt it.");
    }

    static byte[] seal(EncryptionSetup setup, byte[] plaintext) {
        if (setup instanceof EncryptionSetup.Ready ready) {
            return ready.cipher().encrypt(plaintext);
        }
        throw new IllegalArgumentException("daprd encrypted this value; StateDesk cannot save it without the key.");
    }
}
