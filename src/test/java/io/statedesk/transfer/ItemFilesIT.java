package io.statedesk.transfer;

import static io.statedesk.testing.EngineStores.setB;
import static io.statedesk.testing.EngineStores.setS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.Storage;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.EngineStores;
import io.statedesk.testing.WithTestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's export and import files: JSON Lines round trips every byte; CSV holds text values. */
@WithTestDatabase
class ItemFilesIT {

    @TempDir
    Path folder;

    private static List<StateItem> items(StateStore store, String... keys) {
        return java.util.Arrays.stream(keys).map(key -> store.browse(key).orElseThrow()).toList();
    }

    private static void export(Path file, FileFormat format, List<StateItem> items) {
        try (ItemExporter exporter = new ItemExporter(file, format)) {
            items.forEach(exporter::accept);
            exporter.commit();
        }
    }

    @Test
    void jsonLines_roundTripEveryByteAndStorage_intoAnotherStore(DaprTables tables) throws IOException {
        StateStore source = EngineStores.fresh(tables);
        setS(source, "app||json", "{\"n\":12345678901234567890}");
        setB(source, "app||bin", new byte[] {0, (byte) 0xfe});
        Path file = folder.resolve("out.jsonl");
        export(file, FileFormat.JSON_LINES, items(source, "app||json", "app||bin"));

        ItemFile.Contents read = ItemFile.read(file);
        assertThat(read.invalid()).isZero();
        StateStore target = EngineStores.fresh(tables);
        TransferPlanner planner = new TransferPlanner(target, CopyMode.CREATE_ONLY, Clock.systemUTC());
        TransferReport report = TransferRun.run(read.items().stream().map(planner::plan).toList(),
                new ItemWriter(target, CopyMode.CREATE_ONLY, Clock.systemUTC()), () -> false, (i, e, o) -> { });

        assertThat(report.count("written")).isEqualTo(2);
        assertThat(target.browse("app||bin").orElseThrow().value()).containsExactly(0, 0xfe);
        assertThat(target.browse("app||bin").orElseThrow().storage()).isEqualTo(Storage.B);
        assertThat(new String(target.browse("app||json").orElseThrow().value(), StandardCharsets.UTF_8))
                .isEqualTo("{\"n\":12345678901234567890}");
    }

    @Test
    void csv_holdsTextValuesOnly_andCountsTheRest(DaprTables tables) throws IOException {
        StateStore source = EngineStores.fresh(tables);
        setS(source, "app||a", "{\"note\":\"one, \\\"two\\\"\"}");
        setS(source, "app||b", "line one\nline two");
        setB(source, "app||bin", new byte[] {0, (byte) 0xfe});
        Path file = folder.resolve("out.csv");

        ItemExporter.Result result;
        try (ItemExporter exporter = new ItemExporter(file, FileFormat.CSV)) {
            items(source, "app||a", "app||b", "app||bin").forEach(exporter::accept);
            result = exporter.commit();
        }

        assertThat(result.written()).isEqualTo(2);
        assertThat(result.skipped()).isEqualTo(1);
        ItemFile.Contents read = ItemFile.read(file);
        assertThat(read.format()).isEqualTo(FileFormat.CSV);
        assertThat(read.items()).extracting(WriteItem::key).containsExactly("app||a", "app||b");
        assertThat(new String(read.items().get(1).value(), StandardCharsets.UTF_8)).isEqualTo("line one\nline two");
        assertThat(new String(read.items().get(0).value(), StandardCharsets.UTF_8))
                .isEqualTo("{\"note\":\"one, \\\"two\\\"\"}");
        assertThat(read.items()).allMatch(item -> item.storage() == Storage.S);
    }

    @Test
    void aCsvWithoutTheHeader_isRefused_sayingWhatTheFirstLineMustBe() throws IOException {
        Path file = folder.resolve("bad.csv");
        Files.writeString(file, "name,text\nx,y\n");

        assertThatThrownBy(() -> ItemFile.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("the first line must be the header key,value");
    }

    @Test
    void badJsonLines_areListedWithTheirLineNumbers() throws IOException {
        Path file = folder.resolve("bad.jsonl");
        Files.writeString(file, "{\"key\":\"a\",\"storage\":\"S\",\"valueBase64\":\"e30=\"}\nnot json\n\n"
                + "{\"key\":\"b\",\"storage\":\"X\",\"valueBase64\":\"e30=\"}\n");

        ItemFile.Contents read = ItemFile.read(file);

        assertThat(read.items()).extracting(WriteItem::key).containsExactly("a");
        assertThat(read.invalid()).isEqualTo(2);
        assertThat(read.problems().get(0)).startsWith("line 2: not a JSON object");
        assertThat(read.problems().get(1)).isEqualTo("line 4: key 'b': storage 'X' cannot be written (only S and B)");
    }

    @Test
    void aFailedExport_leavesNoFile() {
        Path file = folder.resolve("never.jsonl");
        try (ItemExporter exporter = new ItemExporter(file, FileFormat.JSON_LINES)) {
            assertThat(Files.exists(folder.resolve("never.jsonl.part"))).isTrue();
        }
        assertThat(folder.resolve("never.jsonl")).doesNotExist();
        assertThat(folder.resolve("never.jsonl.part")).doesNotExist();
    }
}
