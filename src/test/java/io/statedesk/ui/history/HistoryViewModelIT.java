package io.statedesk.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.engine.model.StateItem;
import io.statedesk.history.WriteHistory;
import io.statedesk.history.WriteRecord;
import io.statedesk.session.StoreSession;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.RawItems;
import io.statedesk.ui.ScriptedDialogs;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.common.CurrentThreadTaskRunner;
import io.statedesk.ui.common.LineDiff;
import io.statedesk.ui.common.QueuedTaskRunner;
import io.statedesk.ui.editor.ValueEditorViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@WithTestDatabase
class HistoryViewModelIT {

    @TempDir
    Path home;

    private RawItems raw;
    private StoreSession session;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private WriteHistory history;
    private final List<StateItem> restored = new ArrayList<>();
    private final Clock berlin = Clock.system(ZoneId.of("Europe/Berlin"));

    @BeforeEach
    void editedOnce(DynamoDbClient client, DaprTables tables) {
        String table = UiStores.sampleTable(tables);
        raw = new RawItems(client, table);
        session = UiStores.session(client, table, false);
        history = new WriteHistory(home.resolve("history.jsonl"));
        ValueEditorViewModel editor = new ValueEditorViewModel(session::store, new CurrentThreadTaskRunner(), dialogs,
                history, berlin, "statestore");
        editor.show(session.store().browse("orders||exact").orElseThrow());
        editor.textProperty().set(editor.textProperty().get().replace("0.1", "0.25"));
        editor.save();
    }

    private HistoryViewModel opened() {
        HistoryViewModel view = new HistoryViewModel("orders||exact", session::store, history,
                new CurrentThreadTaskRunner(), dialogs, berlin, "statestore", restored::add, () -> false);
        view.load();
        return view;
    }

    @Test
    void load_readsTheHistoryFileInItsBackgroundWork_neverOnTheUiThread() throws Exception {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        HistoryViewModel view = new HistoryViewModel("orders||exact", session::store, history, runner, dialogs,
                berlin, "statestore", restored::add, () -> false);

        view.load();
        // the background work is done and no UI turn has run: a file gone now must not change what is shown
        Files.delete(home.resolve("history.jsonl"));
        runner.drain();

        assertThat(view.entries()).singleElement().extracting(HistoryViewModel.Entry::what).isEqualTo("Saved");
        assertThat(view.currentProperty().get()).startsWith("Current value: ETag ");
    }

    @Test
    void showsEachWrite_inLocalTime_withoutNanoseconds() {
        HistoryViewModel view = opened();

        assertThat(view.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.when()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
            Instant time = entry.record().time();
            assertThat(entry.when()).isEqualTo(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                    .format(time.atZone(ZoneId.of("Europe/Berlin"))));
            assertThat(entry.what()).isEqualTo("Saved");
            assertThat(entry.etags()).startsWith("ETag ").contains(" → ");
        });
    }

    @Test
    void diffsTheChosenVersion_againstTheCurrentValue() {
        HistoryViewModel view = opened();

        assertThat(view.diff()).contains(new LineDiff.Line(LineDiff.Line.Side.OLD, "  \"price\": 0.25,"),
                new LineDiff.Line(LineDiff.Line.Side.NEW, "  \"price\": 0.1,"));
        assertThat(view.comparisonProperty().get()).contains("1 line only in the current value (-), 1 line only in"
                + " this version (+)");
        assertThat(view.canRestoreProperty().get()).isTrue();

        view.sideProperty().set(HistoryViewModel.Side.AFTER);
        assertThat(LineDiff.changed(view.diff())).isZero();
        assertThat(view.comparisonProperty().get()).contains("the same bytes, nothing to restore");
        assertThat(view.canRestoreProperty().get()).isFalse();
    }

    @Test
    void restore_asksFirst_andDecliningWritesNothing() {
        HistoryViewModel view = opened();
        String etag = raw.etag("orders||exact");
        dialogs.confirmAnswer = false;

        view.restore();

        assertThat(dialogs.confirmations).singleElement().asString().contains("checked against that ETag")
                .contains(etag);
        assertThat(raw.etag("orders||exact")).isEqualTo(etag);
    }

    @Test
    void restore_putsTheChosenValueBack_andRecordsIt() {
        HistoryViewModel view = opened();

        view.restore();

        assertThat(raw.get("orders||exact").get("value").s()).contains("\"price\":0.1,");
        assertThat(restored).singleElement().satisfies(item -> assertThat(item.etag())
                .isEqualTo(raw.etag("orders||exact")));
        assertThat(history.forKey(null, "orders||exact")).extracting(WriteRecord::action)
                .containsExactly(WriteRecord.Action.RESTORE, WriteRecord.Action.SET);
    }

    @Test
    void restore_afterSomeoneElseWrote_writesNothing_andShowsTheirValue() {
        HistoryViewModel view = opened();
        raw.putS("orders||exact", "{\"written\":\"by an app\"}");

        view.restore();

        assertThat(raw.get("orders||exact").get("value").s()).isEqualTo("{\"written\":\"by an app\"}");
        assertThat(view.messageProperty().get()).startsWith("Not restored").contains("changed after this view read it");
        assertThat(view.diff()).contains(new LineDiff.Line(LineDiff.Line.Side.OLD, "  \"written\": \"by an app\""));
        assertThat(restored).isEmpty();
    }

    @Test
    void restore_keepsTheKeysTtl() {
        ValueEditorViewModel editor = new ValueEditorViewModel(session::store, new CurrentThreadTaskRunner(), dialogs,
                history, berlin, "statestore");
        editor.show(session.store().browse("orders||session-live").orElseThrow());
        long expires = Long.parseLong(raw.get("orders||session-live").get("expiresAt").n());
        editor.textProperty().set("\"edited\"");
        editor.save();
        HistoryViewModel view = new HistoryViewModel("orders||session-live", session::store, history,
                new CurrentThreadTaskRunner(), dialogs, berlin, "statestore", restored::add, () -> false);
        view.load();

        view.restore();

        assertThat(raw.get("orders||session-live").get("value").s()).isEqualTo("\"active\"");
        assertThat(Long.parseLong(raw.get("orders||session-live").get("expiresAt").n())).isBetween(expires - 3,
                expires + 3);
    }
}
