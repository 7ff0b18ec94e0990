package io.statedesk.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.engine.model.Storage;
import io.statedesk.engine.table.TableCheck;
import io.statedesk.engine.table.TableSize;
import io.statedesk.history.WriteHistory;
import io.statedesk.history.WriteRecord;
import io.statedesk.session.StoreSession;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.RawItems;
import io.statedesk.ui.ScriptedDialogs;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.common.CurrentThreadTaskRunner;
import io.statedesk.ui.common.QueuedTaskRunner;
import io.statedesk.ui.keys.KeyRow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@WithTestDatabase
class StoreTabViewModelIT {

    @TempDir
    Path home;

    private RawItems raw;
    private ScriptedDialogs dialogs = new ScriptedDialogs();
    private WriteHistory history;

    private StoreTabViewModel open(DynamoDbClient client, DaprTables tables, boolean realAws) {
        String table = UiStores.sampleTable(tables);
        raw = new RawItems(client, table);
        history = new WriteHistory(home.resolve("history.jsonl"));
        StoreSession session = UiStores.session(client, table, realAws);
        StoreTabViewModel tab = new StoreTabViewModel(session, new CurrentThreadTaskRunner(), dialogs, history,
                Clock.systemUTC());
        tab.keys().refresh();
        return tab;
    }

