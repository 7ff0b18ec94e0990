package io.statedesk.dapr.encryption;

import io.statedesk.component.secrets.EncryptionSecrets;
import java.util.Objects;

/** Whether StateDesk can read and write a component's encrypted values, and with what. */
public sealed interface EncryptionSetup {

    /** The component names no {@code primaryEncryptionKey}: daprd does not encrypt its values. */
    record NotEncrypted() implements EncryptionSetup {
    }

    /** The keys resolved: values are decrypted for display and sealed again with the primary key on save. */
    record Ready(StateCipher cipher) implements EncryptionSetup {
        public Ready {
            Objects.requireNonNull(cipher, "cipher");
        }
    }

    /** The component encrypts, but the keys could not be read here: encrypted values stay read-only. */
    record Unavailable(String reason) implements EncryptionSetup {
    }

    static EncryptionSetup none() {
        return new NotEncrypted();
    }

    /** From the component's resolved encryption secrets, as daprd reads them. Never throws. */
    static EncryptionSetup of(EncryptionSecrets secrets) {
        if (!secrets.declared()) {
            return new NotEncrypted();
        }
        if (secrets.primary().isEmpty()) {
            return new Unavailable(secrets.problems().isEmpty() ? "the primary encryption key could not be read"
                    : String.join(" ", secrets.problems()));
        }
        try {
            EncryptionSecrets.NamedKey p = secrets.primary().get();
            EncryptionKey primary = EncryptionKey.fromHex(p.name(), p.hex().reveal());
            EncryptionKey secondary = null;
            if (secrets.secondary().isPresent()) {
                EncryptionSecrets.NamedKey s = secrets.secondary().get();
                secondary = EncryptionKey.fromHex(s.name(), s.hex().reveal());
            }
            return new Ready(new StateCipher(primary, secondary));
        } catch (IllegalArgumentException invalid) {
            return new Unavailable(invalid.getMessage());
        }
    }

    /** One sentence for a status line. */
    default String describe() {
        if (this instanceof Ready ready) {
            StateCipher c = ready.cipher();
            return "Encrypted values are decrypted with key '" + c.primary().name() + "'"
                    + c.secondary().map(s -> " or '" + s.name() + "'").orElse("") + " (AES-" + c.primary().bits()
                    + "-GCM) and saved sealed with '" + c.primary().name() + "'.";
        }
        if (this instanceof Unavailable unavailable) {
            return "Encrypted values are read-only: " + unavailable.reason();
        }
        return "The component does not encrypt its values.";
    }
}
