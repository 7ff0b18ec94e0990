package io.statedesk.ui.fx;

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
import io.statedesk.ui.editor.ValueEditorView;
import io.statedesk.ui.editor.ValueEditorViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The editor's code area follows the value shown: an encrypted value it cannot open is never typed into. */
@WithTestDatabase
@ExtendWith(ApplicationExtension.class)
class EncryptedValueFxTest {

    private static final String HEX = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    private static DynamoDbClient client;
    private static DaprTables tables;

    private StoreSession session;
    private ValueEditorViewModel editor;
    private ValueEditorView view;

    @BeforeAll
    static void database(DynamoDbClient sharedClient, DaprTables sharedTables) {
        client = sharedClient;
        tables = sharedTables;
    }

    @Start
    void start(Stage stage) throws Exception {
        String table = tables.create();
        RawItems raw = new RawItems(client, table);
        raw.putS("myapp||plain", "{\"a\":1}");
        raw.putB("myapp||sealed", new StateCipher(EncryptionKey.fromHex("k", HEX), null)
                .encrypt("{\"b\":2}".getBytes(StandardCharsets.UTF_8)));
        raw.putB("myapp||foreign", new StateCipher(EncryptionKey.fromHex("other", HEX), null)
                .encrypt("{\"c\":3}".getBytes(StandardCharsets.UTF_8)));
        session = UiStores.session(client, table, false);
        editor = new ValueEditorViewModel(session::store, new CurrentThreadTaskRunner(), new ScriptedDialogs(),
                new WriteHistory(Files.createTempDirectory("history").resolve("h.jsonl")), Clock.systemUTC(),
                "statestore");
        editor.setEncryption(new EncryptionSetup.Ready(new StateCipher(EncryptionKey.fromHex("k", HEX), null)));
        view = new ValueEditorView(editor);
        stage.setScene(new Scene(view.root(), 700, 400));
        stage.show();
    }

    private void show(FxRobot robot, String key) {
        robot.interact(() -> editor.show(session.store().browse(key).orElseThrow()));
    }

    @Test
    void anUnreadableEncryptedValue_afterAJsonOne_isNotEditable_andADecryptedOneAfterItIs(FxRobot robot) {
        show(robot, "myapp||plain");
        assertThat(view.code().isEditable()).isTrue();

        show(robot, "myapp||foreign");
        assertThat(view.code().isEditable()).isFalse();

        show(robot, "myapp||sealed");
        assertThat(view.code().isEditable()).isTrue();
        assertThat(view.code().getText()).contains("\"b\": 2");
    }
}