    private static KeyRow row(StoreTabViewModel tab, String key) {
        return tab.keys().visibleRows().stream().filter(r -> r.storedKey().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void delete_withStaleEtag_keepsTheItem_andSaysWhy(DynamoDbClient client, DaprTables tables) {
        StoreTabViewModel tab = open(client, tables, false);
        KeyRow stale = row(tab, "orders||order-1001");
        raw.putS("orders||order-1001", "{\"changed\":true}");

        tab.delete(List.of(stale));

        assertThat(raw.get("orders||order-1001")).isNotEmpty();
        assertThat(tab.noticeProperty().get()).contains("kept 1").contains("orders||order-1001");
        assertThat(tab.keys().visibleRows()).extracting(KeyRow::storedKey).contains("orders||order-1001");
    }

    @Test
    void bulkDelete_asksOnceNamingTheCount_andDeletesEachChecked(DynamoDbClient client, DaprTables tables) {
        StoreTabViewModel tab = open(client, tables, false);
        List<KeyRow> three = List.of(row(tab, "orders||order-1001"), row(tab, "orders||order-1002"),
                row(tab, "orders||order-1003"));

        tab.delete(three);

        assertThat(dialogs.confirmations).singleElement().asString().contains("3 keys");
        assertThat(raw.get("orders||order-1001")).isEmpty();
        assertThat(raw.get("orders||order-1003")).isEmpty();
        assertThat(tab.noticeProperty().get()).isEqualTo("Deleted 3 keys.");
        assertThat(history.list()).extracting(WriteRecord::action).containsOnly(WriteRecord.Action.DELETE);
    }

    @Test
    void delete_recordsTheHistoryInItsBackgroundWork_neverOnTheUiThread(DynamoDbClient client, DaprTables tables) {
        String table = UiStores.sampleTable(tables);
        history = new WriteHistory(home.resolve("history.jsonl"));
        QueuedTaskRunner runner = new QueuedTaskRunner();
        StoreTabViewModel tab = new StoreTabViewModel(UiStores.session(client, table, false), runner, dialogs,
                history, Clock.systemUTC());
        tab.keys().refresh();
        runner.drain();
        List<KeyRow> two = List.of(row(tab, "orders||order-1001"), row(tab, "orders||order-1002"));

        tab.delete(two);

        // the deletes ran and no UI turn has: the history file already holds both
        assertThat(history.list()).extracting(WriteRecord::key)
                .containsExactlyInAnyOrder("orders||order-1001", "orders||order-1002");
        runner.drain();
        assertThat(history.list()).hasSize(2);
        assertThat(tab.noticeProperty().get()).isEqualTo("Deleted 2 keys.");
    }

    @Test
    void delete_declined_deletesNothing(DynamoDbClient client, DaprTables tables) {
        StoreTabViewModel tab = open(client, tables, false);
        dialogs.confirmAnswer = false;

        tab.delete(List.of(row(tab, "orders||order-1001")));

        assertThat(raw.get("orders||order-1001")).isNotEmpty();
    }

    @Test
    void newKey_isBuiltWithTheKeyPrefixRule_andWrittenOnlyOnSave(DynamoDbClient client, DaprTables tables) {
        StoreTabViewModel tab = open(client, tables, false);

        tab.createKey("orders", "order-9999", Storage.S);
        assertThat(raw.get("orders||order-9999")).isEmpty();
        assertThat(tab.editor().itemProperty().get().key().stored()).isEqualTo("orders||order-9999");
        assertThat(tab.editor().dirtyProperty().get()).isTrue();

        tab.editor().textProperty().set("{\"qty\": 1}");
        tab.editor().save();

        assertThat(raw.get("orders||order-9999").get("value").s()).isEqualTo("{\"qty\":1}");
        assertThat(tab.keys().row("orders||order-9999")).isPresent();
        assertThat(history.list()).singleElement().satisfies(record -> assertThat(record.before()).isNull());
    }

    @Test
    void newKey_thatExists_isRefused_andNothingIsWritten(DynamoDbClient client, DaprTables tables) {
        StoreTabViewModel tab = open(client, tables, false);
        String etag = raw.etag("orders||greeting");

        tab.createKey("orders", "greeting", Storage.S);

        assertThat(raw.etag("orders||greeting")).isEqualTo(etag);
        assertThat(tab.noticeProperty().get()).contains("already exists");
    }

    @Test
    void newKey_thatAnAppCreatesMeanwhile_isNotReplaced(DynamoDbClient client, DaprTables tables) {
        StoreTabViewModel tab = open(client, tables, false);
        tab.createKey("orders", "order-9998", Storage.B);
        raw.putS("orders||order-9998", "\"the app's\"");
        dialogs.conflictAnswers.add(io.statedesk.ui.conflict.ConflictChoice.KEEP_EDITING);

        tab.editor().textProperty().set("\"mine\"");
        tab.editor().save();

        assertThat(raw.get("orders||order-9998").get("value").s()).isEqualTo("\"the app's\"");
        assertThat(dialogs.conflictsShown).hasSize(1);
    }

    @Test
    void newKey_withSeparator_isRefusedWithDaprsReason(DynamoDbClient client, DaprTables tables) {
        StoreTabViewModel tab = open(client, tables, false);

        tab.createKey("orders", "a||b", Storage.S);

        assertThat(tab.noticeProperty().get()).isEqualTo("input key/keyPrefix 'a||b' can't contain '||'");
        assertThat(raw.get("orders||a||b")).isEmpty();
    }

    @Test
    void historyRestore_putsTheEarlierValueBack_checkedAgainstTheCurrentEtag(DynamoDbClient client,
            DaprTables tables) {
        StoreTabViewModel tab = open(client, tables, false);
        tab.open(row(tab, "orders||greeting"));
        tab.editor().textProperty().set("\"edited\"");
        tab.editor().save();
        io.statedesk.ui.history.HistoryViewModel view = tab.history("orders||greeting");
        view.load();

        view.restore();

        assertThat(raw.get("orders||greeting").get("value").s()).isEqualTo("\"hello\"");
        io.statedesk.ui.history.HistoryViewModel after = tab.history("orders||greeting");
        after.load();
        assertThat(after.entries()).extracting(entry -> entry.record().action())
                .containsExactly(WriteRecord.Action.RESTORE, WriteRecord.Action.SET);
    }

    @Test
    void realAws_opensReadOnly_andRefusesWrites(DynamoDbClient client, DaprTables tables) {
        StoreTabViewModel tab = open(client, tables, true);
        String etag = raw.etag("orders||order-1001");

        tab.delete(List.of(row(tab, "orders||order-1001")));
        tab.createKey("orders", "new", Storage.S);

        assertThat(tab.readOnlyProperty().get()).isTrue();
        assertThat(raw.etag("orders||order-1001")).isEqualTo(etag);
        assertThat(raw.get("orders||new")).isEmpty();
        assertThat(dialogs.confirmations).isEmpty();
    }

    @Test
    void allowingWritesOnRealAws_asksFirst(DynamoDbClient client, DaprTables tables) {
        StoreTabViewModel tab = open(client, tables, true);
        dialogs.confirmAnswer = false;

        tab.setWritesAllowed(true);
        assertThat(tab.readOnlyProperty().get()).isTrue();

        dialogs.confirmAnswer = true;
        tab.setWritesAllowed(true);
        assertThat(tab.readOnlyProperty().get()).isFalse();
        assertThat(dialogs.confirmations).hasSize(2).allSatisfy(text -> assertThat(text).contains("real AWS"));
    }

    @Test
    void autoRefresh_showsANewerVersionOfTheOpenKey(DynamoDbClient client, DaprTables tables) {
        StoreTabViewModel tab = open(client, tables, false);
        tab.open(row(tab, "orders||greeting"));
        String theirs = raw.putS("orders||greeting", "\"newer\"");

        tab.reloadOpenItem();

        assertThat(tab.editor().textProperty().get()).isEqualTo("\"newer\"");
        assertThat(tab.editor().itemProperty().get().etag()).isEqualTo(theirs);
    }

    @Test
    void autoRefresh_neverReplacesAnUnsavedEdit(DynamoDbClient client, DaprTables tables) {
        StoreTabViewModel tab = open(client, tables, false);
        tab.open(row(tab, "orders||greeting"));
        tab.editor().textProperty().set("\"my unsaved edit\"");
        raw.putS("orders||greeting", "\"newer\"");

        tab.reloadOpenItem();

        assertThat(tab.editor().textProperty().get()).isEqualTo("\"my unsaved edit\"");
    }

    @Test
    void openingAnotherKey_withAnUnsavedEdit_asksFirst_andCancelStays(DynamoDbClient client, DaprTables tables) {
        StoreTabViewModel tab = open(client, tables, false);
        List<String> stayedOn = new java.util.ArrayList<>();
        tab.setOnStay(stayedOn::add);
        tab.open(row(tab, "orders||greeting"));
        tab.editor().textProperty().set("\"my unsaved edit\"");

        tab.open(row(tab, "orders||order-1001"));

        assertThat(dialogs.unsavedQuestions).singleElement().asString().contains("not saved");
        assertThat(tab.editor().itemProperty().get().key().stored()).isEqualTo("orders||greeting");
        assertThat(tab.editor().textProperty().get()).isEqualTo("\"my unsaved edit\"");
        assertThat(stayedOn).containsExactly("orders||greeting");
    }

    @Test
    void openingAnotherKey_withAnUnsavedEdit_saveWritesItThenOpens(DynamoDbClient client, DaprTables tables) {
        StoreTabViewModel tab = open(client, tables, false);
        tab.open(row(tab, "orders||greeting"));
        tab.editor().textProperty().set("\"saved first\"");
        dialogs.unsavedAnswers.add(io.statedesk.ui.common.UnsavedChoice.SAVE);

        tab.open(row(tab, "orders||order-1001"));

        assertThat(raw.get("orders||greeting").get("value").s()).isEqualTo("\"saved first\"");
        assertThat(tab.editor().itemProperty().get().key().stored()).isEqualTo("orders||order-1001");
    }

    @Test
    void openingAnotherKey_whenTheSaveMeetsAConflict_staysOnTheEdit(DynamoDbClient client, DaprTables tables) {
        StoreTabViewModel tab = open(client, tables, false);
        tab.open(row(tab, "orders||greeting"));
        raw.putS("orders||greeting", "\"theirs\"");
        tab.editor().textProperty().set("\"mine\"");
        dialogs.unsavedAnswers.add(io.statedesk.ui.common.UnsavedChoice.SAVE);
        dialogs.conflictAnswers.add(io.statedesk.ui.conflict.ConflictChoice.KEEP_EDITING);

        tab.open(row(tab, "orders||order-1001"));

        assertThat(tab.editor().itemProperty().get().key().stored()).isEqualTo("orders||greeting");
        assertThat(tab.editor().textProperty().get()).isEqualTo("\"mine\"");
        assertThat(raw.get("orders||greeting").get("value").s()).isEqualTo("\"theirs\"");
    }

    @Test
    void bulkDelete_ofTheOpenKey_clearsTheEditor_andSaysWhatWasDone(DynamoDbClient client, DaprTables tables) {
        StoreTabViewModel tab = open(client, tables, false);
        tab.open(row(tab, "orders||order-1001"));
        long before = tab.keys().loadedProperty().get();

        tab.delete(List.of(row(tab, "orders||order-1001"), row(tab, "orders||order-1002")));

        assertThat(tab.editor().itemProperty().get()).isNull();
        assertThat(tab.noticeProperty().get()).isEqualTo("Deleted 2 keys.");
        assertThat(tab.keys().loadedProperty().get()).isEqualTo(before - 2);
        assertThat(tab.keys().statusProperty().get()).isEqualTo((before - 2) + " keys");
    }

    @Test
    void copyAsJson_hasTheShapeOfGetOutputJson(DynamoDbClient client, DaprTables tables) {
        StoreTabViewModel tab = open(client, tables, false);

        java.util.concurrent.atomic.AtomicReference<String> copied = new java.util.concurrent.atomic.AtomicReference<>();
        tab.copyText(List.of(row(tab, "orders||exact")), StoreTabViewModel.CopyWhat.JSON, copied::set);
        String json = copied.get();

        assertThat(json).startsWith("{\"key\":\"orders||exact\",\"storage\":\"S\",\"valueBase64\":")
                .contains("\"value\":{\"id\":12345678901234567890,\"price\":0.1,\"html\":\"<b>&</b>\"}")
                .contains("\"ttlExpireTime\":null,\"expired\":false}");
        tab.copyText(List.of(row(tab, "orders||greeting"), row(tab, "orders||exact")),
                StoreTabViewModel.CopyWhat.KEY, copied::set);
        assertThat(copied.get()).isEqualTo("orders||greeting\norders||exact");
    }

    @Test
    void exportSelection_writesJsonLinesThatImportReads(DynamoDbClient client, DaprTables tables) throws Exception {
        StoreTabViewModel tab = open(client, tables, false);
        Path file = home.resolve("two.jsonl");
        dialogs.filesToSave.add(file);

        tab.export(List.of(row(tab, "orders||greeting"), row(tab, "events||last-event")));

        List<String> lines = java.nio.file.Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"key\":\"orders||greeting\"").endsWith(",\"ttl\":null}");
        assertThat(lines.get(1)).contains("\"storage\":\"B\"").contains("\"value\":null");
        assertThat(tab.noticeProperty().get()).contains("Exported 2 keys");
    }

    @Test
    void valueToAFile_andBack_keepsEveryByte(DynamoDbClient client, DaprTables tables) throws Exception {
        StoreTabViewModel tab = open(client, tables, false);
        byte[] bytes = raw.get("media||thumbnail").get("value").b().asByteArray();
        Path file = home.resolve("thumbnail.bin");
        tab.open(row(tab, "media||thumbnail"));
        dialogs.filesToSave.add(file);

        tab.saveValueToFile();
        assertThat(java.nio.file.Files.readAllBytes(file)).containsExactly(bytes);

        tab.open(row(tab, "events||last-event"));
        dialogs.filesToOpen.add(file);
        tab.loadValueFromFile();
        tab.editor().save();
        assertThat(raw.get("events||last-event").get("value").b().asByteArray()).containsExactly(bytes);
    }

    @Test
    void scanOnRealAws_saysWhatItReads_andAsksFirst(DynamoDbClient client, DaprTables tables) {
        String table = UiStores.sampleTable(tables);
        history = new WriteHistory(home.resolve("history.jsonl"));
        StoreTabViewModel tab = new StoreTabViewModel(UiStores.session(client, table, true),
                new CurrentThreadTaskRunner(), dialogs, history, Clock.systemUTC());
        dialogs.confirmAnswer = false;

        tab.scan();

        assertThat(dialogs.confirmations).singleElement().asString()
                .contains("scans the whole table").contains("items").contains("read capacity units");
        assertThat(tab.keys().loadedProperty().get()).isZero();

        dialogs.confirmAnswer = true;
        tab.scan();
        tab.scan();
        assertThat(tab.keys().loadedProperty().get()).isGreaterThan(100);
        assertThat(dialogs.confirmations).hasSize(2);
    }

    @Test
    void scanOnRealAws_takesTheFiguresOfTheTableCheckMadeWhenItOpened(DynamoDbClient client, DaprTables tables) {
        String table = UiStores.sampleTable(tables);
        history = new WriteHistory(home.resolve("history.jsonl"));
        // figures no local table has: the question can only have taken them from the open's check
        TableCheck atOpen = new TableCheck(table, true, List.of(), new TableSize(4_321_000, 9L * 1_048_576 * 1024));
        StoreTabViewModel tab = new StoreTabViewModel(UiStores.session(client, table, true).withTableCheck(atOpen),
                new CurrentThreadTaskRunner(), dialogs, history, Clock.systemUTC());
        dialogs.confirmAnswer = false;

        tab.scan();

        assertThat(dialogs.confirmations).singleElement().asString().contains("about 4,321,000 items")
                .contains("9216.0 MB");
    }

    @Test
    void scanOnALocalEndpoint_neverAsks(DynamoDbClient client, DaprTables tables) {
        StoreTabViewModel tab = open(client, tables, false);

        tab.scan();

        assertThat(dialogs.confirmations).isEmpty();
        assertThat(tab.keys().loadedProperty().get()).isGreaterThan(100);
    }
}
