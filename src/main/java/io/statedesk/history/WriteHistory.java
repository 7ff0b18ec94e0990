package io.statedesk.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.statedesk.engine.model.Storage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A local, append-only log of every write StateDesk made (JSON Lines in the data folder), so an operator can see
 * what they changed and put an earlier value back. Values are kept as base64: bytes, not text.
 *
 * <p>It holds staging data, so the file is readable by its owner only (0600 where the file system has POSIX
 * permissions). It is capped: a write that would take it past {@link #DEFAULT_LIMIT} moves it to
 * {@code history.1.jsonl} (replacing the one before), so the two together hold at most twice the limit. It is read
 * a line at a time, keeping only the records asked for.
 */
public final class WriteHistory {

    /** 16 MiB: tens of thousands of writes of ordinary values. */
    public static final long DEFAULT_LIMIT = 16L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final Base64.Decoder B64D = Base64.getDecoder();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final long limit;

    public WriteHistory(Path file) {
        this(file, DEFAULT_LIMIT);
    }

    /** {@code limit}: the size in bytes at which the file is moved aside. */
    public WriteHistory(Path file, long limit) {
        this.file = file;
        this.limit = limit;
    }

    /** The file records are appended to. */
    public Path file() {
        return file;
    }

    /** Where the file goes when it is full: {@code history.1.jsonl} beside it. */
    public Path rotated() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling(dot < 0 ? name + ".1" : name.substring(0, dot) + ".1" + name.substring(dot));
    }

    public synchronized void record(WriteRecord record) {
        byte[] line = (line(record) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (Files.exists(file) && Files.size(file) > 0 && Files.size(file) + line.length > limit) {
                Files.move(file, rotated(), StandardCopyOption.REPLACE_EXISTING);
            }
            createOwnerOnly();
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
                out.write(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the write history " + file, e);
        }
    }

    /** Deletes every record (Help > Clear history): the file and the one moved aside. */
    public synchronized void clear() {
        try {
            Files.deleteIfExists(rotated());
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the write history " + file, e);
        }
    }

    /** Every record, newest first. A damaged line is skipped rather than hiding the rest. */
    public List<WriteRecord> list() {
        List<WriteRecord> records = new ArrayList<>();
        forEach(records::add);
        Collections.reverse(records);
        return records;
    }

    /** The records of one key in one table, newest first; only those are kept while the file is read. */
    public List<WriteRecord> forKey(String table, String key) {
        List<WriteRecord> records = new ArrayList<>();
        forEach(r -> {
            if (key.equals(r.key()) && (table == null || table.equals(r.table()))) {
                records.add(r);
            }
        });
        Collections.reverse(records);
        return records;
    }

    /** Every record, oldest first, read a line at a time (the file moved aside first). */
    public synchronized void forEach(Consumer<WriteRecord> action) {
        for (Path part : List.of(rotated(), file)) {
            if (!Files.exists(part)) {
                continue;
            }
            try (BufferedReader in = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!line.isBlank()) {
                        parse(line).ifPresent(action);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the write history " + part, e);
            }
        }
    }

    /** Creates the file readable by its owner only, and narrows one that an earlier version created. */
    private void createOwnerOnly() throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!Files.exists(file)) {
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
        } else if (posix && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static String line(WriteRecord record) throws UncheckedIOException {
        ObjectNode line = JSON.createObjectNode();
        line.put("time", record.time().toString());
        line.put("component", record.component());
        line.put("table", record.table());
        line.put("key", record.key());
        line.put("action", record.action().name());
        line.put("storage", record.storage() == null ? null : record.storage().name());
        line.put("before", record.before() == null ? null : B64.encodeToString(record.before()));
        line.put("after", record.after() == null ? null : B64.encodeToString(record.after()));
        line.put("etagBefore", record.etagBefore());
        line.put("etagAfter", record.etagAfter());
        try {
            return JSON.writeValueAsString(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<WriteRecord> parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return Optional.of(new WriteRecord(
                    Instant.parse(node.get("time").asText()),
                    text(node, "component"),
                    text(node, "table"),
                    node.get("key").asText(),
                    WriteRecord.Action.valueOf(node.get("action").asText()),
                    text(node, "storage") == null ? null : Storage.valueOf(text(node, "storage")),
                    bytes(node, "before"),
                    bytes(node, "after"),
                    text(node, "etagBefore"),
                    text(node, "etagAfter")));
        } catch (IOException | RuntimeException damaged) {
            // a half-written last line after a crash: skip it, keep the others
            return Optional.empty();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static byte[] bytes(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : B64D.decode(text);
    }
}
