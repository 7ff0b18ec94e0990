package io.statedesk.transfer;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.statedesk.engine.model.StateItem;
import io.statedesk.search.ValueText;
import io.statedesk.dapr.encryption.EncryptionSetup;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes items to a file as they come (from a selection or a scan's pages, possibly from several threads): JSON
 * Lines in the command line's export format, or CSV of key and value for text values. The file is written beside
 * its place and moved there by {@link #commit()}, so a failed or cancelled export never leaves half a file.
 */
public final class ItemExporter implements AutoCloseable {

    /** What an export wrote: items written, and values CSV cannot hold (binary, encrypted). */
    public record Result(Path file, long written, long skipped) {
    }

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema CSV_SCHEMA = CsvSchema.builder().addColumn("key").addColumn("value")
            .setUseHeader(true).build();

    private final Path target;
    private final Path partial;
    private final FileFormat format;
    private final BufferedWriter out;
    private final SequenceWriter csv;
    private long written;
    private long skipped;
    private boolean done;

    public ItemExporter(Path file, FileFormat format) {
        this.target = file.toAbsolutePath();
        this.partial = target.resolveSibling(target.getFileName() + ".part");
        this.format = format;
        try {
            this.out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
            this.csv = format == FileFormat.CSV ? CSV.writer(CSV_SCHEMA).writeValues(out) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + partial + ": " + e.getMessage(), e);
        }
    }

    public synchronized void accept(StateItem item) {
        try {
            if (format == FileFormat.JSON_LINES) {
                // \n whatever the platform, so files compare and import the same everywhere
                ItemLines.writeLine(item, out);
                out.write('\n');
                written++;
                return;
            }
            // CSV holds text: a value is written as the text it is stored as (never decrypted into a file)
            ValueText value = ValueText.of(item, EncryptionSetup.none());
            if (value.kind() != ValueText.Kind.TEXT) {
                skipped++;
                return;
            }
            csv.write(List.of(item.key().stored(), value.text()));
            written++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + partial + ": " + e.getMessage(), e);
        }
    }

    public synchronized long written() {
        return written;
    }

    /** Moves the finished file in place of {@code file}. */
    public synchronized Result commit() {
        try {
            if (csv != null) {
                csv.flush();
            }
            out.close();
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            done = true;
            return new Result(target, written, skipped);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Without {@link #commit()}: deletes what was written. */
    @Override
    public synchronized void close() {
        if (done) {
            return;
        }
        try {
            out.close();
        } catch (IOException ignored) {
            // the file goes anyway
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // nothing more can be done about a partial file that cannot be deleted
        }
    }
}
