package io.statedesk.cli;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.error.AccessDeniedException;
import io.statedesk.engine.error.EtagMismatchException;
import io.statedesk.engine.error.FirstWriteConflictException;
import io.statedesk.engine.error.OutcomeUnknownException;
import io.statedesk.engine.error.ReadOnlyException;
import io.statedesk.engine.error.StateStoreException;
import io.statedesk.engine.error.TableNotFoundException;
import io.statedesk.engine.error.ThrottledException;
import io.statedesk.engine.error.UnavailableException;
import io.statedesk.engine.model.Concurrency;
import io.statedesk.engine.model.SetRequest;
import io.statedesk.engine.model.StateItem;
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
import java.util.Objects;
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

    /** Attempts to land the exact TTL epoch: ttlInSeconds is relative to the engine's clock. */
    private static final int TTL_ATTEMPTS = 3;

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
            forEachRecord(record -> importOne(store, record));
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

    private void importOne(StateStore store, ImportRecord record) {
        try {
            Long ttlSeconds = ttlInSeconds(store.config(), record);
            String etag = store.set(request(record, ttlSeconds));
            landTtl(store, record, etag, ttlSeconds);
            written++;
        } catch (EtagMismatchException | FirstWriteConflictException e) {
            if (alreadyThere(store, record)) {
                unchanged++;
                return;
            }
            conflicts++;
            root.context().err().println("conflict: line " + record.line() + ": key '" + record.key() + "': "
                    + root.redact(ErrorReporter.oneLine(e.getMessage())));
        } catch (OutcomeUnknownException e) {
            // The endpoint is failing: stop here, and say exactly which key is in doubt.
            unknown++;
            stoppedAt = record.line();
            root.context().err().println("unknown: line " + record.line() + ": key '" + record.key() + "': "
                    + root.redact(ErrorReporter.oneLine(e.getMessage())));
            throw e;
        } catch (ReadOnlyException | AccessDeniedException | TableNotFoundException | UnavailableException
                 | ThrottledException e) {
            // Every other line would fail the same way: stop at once, saying where.
            stoppedAt = record.line();
            root.context().err().println("stopped: line " + record.line() + ": key '" + record.key() + "': "
                    + root.redact(ErrorReporter.oneLine(e.getMessage())));
            throw e;
        } catch (StateStoreException e) {
            failed++;
            root.context().err().println("failed: line " + record.line() + ": key '" + record.key() + "': "
                    + root.redact(ErrorReporter.oneLine(e.getMessage())));
        }
    }

    /**
     * A rerun after an interrupted import meets the items the first run wrote: an item that already holds exactly
     * this record's bytes, storage and TTL is the import's own result, not a conflict.
     */
    private boolean alreadyThere(StateStore store, ImportRecord record) {
        try {
            StateItem stored = store.browse(record.key()).orElse(null);
            boolean ttlMatches = store.config().ttlAttribute().isEmpty()
                    || Objects.equals(stored == null ? null : stored.ttlEpochSeconds(), record.ttl());
            return stored != null && stored.hasValue() && stored.storage() == record.storage()
                    && java.util.Arrays.equals(stored.value(), record.value()) && ttlMatches;
        } catch (StateStoreException unreadable) {
            return false;
        }
    }

    private SetRequest request(ImportRecord record, Long ttlSeconds) {
        String ttl = ttlSeconds == null ? null : ttlSeconds.toString();
        return switch (mode) {
            case CREATE_ONLY -> new SetRequest(record.key(), record.value(), record.storage(), null,
                    Concurrency.FIRST_WRITE, ttl);
            case OVERWRITE -> new SetRequest(record.key(), record.value(), record.storage(), null,
                    Concurrency.LAST_WRITE, ttl);
            case ETAG_CHECKED -> new SetRequest(record.key(), record.value(), record.storage(), record.etag(),
                    Concurrency.LAST_WRITE, ttl);
        };
    }

    /**
     * The engine takes Dapr's relative ttlInSeconds, not an epoch, and adds its own clock: if that clock differs
     * from ours, or the second turned in between, the stored epoch is off. Read it back and correct it by the
     * difference, under the new ETag, so that nobody else's write in between is overwritten.
     */
    private void landTtl(StateStore store, ImportRecord record, String etag, Long ttlSeconds) {
        if (ttlSeconds == null) {
            return;
        }
        String currentEtag = etag;
        long seconds = ttlSeconds;
        for (int attempt = 1; attempt <= TTL_ATTEMPTS; attempt++) {
            StateItem stored = store.browse(record.key()).orElse(null);
            if (stored == null || stored.ttlEpochSeconds() == null || !Objects.equals(stored.etag(), currentEtag)
                    || record.ttl().equals(stored.ttlEpochSeconds())) {
                return;
            }
            seconds -= stored.ttlEpochSeconds() - record.ttl();
            currentEtag = store.set(new SetRequest(record.key(), record.value(), record.storage(), currentEtag,
                    Concurrency.LAST_WRITE, Long.toString(seconds)));
        }
        root.context().err().println("warning: line " + record.line() + ": key '" + record.key()
                + "': the TTL epoch may differ from " + record.ttl() + " by a second");
    }

    /** Dapr's ttlInSeconds that lands on the exported epoch by our clock; null when no TTL is written. */
    private Long ttlInSeconds(StoreConfig config, ImportRecord record) {
        if (record.ttl() == null || config.ttlAttribute().isEmpty()) {
            return null;
        }
        return record.ttl() - root.context().clock().instant().getEpochSecond();
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
