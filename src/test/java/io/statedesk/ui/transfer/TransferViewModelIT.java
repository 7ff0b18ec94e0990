package io.statedesk.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.history.WriteHistory;
import io.statedesk.history.WriteRecord;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.transfer.CopyMode;
import io.statedesk.transfer.Expected;
import io.statedesk.transfer.FileFormat;
import io.statedesk.ui.RawItems;
import io.statedesk.ui.ScriptedDialogs;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.common.CurrentThreadTaskRunner;
import io.statedesk.session.StoreSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@WithTestDatabase
class TransferViewModelIT {

    @TempDir
    Path home;

    private DynamoDbClient client;
    private RawItems sourceRaw;
    private RawItems targetRaw;
    private StoreSession source;
    private StoreSession target;
    private ScriptedDialogs dialogs;
    private WriteHistory history;

    @BeforeEach
    void stores(DynamoDbClient client, DaprTables tables) {
        this.client = client;
        String a = tables.create();
        String b = tables.create();
        sourceRaw = new RawItems(client, a);
        targetRaw = new RawItems(client, b);
        sourceRaw.putS("orders||1", "{\"n\":1}");
        sourceRaw.putS("orders||2", "{\"n\":2}");
        targetRaw.putS("orders||2", "{\"n\":\"theirs\"}");
        source = UiStores.session(client, a, false);
        target = UiStores.session(client, b, false);
        dialogs = new ScriptedDialogs();
        history = new WriteHistory(home.resolve("history.jsonl"));
    }

    private TransferViewModel copy(List<TransferSource.Request> requests, StoreSession to) {
        TransferTarget into = new TransferTarget("target", to);
        return new TransferViewModel(new TransferSource.Keys(source, "source", requests), List.of(into), into,
                new CurrentThreadTaskRunner(), dialogs, history, Clock.systemUTC());
    }

    private static List<TransferSource.Request> keys(String... keys) {
        return java.util.Arrays.stream(keys).map(k -> new TransferSource.Request(k, new Expected.Unknown())).toList();
    }

    @Test
    void preview_showsThePlan_writesNothing_andCopyIsPossibleOnlyAfterIt() {
        TransferViewModel model = copy(keys("orders||1", "orders||2"), target);
        assertThat(model.canRunProperty().get()).isFalse();

        model.preview();

        assertThat(model.rows()).extracting(TransferRow::state).containsExactly("create", "skip exists");
        assertThat(model.statusProperty().get()).isEqualTo("Dry run: 1 to create, 1 kept (the target has them). "
                + "Nothing written yet.");
        assertThat(targetRaw.get("orders||1")).isEmpty();
        assertThat(model.canRunProperty().get()).isTrue();
        assertThat(model.rewriteFromProperty().get()).as("keys of one app prefill the rewrite").isEqualTo("orders||");
    }

    @Test
    void run_asksFirst_thenShowsEachOutcome_andKeepsTheWritesInTheHistory() {
        TransferViewModel model = copy(keys("orders||1", "orders||2"), target);
        model.preview();

        model.run();

        assertThat(dialogs.confirmations).singleElement().asString().startsWith("Write 1 key to table");
        assertThat(model.rows()).extracting(TransferRow::state).containsExactly("written", "skipped");
        assertThat(model.rows().get(0).tone()).isEqualTo(TransferRow.Tone.DONE);
        assertThat(targetRaw.get("orders||1").get("value").s()).isEqualTo("{\"n\":1}");
        assertThat(model.statusProperty().get()).isEqualTo("Copied: 1 written, 1 skipped.");
        assertThat(history.list()).singleElement().extracting(WriteRecord::key).isEqualTo("orders||1");
        assertThat(model.canRunProperty().get()).as("a plan is written once").isFalse();
    }

    @Test
    void declining_writesNothing() {
        TransferViewModel model = copy(keys("orders||1"), target);
        model.preview();
        dialogs.confirmAnswer = false;

        model.run();

        assertThat(targetRaw.get("orders||1")).isEmpty();
        assertThat(model.rows()).extracting(TransferRow::state).containsExactly("create");
    }

