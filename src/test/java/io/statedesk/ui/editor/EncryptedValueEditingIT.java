package io.statedesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.dapr.encryption.EncryptionKey;
import io.statedesk.dapr.encryption.EncryptionSetup;
import io.statedesk.dapr.encryption.StateCipher;
import io.statedesk.history.WriteHistory;
import io.statedesk.session.StoreSession;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.RawItems;
import io.statedesk.ui.ScriptedDialogs;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.common.CurrentThreadTaskRunner;
import io.statedesk.ui.common.ValueKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Values daprd encrypted: decrypted for display when the keys resolve, saved sealed with the primary key. */
@WithTestDatabase
class EncryptedValueEditingIT {

    private static final String HEX = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    private static final String OLD_HEX = "cb321007ad11a9d23f963bff600d58e0";

    @TempDir
    Path home;

    private RawItems raw;
    private StoreSession session;
    private ValueEditorViewModel editor;
    private final StateCipher daprd = new StateCipher(EncryptionKey.fromHex("oldkey", OLD_HEX), null);

    @BeforeEach
    void open(DynamoDbClient client, DaprTables tables) {
        String table = tables.create();
        raw = new RawItems(client, table);
        raw.putB("myapp||card", daprd.encrypt("{\"last4\":\"4242\"}".getBytes(StandardCharsets.UTF_8)));
        session = UiStores.session(client, table, false);
        editor = new ValueEditorViewModel(session::store, new CurrentThreadTaskRunner(), new ScriptedDialogs(),
                new WriteHistory(home.resolve("history.jsonl")), Clock.systemUTC(), "statestore");
    }

    private void show() {
        editor.show(session.store().browse("myapp||card").orElseThrow());
    }

    @Test
    void withTheKeys_theValueIsShownDecrypted_andAnEditIsSavedSealedWithThePrimaryKey() {
        StateCipher component = new StateCipher(EncryptionKey.fromHex("newkey", HEX),
                EncryptionKey.fromHex("oldkey", OLD_HEX));
        editor.setEncryption(new EncryptionSetup.Ready(component));
        show();

        assertThat(editor.showsDecrypted()).isTrue();
        assertThat(editor.kindProperty().get()).isEqualTo(ValueKind.JSON);
        assertThat(editor.textProperty().get()).contains("\"last4\": \"4242\"");
        assertThat(editor.editable()).isTrue();
        assertThat(editor.messageProperty().get()).contains("key 'oldkey'").contains("key 'newkey'");

        editor.textProperty().set("{\"last4\": \"1881\"}");
        editor.save();

        byte[] stored = raw.get("myapp||card").get("value").b().asByteArray();
        assertThat(new String(stored, StandardCharsets.US_ASCII)).endsWith("||newkey");
        assertThat(component.decrypt(stored)).isEqualTo("{\"last4\":\"1881\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(editor.textProperty().get()).contains("1881");
    }

    @Test
    void anUnchangedValue_savesItsOriginalSealedBytes() {
        editor.setEncryption(new EncryptionSetup.Ready(daprd));
        show();
        byte[] before = raw.get("myapp||card").get("value").b().asByteArray();

        assertThat(editor.bytesToSave()).isEqualTo(before);
    }

    @Test
    void withoutUsableKeys_theValueStaysEncrypted_andReadOnly_withTheReason() {
        editor.setEncryption(new EncryptionSetup.Unavailable("Secret `statekey` not found in secret store `local`."));
        show();

        assertThat(editor.kindProperty().get()).isEqualTo(ValueKind.ENCRYPTED);
        assertThat(editor.editable()).isFalse();
        assertThat(editor.messageProperty().get()).contains("read-only").contains("statekey");

        editor.setEncryption(new EncryptionSetup.Ready(new StateCipher(EncryptionKey.fromHex("newkey", HEX), null)));
        show();
        assertThat(editor.editable()).isFalse();
        assertThat(editor.messageProperty().get()).contains("key 'oldkey'").contains("secondaryEncryptionKey");
    }
}
