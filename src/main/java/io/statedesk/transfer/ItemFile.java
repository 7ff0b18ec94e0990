package io.statedesk.transfer;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.statedesk.engine.model.Storage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a file to import, whole and checked before anything is written: JSON Lines as the command line exports them
 * (bytes, storage, ETag and TTL kept), or CSV with a {@code key,value} header (values written as text, S, as
 * daprd's HTTP API stores them).
 */
public final class ItemFile {

    /** At most this many problems are listed; the rest are counted. */
    public static final int MAX_PROBLEMS = 100;

    /**
     * @param items    the items to write, in file order
     * @param problems lines that cannot be imported, at most {@link #MAX_PROBLEMS}
     * @param invalid  how many lines cannot be imported
     */
    public record Contents(FileFormat format, List<WriteItem> items, List<String> problems, int invalid) {
    }

    private ItemFile() {
    }

    public static Contents read(Path file) throws IOException {
        FileFormat format = FileFormat.of(file);
        return format == FileFormat.CSV ? csv(file) : jsonLines(file);
    }

    private static Contents jsonLines(Path file) throws IOException {
        List<WriteItem> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int invalid = 0;
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            int number = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                try {
                    ItemLines.Line line = ItemLines.parse(number, text);
                    items.add(new WriteItem("line " + number, line.key(), line.value(), line.storage(), line.ttl(),
                            Expected.etagOrUnknown(line.etag())));
                } catch (ItemLines.BadLine bad) {
                    if (++invalid <= MAX_PROBLEMS) {
                        problems.add("line " + number + ": " + bad.getMessage());
                    }
                }
            }
        }
        return new Contents(FileFormat.JSON_LINES, items, problems, invalid);
    }

    private static Contents csv(Path file) throws IOException {
        List<WriteItem> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int invalid = 0;
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS);
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class).with(schema)
                .readValues(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            CsvSchema header = (CsvSchema) rows.getParserSchema();
            if (header.column("key") == null || header.column("value") == null) {
                throw new IOException("the first line must be the header key,value (found: "
                        + String.join(",", header.getColumnNames()) + ")");
            }
            while (rows.hasNextValue()) {
                int line = rows.getCurrentLocation().getLineNr();
                Map<String, String> row = rows.nextValue();
                String key = row.get("key");
                String value = row.get("value");
                if (key == null || key.isEmpty()) {
                    if (++invalid <= MAX_PROBLEMS) {
                        problems.add("line " + line + ": key is empty");
                    }
                    continue;
                }
                items.add(new WriteItem("line " + line, key, (value == null ? "" : value)
                        .getBytes(StandardCharsets.UTF_8), Storage.S, null, Expected.unknown()));
            }
        } catch (RuntimeException e) {
            throw new IOException("not a CSV file of key,value: " + e.getMessage(), e);
        }
        return new Contents(FileFormat.CSV, items, problems, invalid);
    }
}
