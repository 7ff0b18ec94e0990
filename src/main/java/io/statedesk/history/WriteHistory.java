package io.statedesk.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.statedesk.engine.model.Storage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A local, append-only log of every write StateDesk made (JSON Lines in the app data folder), so an operator can see
 * what they changed and put an earlier value back. Values are kept as base64: bytes, not text.
 */
public final class WriteHistory {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final Path file;

    public WriteHistory(Path file) {
        this.file = file;
    }

    public synchronized void record(WriteRecord record) {
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
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                out.write(JSON.writeValueAsString(line));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the write history " + file, e);
        }
    }

    /** Every record, newest first. A damaged line is skipped rather than hiding the rest. */
    public synchronized List<WriteRecord> list() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<WriteRecord> records = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    parse(line, records);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the write history " + file, e);
        }
        return reversed(records);
    }

    /** The records of one key in one table, newest first. */
    public List<WriteRecord> forKey(String table, String key) {
        return list().stream().filter(r -> key.equals(r.key()) && (table == null || table.equals(r.table())))
                .toList();
    }

    private static void parse(String line, List<WriteRecord> into) {
        try {
            JsonNode node = JSON.readTree(line);
            into.add(new WriteRecord(
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

    private static List<WriteRecord> reversed(List<WriteRecord> records) {
        List<WriteRecord> copy = new ArrayList<>(records);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
