package io.statedesk.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.engine.model.Storage;
import io.statedesk.history.WriteHistory;
import io.statedesk.history.WriteRecord;
import io.statedesk.session.StoreSession;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.FaultClients;
import io.statedesk.testing.FaultProxy.Fault;
import io.statedesk.testing.FaultProxy;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.RawItems;
import io.statedesk.ui.ScriptedDialogs;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.common.CurrentThreadTaskRunner;
import io.statedesk.ui.editor.ValueEditorViewModel;
import io.statedesk.ui.history.HistoryViewModel;
import io.statedesk.ui.keys.KeyRow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The window's write paths (through their view models, as the buttons call them) over the fault proxy: a save whose
 * answer was lost is a save; a save whose outcome is unknown says so and keeps the user's edit; the same action
 * succeeds after recovery; key listing fails in a sentence and works again.
 */
@WithTestDatabase
class WindowFaultIT {

    @TempDir
    Path home;

    private FaultProxy proxy;
    private DynamoDbClient faulty;
    private RawItems raw;
    private WriteHistory history;
    private StoreTabViewModel tab;

    @BeforeEach
    void open(TestDatabase db, DaprTables tables) {
        String table = UiStores.sampleTable(tables);
        raw = new RawItems(db.client(), table);
        proxy = FaultProxy.inFrontOf(db.endpoint());
        faulty = FaultClients.through(proxy.endpoint(), FaultClients.QUICK);
        history = new WriteHistory(home.resolve("history.jsonl"));
        StoreSession session = UiStores.session(faulty, table, false);
        tab = new StoreTabViewModel(session, new CurrentThreadTaskRunner(), new ScriptedDialogs(), history,
                Clock.systemUTC());
        tab.keys().refresh();
    }

    @AfterEach
    void close() {
        faulty.close();
        proxy.close();
    }

    private KeyRow row(String key) {
        return tab.keys().visibleRows().stream().filter(r -> r.storedKey().equals(key)).findFirst().orElseThrow();
    }

    private ValueEditorViewModel editing(String key, String newText) {
        tab.open(row(key));
        ValueEditorViewModel editor = tab.editor();
        editor.textProperty().set(newText);
        return editor;
    }

    @Test
    void save_whoseAnswerWasLost_isSaved_andRecordedWithTheStoredEtag() {
        ValueEditorViewModel editor = editing("orders||order-1001", "{\"qty\":7}");
        proxy.on("PutItem", Fault.DROP_RESPONSE_AFTER_APPLY, 1);

        editor.save();

        assertThat(editor.errorProperty().get()).isEmpty();
        assertThat(editor.messageProperty().get()).startsWith("Saved.");
        assertThat(raw.get("orders||order-1001").get("value").s()).isEqualTo("{\"qty\":7}");
        assertThat(history.list().get(0).etagAfter()).isEqualTo(raw.etag("orders||order-1001"));
    }

    @Test
    void save_withUnknownOutcome_saysSo_keepsTheEdit_andSucceedsAfterRecovery() {
        ValueEditorViewModel editor = editing("orders||order-1001", "{\"qty\":8}");
        String before = raw.etag("orders||order-1001");
        proxy.on("*", Fault.HANG, 100);

        editor.save();

        assertThat(editor.errorProperty().get()).startsWith("Unknown whether this was saved")
                .contains("orders||order-1001", "Your edit is kept");
        assertThat(editor.dirtyProperty().get()).isTrue();
        assertThat(editor.textProperty().get()).isEqualTo("{\"qty\":8}");
        assertThat(raw.etag("orders||order-1001")).isEqualTo(before);

        proxy.heal();
        editor.save();

        assertThat(editor.errorProperty().get()).isEmpty();
        assertThat(raw.get("orders||order-1001").get("value").s()).isEqualTo("{\"qty\":8}");
    }

