package io.statedesk.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.statedesk.engine.model.Storage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteHistoryTest {

    @TempDir
    Path dir;

    private static WriteRecord set(String key, String after, int second) {
        return new WriteRecord(Instant.ofEpochSecond(1_700_000_000L + second), "statestore", "dapr-state", key,
                WriteRecord.Action.SET, Storage.S, null, after.getBytes(StandardCharsets.UTF_8), null, "e" + second);
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    @Test
    void newHistoryFile_isReadableByItsOwnerOnly() throws IOException {
        assumeTrue(posix(), "POSIX permissions");
        WriteHistory history = new WriteHistory(dir.resolve("history.jsonl"));

        history.record(set("myapp||k", "{\"v\":1}", 1));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(history.file())))
                .isEqualTo("rw-------");
    }

    @Test
    void historyFileOfAnEarlierVersion_isNarrowedToTheOwner_atTheNextWrite() throws IOException {
        assumeTrue(posix(), "POSIX permissions");
        Path file = dir.resolve("history.jsonl");
        Files.writeString(file, "");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        new WriteHistory(file).record(set("myapp||k", "1", 1));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void fullHistory_movesAside_keepingTheNewestRecords_andTheFilesUnderTwiceTheLimit() throws IOException {
        WriteHistory history = new WriteHistory(dir.resolve("history.jsonl"), 2_000);

        for (int i = 0; i < 100; i++) {
            history.record(set("myapp||k" + i, "{\"n\":" + i + "}", i));
        }

        assertThat(history.rotated()).isEqualTo(dir.resolve("history.1.jsonl")).exists();
        assertThat(Files.size(history.file())).isLessThanOrEqualTo(2_000);
        assertThat(Files.size(history.rotated())).isLessThanOrEqualTo(2_000);
        List<WriteRecord> kept = history.list();
        assertThat(kept).isNotEmpty().hasSizeLessThan(100);
        assertThat(kept.get(0).key()).isEqualTo("myapp||k99");
        // the records of both files, newest first, none lost between them
        assertThat(kept).extracting(WriteRecord::time).isSortedAccordingTo((a, b) -> b.compareTo(a));
        int oldest = Integer.parseInt(kept.get(kept.size() - 1).key().substring("myapp||k".length()));
        assertThat(kept).hasSize(100 - oldest);
        if (posix()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(history.rotated())))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void forKey_findsTheRecordsInBothFiles_newestFirst() {
        WriteHistory history = new WriteHistory(dir.resolve("history.jsonl"), 600);
        for (int i = 0; i < 6; i++) {
            history.record(set(i % 2 == 0 ? "myapp||a" : "myapp||b", "v" + i, i));
        }

        assertThat(history.rotated()).exists();
        assertThat(history.forKey("dapr-state", "myapp||a")).extracting(WriteRecord::etagAfter)
                .containsExactly("e4", "e2", "e0");
    }

    @Test
    void clear_deletesBothFiles() {
        WriteHistory history = new WriteHistory(dir.resolve("history.jsonl"), 300);
        for (int i = 0; i < 5; i++) {
            history.record(set("myapp||k", "v" + i, i));
        }

        history.clear();

        assertThat(history.file()).doesNotExist();
        assertThat(history.rotated()).doesNotExist();
        assertThat(history.list()).isEmpty();
    }

    @Test
    void damagedLine_isSkipped_theOthersKept() throws IOException {
        WriteHistory history = new WriteHistory(dir.resolve("history.jsonl"));
        history.record(set("myapp||k", "1", 1));
        Files.writeString(history.file(), "{\"time\":\"half-writ\n", java.nio.file.StandardOpenOption.APPEND);
        history.record(set("myapp||k", "2", 2));

        assertThat(history.list()).extracting(WriteRecord::etagAfter).containsExactly("e2", "e1");
    }

    /**
     * Read a line at a time: a record reaches the caller while the rest of the file has not been written yet. The
     * history is a named pipe whose writer waits for the first record to arrive before it closes; a reader that
     * takes the whole file first gets nothing until the writer gives up waiting.
     */
    @Test
    void records_areHandedOver_asTheyAreRead_notAfterTheWholeFile() throws Exception {
        Path pipe = dir.resolve("history.jsonl");
        assumeTrue(mkfifo(pipe), "mkfifo");
        WriteHistory writer = new WriteHistory(dir.resolve("source.jsonl"));
        writer.record(set("myapp||k", "first", 1));
        byte[] firstLine = Files.readAllBytes(writer.file());
        CountDownLatch delivered = new CountDownLatch(1);
        CompletableFuture<Boolean> deliveredWhileOpen = CompletableFuture.supplyAsync(() -> {
            try (OutputStream out = Files.newOutputStream(pipe)) {
                out.write(firstLine);
                out.flush();
                return delivered.await(30, TimeUnit.SECONDS);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        List<WriteRecord> seen = new ArrayList<>();

        new WriteHistory(pipe).forEach(record -> {
            seen.add(record);
            delivered.countDown();
        });

        assertThat(deliveredWhileOpen.get(60, TimeUnit.SECONDS)).as("first record delivered before the end").isTrue();
        assertThat(seen).extracting(WriteRecord::etagAfter).containsExactly("e1");
    }

    private static boolean mkfifo(Path path) {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
