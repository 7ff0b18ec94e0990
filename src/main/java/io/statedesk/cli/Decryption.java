package io.statedesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.statedesk.dapr.encryption.DecryptionException;
import io.statedesk.dapr.encryption.EncryptedValue;
import io.statedesk.dapr.encryption.EncryptionSetup;
import io.statedesk.engine.json.DaprJson;
import io.statedesk.engine.model.StateItem;
import java.util.Base64;

/** {@code get --decrypt}: opens a value daprd encrypted, with the component's keys. */
final class Decryption {

    record Opened(String keyName, byte[] plaintext) {
    }

    private Decryption() {
    }

    static Opened open(EncryptionSetup setup, StateItem item) {
        String key = item.key().stored();
        EncryptedValue value = EncryptedValue.parse(item.value()).orElseThrow(() -> CliException.failure(
                "the value of '" + key + "' is not in daprd's encrypted form (base64 || key name); daprd would fail"
                        + " to decrypt it too: read it without --decrypt"));
        if (setup instanceof EncryptionSetup.NotEncrypted) {
            throw CliException.failure("'" + key + "' looks encrypted (key '" + value.keyName() + "'), but the"
                    + " component has no primaryEncryptionKey: add its secretKeyRef to the component to decrypt");
        }
        if (setup instanceof EncryptionSetup.Unavailable unavailable) {
            throw CliException.failure("cannot decrypt '" + key + "': " + unavailable.reason());
        }
        try {
            byte[] plain = ((EncryptionSetup.Ready) setup).cipher().decrypt(value);
            return new Opened(value.keyName(), plain);
        } catch (DecryptionException e) {
            throw CliException.failure("cannot decrypt '" + key + "': " + e.getMessage());
        }
    }

    static ObjectNode json(StateItem item, Opened opened) {
        ObjectNode node = ItemJson.item(item, false);
        node.put("encryptionKey", opened.keyName());
        node.put("decryptedBase64", Base64.getEncoder().encodeToString(opened.plaintext()));
        ObjectNode holder = ItemJson.MAPPER.createObjectNode();
        ItemJson.putValue(holder, opened.plaintext());
        node.set("decrypted", holder.get("value"));
        return node;
    }

    static String text(byte[] plaintext) {
        return ItemJson.utf8(plaintext).map(t -> ItemJson.compactJson(t).map(DaprJson::pretty).orElse(t))
                .orElseGet(() -> "(binary) base64: " + Base64.getEncoder().encodeToString(plaintext));
    }
}