    @Test
    void etagChecked_aWriteMadeAfterThePreview_isReportedAsAConflict_andKept() {
        TransferViewModel model = copy(keys("orders||2"), target);
        model.modeProperty().set(CopyMode.ETAG_CHECKED);
        model.preview();
        assertThat(model.rows()).extracting(TransferRow::state).containsExactly("overwrite");
        targetRaw.putS("orders||2", "{\"n\":\"written meanwhile\"}");

        model.run();

        assertThat(model.rows()).extracting(TransferRow::state).containsExactly("conflict");
        assertThat(model.rows().get(0).tone()).isEqualTo(TransferRow.Tone.PROBLEM);
        assertThat(targetRaw.get("orders||2").get("value").s()).isEqualTo("{\"n\":\"written meanwhile\"}");
        assertThat(model.problemProperty().get()).isTrue();
    }

    @Test
    void changingASetting_asksForANewPreview() {
        TransferViewModel model = copy(keys("orders||1"), target);
        model.preview();

        model.rewriteToProperty().set("orders-v2||");

        assertThat(model.canRunProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("The settings changed: preview again before copying.");
        model.preview();
        assertThat(model.rows()).extracting(TransferRow::target).containsExactly("orders-v2||1");
    }

    @Test
    void aReadOnlyTarget_canBePreviewed_butNotWritten() {
        StoreSession readOnly = UiStores.session(client, target.config().table(), true);
        TransferViewModel model = copy(keys("orders||1"), readOnly);

        model.preview();
        model.run();

        assertThat(model.statusProperty().get()).contains("is open read-only: use \"Allow writes…\" in its tab");
        assertThat(model.canRunProperty().get()).isFalse();
        assertThat(dialogs.confirmations).isEmpty();
        assertThat(targetRaw.get("orders||1")).isEmpty();
    }

    @Test
    void importFromAFile_isPlannedAndWritten_likeACopy() throws Exception {
        Path file = home.resolve("in.csv");
        Files.writeString(file, "key,value\norders||9,\"{\"\"n\"\":9}\"\n");
        TransferTarget into = new TransferTarget("target", target);
        TransferViewModel model = new TransferViewModel(new TransferSource.File(file), List.of(into), into,
                new CurrentThreadTaskRunner(), dialogs, history, Clock.systemUTC());

        model.preview();
        model.run();

        assertThat(model.isImport()).isTrue();
        assertThat(targetRaw.get("orders||9").get("value").s()).isEqualTo("{\"n\":9}");
        assertThat(model.statusProperty().get()).isEqualTo("Imported: 1 written.");
    }

    @Test
    void aFileWithBadLines_isRefusedWhole() throws Exception {
        Path file = home.resolve("bad.jsonl");
        Files.writeString(file, "{\"key\":\"a\",\"storage\":\"S\",\"valueBase64\":\"e30=\"}\nnope\n");
        TransferTarget into = new TransferTarget("target", target);
        TransferViewModel model = new TransferViewModel(new TransferSource.File(file), List.of(into), into,
                new CurrentThreadTaskRunner(), dialogs, history, Clock.systemUTC());

        model.preview();

        assertThat(model.statusProperty().get()).startsWith("1 line of the file cannot be imported, so nothing will"
                + " be written: line 2: not a JSON object");
        assertThat(model.canRunProperty().get()).isFalse();
    }

    @Test
    void export_ofTheKeysShown_writesJsonLines_thatImportReadsBack() throws Exception {
        Path file = home.resolve("out.jsonl");
        ExportViewModel export = new ExportViewModel(source, List.of(), List.of("orders||1"), "", new CurrentThreadTaskRunner(),
                dialogs);
        dialogs.filesToSave.add(file);

        export.export();

        assertThat(export.statusProperty().get()).startsWith("Exported 1 key to ");
        assertThat(Files.readAllLines(file)).singleElement().asString().contains("\"key\":\"orders||1\"");
    }

    @Test
    void export_ofAPrefix_asCsv_scansAndLeavesOutWhatCsvCannotHold() throws Exception {
        sourceRaw.putB("orders||bin", new byte[] {0, 1});
        Path file = home.resolve("out.csv");
        ExportViewModel export = new ExportViewModel(source, List.of(), List.of(), "orders||",
                new CurrentThreadTaskRunner(), dialogs);
        export.scopeProperty().set(ExportViewModel.Scope.PREFIX);
        export.formatProperty().set(FileFormat.CSV);

        export.exportTo(file);

        assertThat(Files.readAllLines(file)).first().isEqualTo("key,value");
        assertThat(Files.readAllLines(file)).hasSize(3);
        assertThat(export.statusProperty().get()).contains("1 value that CSV cannot hold");
    }
}
