package io.statedesk.ui.editor;

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
import io.statedesk.ui.common.QueuedTaskRunner;
import io.statedesk.ui.common.ValueKind;
import io.statedesk.ui.conflict.ConflictChoice;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@WithTestDatabase
class ValueEditorViewModelIT {

    @TempDir
    Path home;

    private RawItems raw;
    private StoreSession session;
    private ScriptedDialogs dialogs;
    private WriteHistory history;
    private ValueEditorViewModel editor;

    @BeforeEach
    void openSampleTable(DynamoDbClient client, DaprTables tables) {
        String table = UiStores.sampleTable(tables);
        raw = new RawItems(client, table);
        session = UiStores.session(client, table, false);
        dialogs = new ScriptedDialogs();
        history = new WriteHistory(home.resolve("history.jsonl"));
        editor = new ValueEditorViewModel(session::store, new CurrentThreadTaskRunner(), dialogs, history,
                Clock.systemUTC(), "statestore");
    }

    private void open(String key) {
        StateItem item = session.store().browse(key).orElseThrow();
        editor.show(item);
    }

    @Test
    void jsonEdit_savesCompact_withNumbersExactAndNoHtmlEscaping() {
        open("orders||exact");
        assertThat(editor.kindProperty().get()).isEqualTo(ValueKind.JSON);
        assertThat(editor.textProperty().get()).contains("\n").contains("12345678901234567890");
        String etagBefore = raw.etag("orders||exact");

        editor.textProperty().set(editor.textProperty().get().replace("0.1", "0.25"));
        editor.save();

        Map<String, AttributeValue> stored = raw.get("orders||exact");
        assertThat(stored.get("value").s())
                .isEqualTo("{\"id\":12345678901234567890,\"price\":0.25,\"html\":\"<b>&</b>\"}");
        assertThat(stored.get("etag").s()).isNotEqualTo(etagBefore).matches("[0-9a-f]{1,16}");
        assertThat(editor.errorProperty().get()).isEmpty();
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(history.list()).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("orders||exact");
            assertThat(record.etagBefore()).isEqualTo(etagBefore);
            assertThat(record.etagAfter()).isEqualTo(stored.get("etag").s());
        });
    }

    @Test
    void save_recordsTheWriteInItsBackgroundWork_neverOnTheUiThread() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        ValueEditorViewModel queued = new ValueEditorViewModel(session::store, runner, dialogs, history,
                Clock.systemUTC(), "statestore");
        queued.show(session.store().browse("orders||greeting").orElseThrow());
        queued.textProperty().set("\"recorded off the UI thread\"");
        List<Integer> recordsPerUiTurn = new ArrayList<>();
        runner.afterEachTurn(() -> recordsPerUiTurn.add(history.list().size()));

        queued.save();

        // the background work is done and no UI turn has run: the history file already holds the write
        assertThat(history.list()).singleElement().satisfies(record -> assertThat(record.key())
                .isEqualTo("orders||greeting"));
        runner.drain();
        assertThat(recordsPerUiTurn).isNotEmpty().containsOnly(1);
        assertThat(queued.messageProperty().get()).startsWith("Saved. New ETag");
    }

    @Test
    void binaryValue_withOnlyItsTtlChanged_savesTheSameBytes_asB() {
        open("events||last-event");
        byte[] before = raw.get("events||last-event").get("value").b().asByteArray();
        assertThat(editor.kindProperty().get()).isEqualTo(ValueKind.BINARY);

        editor.ttlProperty().set("2h");
        editor.save();

        Map<String, AttributeValue> stored = raw.get("events||last-event");
        assertThat(stored.get("value").b()).isNotNull();
        assertThat(stored.get("value").b().asByteArray()).containsExactly(before);
        assertThat(Long.parseLong(stored.get("expiresAt").n()) - java.time.Instant.now().getEpochSecond())
                .isBetween(7_000L, 7_200L);
    }

    @Test
    void aNewEdit_clearsTheMessageOfTheLastSave() {
        open("orders||greeting");
        editor.textProperty().set("\"first\"");
        editor.save();
        assertThat(editor.messageProperty().get()).startsWith("Saved. New ETag");

        editor.textProperty().set("\"second\"");

        assertThat(editor.messageProperty().get()).isEmpty();
    }

    @Test
    void save_withNothingChanged_writesNothing_andSaysSo() {
        open("orders||greeting");
        String etag = raw.etag("orders||greeting");

        editor.save();

        assertThat(raw.etag("orders||greeting")).isEqualTo(etag);
        assertThat(history.list()).isEmpty();
        assertThat(editor.messageProperty().get()).contains("Nothing changed");
    }

    @Test
    void jsonWithADuplicateKey_asksFirst_andDecliningWritesNothing() {
        open("orders||greeting");
        String etag = raw.etag("orders||greeting");
        dialogs.confirmAnswer = false;

        editor.textProperty().set("{\"a\": 1, \"a\": 2}");
        assertThat(editor.warningProperty().get()).contains("\"a\"");
        editor.save();

        assertThat(dialogs.confirmations).singleElement().asString().contains("\"a\" appears twice");
        assertThat(raw.etag("orders||greeting")).isEqualTo(etag);

        dialogs.confirmAnswer = true;
        editor.save();
        assertThat(raw.get("orders||greeting").get("value").s()).isEqualTo("{\"a\":1,\"a\":2}");
    }

    @Test
    void ttl_isShownAsTimeLeft_andTypedAsADuration() {
        open("orders||session-live");
        assertThat(editor.ttlProperty().get()).matches("23h 59m|1d");
        assertThat(editor.ttlHintProperty().get()).startsWith("Expires ").contains("UTC");

        editor.ttlProperty().set("7d");
        assertThat(editor.ttlHintProperty().get()).startsWith("On Save: expires").contains("in 7d");
        editor.save();

        long left = Long.parseLong(raw.get("orders||session-live").get("expiresAt").n())
                - java.time.Instant.now().getEpochSecond();
        assertThat(left).isBetween(7 * 86_400L - 5, 7 * 86_400L);
    }

    @Test
    void ttl_thatIsNotUnderstood_isRefused_andNothingIsWritten() {
        open("orders||session-live");
        String etag = raw.etag("orders||session-live");

        editor.ttlProperty().set("next week");
        editor.save();

        assertThat(editor.errorProperty().get()).contains("not understood");
        assertThat(raw.etag("orders||session-live")).isEqualTo(etag);
    }

    @Test
    void afterAnEncryptedValue_aJsonValue_isEditable_andDescribedAsItself() {
        open("secure||card");
        assertThat(editor.editableProperty().get()).isFalse();
        assertThat(editor.detailsProperty().get()).contains("encrypted");

        open("orders||greeting");

        assertThat(editor.editableProperty().get()).isTrue();
        assertThat(editor.detailsProperty().get()).doesNotContain("encrypted");
    }

    @Test
    void loadedBytes_areSavedExactly() {
        open("checkout||cart-43");
        byte[] file = "{\n  \"items\" : [ ],\n  \"total\" : 1.50\n}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        editor.loadBytes(file, "cart.json");
        editor.save();

        assertThat(raw.get("checkout||cart-43").get("value").b().asByteArray()).containsExactly(file);
    }

    @Test
    void editedSdkJsonBytes_keepStorageB() {
        open("checkout||cart-42");
        assertThat(editor.kindProperty().get()).isEqualTo(ValueKind.JSON);

        editor.textProperty().set(editor.textProperty().get().replace("19.99", "21.00"));
        editor.save();

        AttributeValue value = raw.get("checkout||cart-42").get("value");
        assertThat(value.s()).isNull();
        assertThat(value.b().asUtf8String()).isEqualTo("{\"items\":[{\"sku\":\"A1\",\"qty\":2}],\"total\":21.00}");
    }

    @Test
    void invalidJson_isRefusedWithItsPosition_andNothingIsWritten() {
        open("orders||greeting");
        String etag = raw.etag("orders||greeting");

        editor.textProperty().set("{\"a\": 1,\n  \"b\" 2}");
        editor.save();

        assertThat(editor.errorProperty().get()).contains("line 2");
        assertThat(raw.etag("orders||greeting")).isEqualTo(etag);
        assertThat(editor.textProperty().get()).isEqualTo("{\"a\": 1,\n  \"b\" 2}");
    }

    @Test
    void conflict_takeTheirs_discardsMine_andShowsTheirs() {
        open("orders||greeting");
        String theirsEtag = raw.putS("orders||greeting", "\"changed by someone else\"");
        dialogs.conflictAnswers.add(ConflictChoice.TAKE_THEIRS);

        editor.textProperty().set("\"mine\"");
        editor.save();

        assertThat(dialogs.conflictsShown).singleElement().satisfies(conflict -> {
            assertThat(conflict.theirs()).isEqualTo("\"changed by someone else\"");
            assertThat(conflict.mine()).isEqualTo("\"mine\"");
            assertThat(conflict.theirsEtag()).contains(theirsEtag);
        });
        assertThat(raw.get("orders||greeting").get("value").s()).isEqualTo("\"changed by someone else\"");
        assertThat(editor.textProperty().get()).isEqualTo("\"changed by someone else\"");
        assertThat(editor.itemProperty().get().etag()).isEqualTo(theirsEtag);
    }

    @Test
    void conflict_keepEditing_writesNothing_thenNextSaveIsCheckedAgainstTheirs() {
        open("orders||greeting");
        String theirsEtag = raw.putS("orders||greeting", "\"theirs\"");
        dialogs.conflictAnswers.add(ConflictChoice.KEEP_EDITING);

        editor.textProperty().set("\"mine\"");
        editor.save();

        assertThat(raw.get("orders||greeting").get("value").s()).isEqualTo("\"theirs\"");
        assertThat(raw.etag("orders||greeting")).isEqualTo(theirsEtag);
        assertThat(editor.textProperty().get()).isEqualTo("\"mine\"");

        editor.save();

        assertThat(raw.get("orders||greeting").get("value").s()).isEqualTo("\"mine\"");
        assertThat(dialogs.conflictsShown).hasSize(1);
    }

    @Test
    void conflict_overwrite_isCheckedAgainstTheirNewEtag_soAThirdWriterIsStillCaught() {
        open("orders||greeting");
        raw.putS("orders||greeting", "\"second writer\"");
        dialogs.conflictAnswers.add(ConflictChoice.OVERWRITE);
        dialogs.conflictAnswers.add(ConflictChoice.TAKE_THEIRS);
        dialogs.onConflict = () -> {
            if (dialogs.conflictsShown.size() == 1) {
                raw.putS("orders||greeting", "\"third writer\"");
            }
        };

        editor.textProperty().set("\"mine\"");
        editor.save();

        assertThat(dialogs.conflictsShown).hasSize(2);
        assertThat(dialogs.conflictsShown.get(1).theirs()).isEqualTo("\"third writer\"");
        assertThat(raw.get("orders||greeting").get("value").s()).isEqualTo("\"third writer\"");
    }

    @Test
    void conflict_overwrite_replacesTheirs_whenNoOneElseWrote() {
        open("orders||greeting");
        raw.putS("orders||greeting", "\"theirs\"");
        dialogs.conflictAnswers.add(ConflictChoice.OVERWRITE);

        editor.textProperty().set("\"mine\"");
        editor.save();

        assertThat(raw.get("orders||greeting").get("value").s()).isEqualTo("\"mine\"");
        assertThat(editor.itemProperty().get().etag()).isEqualTo(raw.etag("orders||greeting"));
    }

    @Test
    void deletedMeanwhile_isItsOwnCase_andOverwriteCreatesItAgain() {
        open("orders||greeting");
        raw.delete("orders||greeting");
        dialogs.conflictAnswers.add(ConflictChoice.OVERWRITE);

        editor.textProperty().set("\"back again\"");
        editor.save();

        assertThat(dialogs.conflictsShown).singleElement()
                .satisfies(conflict -> assertThat(conflict.deletedMeanwhile()).isTrue());
        assertThat(raw.get("orders||greeting").get("value").s()).isEqualTo("\"back again\"");
    }

    @Test
    void legacyItemWithoutEtag_isSavedOnlyIfStillWithoutEtag() {
        open("legacy||profile");
        assertThat(editor.itemProperty().get().etag()).isNull();

        editor.textProperty().set("{\"a\": 2}");
        editor.save();

        Map<String, AttributeValue> stored = raw.get("legacy||profile");
        assertThat(stored.get("value").s()).isEqualTo("{\"a\":2}");
        assertThat(stored.get("etag").s()).matches("[0-9a-f]{1,16}");
    }

    @Test
    void saving_keepsTheTtl_asTheTimeLeft() {
        long before = Long.parseLong(raw.get("orders||session-live").get("expiresAt").n());
        open("orders||session-live");
        assertThat(editor.ttlProperty().get()).isNotEmpty();

        editor.textProperty().set("\"still active\"");
        editor.save();

        long after = Long.parseLong(raw.get("orders||session-live").get("expiresAt").n());
        assertThat(after).isBetween(before - 2, before + 2);
    }

    @Test
    void clearingTheTtl_savesWithoutTtlAttribute() {
        open("orders||session-live");

        editor.ttlProperty().set("");
        editor.save();

        assertThat(raw.get("orders||session-live")).doesNotContainKey("expiresAt");
    }

    @Test
    void readOnlySession_refusesToSave_andWritesNothing(DynamoDbClient client, DaprTables tables) {
        String table = UiStores.sampleTable(tables);
        RawItems rawReadOnly = new RawItems(client, table);
        StoreSession readOnly = UiStores.session(client, table, true);
        ValueEditorViewModel model = new ValueEditorViewModel(readOnly::store, new CurrentThreadTaskRunner(),
                dialogs, history, Clock.systemUTC(), "statestore");
        String etag = rawReadOnly.etag("orders||greeting");
        model.show(readOnly.store().browse("orders||greeting").orElseThrow());

        model.textProperty().set("\"mine\"");
        model.save();

        assertThat(model.errorProperty().get()).contains("read-only");
        assertThat(rawReadOnly.etag("orders||greeting")).isEqualTo(etag);
        assertThat(history.list()).isEmpty();
    }

    @Test
    void encryptedValue_isShownAsEncrypted_andNotEditable() {
        open("secure||card");

        assertThat(editor.kindProperty().get()).isEqualTo(ValueKind.ENCRYPTED);
        assertThat(editor.editable()).isFalse();
    }

    @Test
    void binaryThatIsText_canBeViewedAsJson_keepingItsBytes() {
        open("billing||OrderActor||o-77||status");
        byte[] before = raw.get("billing||OrderActor||o-77||status").get("value").b().asByteArray();

        editor.viewAs(ValueKind.BINARY);
        assertThat(editor.textProperty().get()).isEqualTo(java.util.Base64.getEncoder().encodeToString(before));
        editor.viewAs(ValueKind.JSON);
        assertThat(editor.dirtyProperty().get()).isFalse();
        editor.ttlProperty().set("1h");
        editor.save();

        assertThat(raw.get("billing||OrderActor||o-77||status").get("value").b().asByteArray())
                .containsExactly(before);
        assertThat(history.list()).extracting(WriteRecord::key).containsExactly("billing||OrderActor||o-77||status");
    }
}