    @Test
    void save_onAServerError_keepsTheEdit_andNeverSaysCouldNotReach() {
        ValueEditorViewModel editor = editing("orders||order-1001", "{\"qty\":9}");
        proxy.on("PutItem", Fault.ANSWER_500, 100);

        editor.save();

        assertThat(editor.errorProperty().get()).contains("server error", "nothing was written", "Your edit is kept")
                .doesNotContain("could not reach");
        assertThat(editor.textProperty().get()).isEqualTo("{\"qty\":9}");
    }

    @Test
    void newKey_whoseAnswerWasLost_isCreated() {
        proxy.on("PutItem", Fault.DROP_RESPONSE_AFTER_APPLY, 1);

        tab.createKey("orders", "fresh", Storage.S);
        tab.editor().textProperty().set("{\"fresh\":true}");
        tab.editor().save();

        // The first-write's answer was lost; its retry failed the condition on the item it had itself created.
        assertThat(tab.editor().messageProperty().get()).startsWith("Created. New ETag");
        assertThat(tab.editor().errorProperty().get()).isEmpty();
        assertThat(raw.get("orders||fresh")).isNotEmpty();
    }

    @Test
    void bulkDelete_withALostAnswer_reportsEveryKeyDeleted() {
        List<KeyRow> rows = List.of(row("orders||order-1001"), row("orders||order-1002"), row("orders||order-1003"));
        proxy.on("DeleteItem", Fault.DROP_RESPONSE_AFTER_APPLY, 1);

        tab.delete(rows);

        assertThat(tab.noticeProperty().get()).isEqualTo("Deleted 3 keys.");
        assertThat(history.list()).hasSize(3);
    }

    @Test
    void bulkDelete_withUnknownOutcomes_namesEveryKeyInDoubt() {
        List<KeyRow> rows = List.of(row("orders||order-1001"), row("orders||order-1002"));
        proxy.on("*", Fault.APPLY_THEN_500, 100);

        tab.delete(rows);

        assertThat(tab.noticeProperty().get()).startsWith("Deleted 0; outcome unknown for 2")
                .contains("orders||order-1001", "orders||order-1002").doesNotContain("kept");
    }

    @Test
    void restore_whoseAnswerWasLost_isRestored() {
        ValueEditorViewModel editor = editing("orders||order-1001", "{\"qty\":1}");
        editor.save();
        WriteRecord saved = history.list().get(0);
        HistoryViewModel view = tab.history("orders||order-1001");
        view.load();
        proxy.on("PutItem", Fault.DROP_RESPONSE_AFTER_APPLY, 1);

        view.restore();

        assertThat(view.messageProperty().get()).startsWith("Restored");
        assertThat(raw.get("orders||order-1001").get("value").s()).isEqualTo(new String(saved.before(),
                java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void restore_withUnknownOutcome_neverSaysNotRestored() {
        ValueEditorViewModel editor = editing("orders||order-1001", "{\"qty\":1}");
        editor.save();
        HistoryViewModel view = tab.history("orders||order-1001");
        view.load();
        proxy.on("PutItem", Fault.APPLY_THEN_500, 100);
        // the history view read the current version before the faults; the read that would settle the outcome fails
        proxy.on("GetItem", Fault.ANSWER_500, 1000);

        view.restore();

        assertThat(view.messageProperty().get()).startsWith("Unknown whether it was restored")
                .contains("orders||order-1001");
    }

    @Test
    void keyListing_whenScansFail_saysSo_andWorksAfterRecovery() {
        proxy.on("Scan", Fault.ANSWER_500, 100);

        tab.keys().refresh();

        assertThat(tab.keys().errorProperty().get()).contains("Scan", "server error")
                .doesNotContain("could not reach");
        assertThat(tab.keys().scanningProperty().get()).isFalse();

        proxy.heal();
        tab.keys().refresh();
        assertThat(tab.keys().errorProperty().get()).isEmpty();
        assertThat(tab.keys().visibleRows()).extracting(KeyRow::storedKey).contains("orders||order-1001");
    }
}
