package io.statedesk.cli;

import io.statedesk.transfer.ItemLines;
import io.statedesk.engine.scan.ScanControl;
import io.statedesk.search.ValueQuery;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write items as JSON Lines, one item a line, with the fields of get --output json plus ttl "
                + "(the TTL epoch in seconds). valueBase64 keeps every byte; import reads it back.",
                "Expired items are exported too."},
        footerHeading = "%nExample:%n",
        footer = {"  statedesk export --prefix 'myapp||' --file myapp-state.jsonl",
                "  statedesk export --app-id myapp | jq -r .key",
                "  statedesk export --where \"status == 'pending'\" --file stuck.jsonl"})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    StateDeskCommand root;

    @Mixin
    KeyOptions keyOptions;

    @Mixin
    SearchOptions search;

    @Option(names = "--prefix", paramLabel = "P",
            description = "Only keys starting with P (the stored key, or the app's key with --app-id).")
    String prefix;

    @Option(names = "--file", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path file;

    /** --output names a format in every command; export writes JSON Lines only (it named the file until 0.1). */
    @Option(names = "--output", paramLabel = "json", hidden = true)
    String output;

    @Override
    public Integer call() {
        if (output != null && !output.equalsIgnoreCase("json")) {
            throw CliException.usage("--output names the output format in every command (text, json or raw), and "
                    + "export writes JSON Lines only (--output json); to write to a file use --file "
                    + (output.equalsIgnoreCase("text") || output.equalsIgnoreCase("raw") ? "FILE" : output));
        }
        query = search.query().orElse(null);
        try (StoreSession session = root.openStore()) {
            String scanPrefix = keyOptions.storedKey(session.target().config(), prefix == null ? "" : prefix);
            long count;
            if (file == null) {
                count = export(session, scanPrefix, root.context().out());
            } else {
                // A partial file never takes the place of the old one: write beside it, then move.
                Path absolute = file.toAbsolutePath();
                Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
                try (BufferedWriter writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                     PrintWriter out = new PrintWriter(writer)) {
                    count = export(session, scanPrefix, out);
                    if (out.checkError()) {
                        throw CliException.failure("cannot write " + partial);
                    }
                } catch (RuntimeException e) {
                    Files.deleteIfExists(partial);
                    throw e;
                }
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            root.context().err().println("exported " + count + " items from table "
                    + session.target().config().table() + (file == null ? "" : " to " + file));
        } catch (IOException e) {
            throw CliException.failure("cannot write " + file + ": " + e.getMessage(), e);
        }
        return ExitCodes.OK;
    }

    private ValueQuery query;

    private long export(StoreSession session, String scanPrefix, PrintWriter out) {
        AtomicLong count = new AtomicLong();
        // Lines use \n whatever the platform, so that files compare and import the same everywhere.
        ScanControl control = new ScanControl();
        AtomicBoolean closed = new AtomicBoolean();
        // Each page is written and flushed as it arrives: memory holds one page, whatever the table's size.
        Scans.Searched searched = Scans.search(session.store(), Scans.request(scanPrefix, false), query,
                session.target().encryption(), control, item -> {
                    try {
                        ItemLines.writeLine(item, out);
                    } catch (IOException e) {
                        throw CliException.failure("cannot write JSON: " + e.getMessage(), e);
                    }
                    out.print('\n');
                    count.incrementAndGet();
                }, () -> {
                    // checkError flushes; a closed output (export | head) stops the scan.
                    if (out.checkError()) {
                        closed.set(true);
                        control.cancel();
                    }
                });
        out.flush();
        if (closed.get()) {
            throw CliException.failure("could not write after " + count.get()
                    + " items (the output was closed or is full); the export is incomplete");
        }
        if (!searched.summary().complete()) {
            throw CliException.failure("the scan stopped before the end; the export is incomplete");
        }
        if (query != null) {
            root.context().err().println(SearchOptions.summary(searched.counts()));
        }
        return count.get();
    }
}
