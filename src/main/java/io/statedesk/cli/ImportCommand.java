package io.statedesk.cli;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.transfer.Expected;
import io.statedesk.transfer.ItemWriter;
import io.statedesk.transfer.WriteItem;
import io.statedesk.transfer.WriteOutcome;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Write the items of an export file back, byte for byte (S and B), with their TTL epoch.",
                "The whole file is checked before anything is written. Every write gets a new ETag, as in Dapr.",
                "Modes: create-only (default) skips keys that have an item, overwrite replaces them, etag-checked "
                        + "replaces only items that still have the exported ETag. Skipped keys make exit 3."},
        footerHeading = "%nExample:%n",
        footer = {"  statedesk import myapp-state.jsonl --mode overwrite --dry-run",
                "  statedesk --component prod.yaml --allow-writes import backup.jsonl --mode etag-checked"})
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    StateDeskCommand root;

    @Parameters(index = "0", paramLabel = "FILE", description = "The JSON Lines file, or - for standard input.")
    String source;

    @Option(names = "--mode", paramLabel = "create-only|overwrite|etag-checked", defaultValue = "create-only",
            converter = ImportMode.Converter.class, description = "What to do with keys that already have an item.")
    ImportMode mode;

    @Option(names = "--dry-run", description = "Check the file and print what would be written; write nothing.")
    boolean dryRun;

    private byte[] stdinBytes;
    private int written;
    private int unchanged;
    private int conflicts;
    private int failed;
    private int unknown;
    /** The line where a failure that every later line would share stopped the import, or 0. */
    private int stoppedAt;

    @Override
    public Integer call() {
        Checked checked = checkAll();
        PrintWriter out = root.context().out();
        if (dryRun) {
            StoreConfig config = root.target().config();
            forEachRecord(r -> out.println("would write " + describe(r) + planNote(config, r)));
            out.println("dry run: " + checked.records() + " items checked, nothing written (mode " + mode.text()
                    + ")");
            return ExitCodes.OK;
        }
        try (StoreSession session = root.openStore()) {
            StateStore store = session.store();
            if (store.config().ttlAttribute().isEmpty() && checked.anyTtl()) {
                root.context().err().println("warning: component '" + session.target().componentName()
                        + "' sets no ttlAttributeName: TTL values are not written");
            }
            ItemWriter writer = new ItemWriter(store, mode.copyMode(), root.context().clock());
            forEachRecord(record -> importOne(writer, record));
        } finally {
            int settled = written + unchanged + conflicts + failed + unknown;
            out.println("imported " + written + " of " + checked.records() + " items (mode " + mode.text() + "): "
                    + (unchanged > 0 ? unchanged + " already there with the same value, " : "")
                    + conflicts + " conflicts, " + failed + " failed"
                    + (unknown > 0 ? ", " + unknown + " with unknown outcome" : "")
                    + (stoppedAt > 0 ? "; stopped at line " + stoppedAt + ", " + (checked.records() - settled)
                    + " items not imported yet" : ""));
            if (unknown > 0 || stoppedAt > 0) {
                root.context().err().println("resume: run the same import again with --mode "
                        + (mode == ImportMode.OVERWRITE ? "overwrite (it writes every item again)"
                        : mode.text() + ": items already written are recognised and skipped, nothing is "
                        + "overwritten"));
            }
        }
        if (unknown > 0) {
            return ExitCodes.OUTCOME_UNKNOWN;
        }
        return failed > 0 ? ExitCodes.FAILURE : conflicts > 0 ? ExitCodes.CONFLICT : ExitCodes.OK;
    }

    private void importOne(ItemWriter writer, ImportRecord record) {
        WriteItem item = new WriteItem("line " + record.line(), record.key(), record.value(), record.storage(),
                record.ttl(), mode == ImportMode.ETAG_CHECKED ? Expected.etagOrUnknown(record.etag())
                : Expected.unknown());
        ItemWriter.Result result = writer.write(item);
        String where = "line " + record.line() + ": key '" + record.key() + "': ";
        WriteOutcome outcome = result.outcome();
        if (outcome instanceof WriteOutcome.Written) {
            written++;
            if (result.ttlInexact()) {
                root.context().err().println("warning: line " + record.line() + ": key '" + record.key()
                        + "': the TTL epoch may differ from " + record.ttl() + " by a second");
            }
        } else if (outcome instanceof WriteOutcome.Unchanged) {
            unchanged++;
        } else if (outcome instanceof WriteOutcome.Conflict) {
            conflicts++;
            root.context().err().println("conflict: " + where + root.redact(ErrorReporter.oneLine(outcome.detail())));
        } else if (outcome instanceof WriteOutcome.Unknown) {
            // The endpoint is failing: stop here, and say exactly which key is in doubt.
            unknown++;
            stoppedAt = record.line();
            root.context().err().println("unknown: " + where + root.redact(ErrorReporter.oneLine(outcome.detail())));
            throw result.stop();
        } else if (result.stop() != null) {
            // Every other line would fail the same way: stop at once, saying where.
            stoppedAt = record.line();
            root.context().err().println("stopped: " + where + root.redact(ErrorReporter.oneLine(outcome.detail())));
            throw result.stop();
        } else {
            failed++;
            root.context().err().println("failed: " + where + root.redact(ErrorReporter.oneLine(outcome.detail())));
        }
    }

    private String planNote(StoreConfig config, ImportRecord record) {
        String condition = switch (mode) {
            case CREATE_ONLY -> " unless the key has an item";
            case OVERWRITE -> "";
            case ETAG_CHECKED -> " if the item's ETag is still " + record.etag();
        };
        return condition + (record.ttl() != null && config.ttlAttribute().isEmpty()
                ? " (TTL not written: the component sets no ttlAttributeName)" : "");
    }

    private static String describe(ImportRecord record) {
        return "'" + record.key() + "' (" + record.storage() + ", " + record.value().length + " bytes"
                + (record.ttl() == null ? "" : ", ttl " + java.time.Instant.ofEpochSecond(record.ttl())) + ")";
    }

    /** How many items a checked file holds, and whether any has a TTL. */
    private record Checked(int records, boolean anyTtl) {
    }

    /** At most this many invalid lines are listed; the count says how many there were. */
    private static final int MAX_PROBLEMS_SHOWN = 100;

    /**
     * Reads and checks every line before anything is written: a bad file writes nothing. Only the findings are
     * kept, not the items: the writing pass reads the file again, so a large export imports in little memory.
     */
    private Checked checkAll() {
        List<String> problems = new ArrayList<>();
        int[] invalid = {0};
        int[] records = {0};
        boolean[] anyTtl = {false};
        forEachLine((number, text) -> {
            if (text.isBlank()) {
                return;
            }
            String problem = null;
            try {
                ImportRecord record = ImportRecord.parse(number, text);
                if (mode == ImportMode.ETAG_CHECKED && (record.etag() == null || record.etag().isEmpty())) {
                    problem = "line " + number + ": key '" + record.key() + "' has no etag to check";
                } else {
                    records[0]++;
                    anyTtl[0] |= record.ttl() != null;
                }
            } catch (ImportRecord.BadLine e) {
                problem = e.getMessage();
            }
            if (problem != null && ++invalid[0] <= MAX_PROBLEMS_SHOWN) {
                problems.add(problem);
            }
        });
        if (invalid[0] > 0) {
            problems.forEach(p -> root.context().err().println("invalid: " + p));
            if (invalid[0] > MAX_PROBLEMS_SHOWN) {
                root.context().err().println("invalid: " + (invalid[0] - MAX_PROBLEMS_SHOWN) + " more lines");
            }
            throw CliException.failure(invalid[0] + " invalid lines in " + sourceName() + "; nothing written");
        }
        return new Checked(records[0], anyTtl[0]);
    }

    private CliException changedMeanwhile(int line, Throwable cause) {
        return CliException.failure(sourceName() + " changed while it was imported (line " + line
                + " no longer passes the check); the lines before it were written", cause);
    }

    /** The items of a file that {@link #checkAll()} accepted, one at a time. */
    private void forEachRecord(java.util.function.Consumer<ImportRecord> action) {
        forEachLine((number, text) -> {
            if (!text.isBlank()) {
                ImportRecord record;
                try {
                    record = ImportRecord.parse(number, text);
                } catch (ImportRecord.BadLine e) {
                    throw changedMeanwhile(number, e);
                }
                // An ETag-checked import must never turn into a blind overwrite, even if the file changed.
                if (mode == ImportMode.ETAG_CHECKED && (record.etag() == null || record.etag().isEmpty())) {
                    throw changedMeanwhile(number, null);
                }
                action.accept(record);
            }
        });
    }

    private interface LineVisitor {
        void visit(int number, String text);
    }

    private void forEachLine(LineVisitor visitor) {
        try (BufferedReader reader = open()) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                visitor.visit(++number, line);
            }
        } catch (IOException | UncheckedIOException e) {
            throw CliException.failure("cannot read " + sourceName() + ": " + e.getMessage(), e);
        }
    }

    private BufferedReader open() throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        if ("-".equals(source)) {
            // Standard input can be read once: it is kept for the writing pass.
            if (stdinBytes == null) {
                stdinBytes = root.context().stdin().readAllBytes();
            }
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(stdinBytes), decoder));
        }
        Path file = Path.of(source);
        if (!Files.isRegularFile(file)) {
            throw CliException.failure("no file " + file);
        }
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
    }

    private String sourceName() {
        return "-".equals(source) ? "standard input" : source;
    }
}
