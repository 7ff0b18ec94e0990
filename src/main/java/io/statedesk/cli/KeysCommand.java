package io.statedesk.cli;

import io.statedesk.engine.model.StateKey;
import io.statedesk.engine.scan.ScanControl;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "keys", mixinStandardHelpOptions = true,
        description = {"List stored keys with their parts (app id, actor type and id, the app's key), as the scan finds "
                + "them (--sort for key order).",
                "Expired items are listed too: DynamoDB keeps them until it deletes them."},
        footerHeading = "%nExample:%n",
        footer = {"  statedesk keys --app-id myapp --prefix order- --limit 20",
                "  statedesk keys --prefix 'myapp||' --output json",
                "  statedesk keys --where \"status == 'pending'\"        # JSON values whose status is pending",
                "  statedesk keys --value-contains card --ignore-case",
                "  statedesk keys --sort > sorted-keys.txt"})
final class KeysCommand implements Callable<Integer> {

    @ParentCommand
    StateDeskCommand root;

    @Mixin
    KeyOptions keyOptions;

    @Mixin
    SearchOptions search;

    @Option(names = "--prefix", paramLabel = "P",
            description = "Only keys starting with P (the stored key, or the app's key with --app-id).")
    String prefix;

    @Option(names = "--limit", paramLabel = "N", description = "Stop after N keys.")
    Integer limit;

    @Option(names = "--output", paramLabel = "text|json", defaultValue = "text", description = "text or json.")
    OutputFormat output;

    @Option(names = "--sort", description = "Print the keys in key order. This holds every key in memory until "
            + "the scan ends (about 150 bytes a key plus the key), so the first key shows only then; without it "
            + "keys print as the scan's pages arrive, in DynamoDB's order.")
    boolean sort;

    @Override
    public Integer call() {
        if (output == OutputFormat.RAW) {
            throw CliException.usage("keys prints text or json, not raw");
        }
        if (limit != null && limit < 1) {
            throw CliException.usage("--limit must be at least 1");
        }
        var query = search.query().orElse(null);
        PrintWriter out = root.context().out();
        KeyPrinter printer = sort ? new SortedPrinter(out, output) : new StreamingPrinter(out, output);
        try (StoreSession session = root.openStore()) {
            String scanPrefix = keyOptions.storedKey(session.target().config(), prefix == null ? "" : prefix);
            ScanControl control = new ScanControl();
            AtomicLong count = new AtomicLong();
            // Only the key attribute is read: nothing else is printed.
            Scans.Searched searched = Scans.search(session.store(), Scans.request(scanPrefix, true).withNamesOnly(),
                    query, session.target().encryption(), control, item -> {
                        if (limit != null && count.get() >= limit) {
                            control.cancel();
                            return;
                        }
                        printer.add(item.key());
                        if (limit != null && count.incrementAndGet() >= limit) {
                            control.cancel();
                        }
                    }, () -> {
                        // A closed pipe (keys | head) stops the scan instead of reading the rest for nobody.
                        if (printer.pageDone()) {
                            control.cancel();
                        }
                    });
            if (query != null) {
                root.context().err().println(SearchOptions.summary(searched.counts())
                        + (searched.summary().complete() ? "" : " (stopped at --limit)"));
            }
        }
        printer.finish();
        return ExitCodes.OK;
    }

    /** Prints keys: as they come, or all at the end in order. */
    private interface KeyPrinter {
        void add(StateKey key);

        /** After each page; true when the output is closed and the scan should stop. */
        boolean pageDone();

        void finish();
    }

    private static final class StreamingPrinter implements KeyPrinter {
        private final PrintWriter out;
        private final boolean json;
        private boolean first = true;

        StreamingPrinter(PrintWriter out, OutputFormat format) {
            this.out = out;
            this.json = format == OutputFormat.JSON;
        }

        @Override
        public void add(StateKey key) {
            // print, not println: an auto-flushing writer would flush (a system call) after every line.
            if (json) {
                out.print(first ? "[" : ",");
                out.print(ItemJson.write(ItemJson.key(key)));
            } else {
                out.print(key.stored() + "\t" + describe(key) + System.lineSeparator());
            }
            first = false;
        }

        @Override
        public boolean pageDone() {
            return out.checkError();
        }

        @Override
        public void finish() {
            if (json) {
                out.print(first ? "[]" : "]");
                out.print(System.lineSeparator());
            }
            out.flush();
        }
    }

    private static final class SortedPrinter implements KeyPrinter {
        private final PrintWriter out;
        private final OutputFormat format;
        private final List<StateKey> keys = new ArrayList<>();

        SortedPrinter(PrintWriter out, OutputFormat format) {
            this.out = out;
            this.format = format;
        }

        @Override
        public void add(StateKey key) {
            keys.add(key);
        }

        @Override
        public boolean pageDone() {
            return false;
        }

        @Override
        public void finish() {
            keys.sort(Comparator.comparing(StateKey::stored));
            StreamingPrinter printer = new StreamingPrinter(out, format);
            keys.forEach(printer::add);
            printer.finish();
        }
    }

    static String describe(StateKey key) {
        StringBuilder text = new StringBuilder(key.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (key.namespace() != null) {
            text.append(" namespace=").append(key.namespace());
        }
        if (key.appId() != null) {
            text.append(" app=").append(key.appId());
        } else if (key.prefix() != null) {
            text.append(" prefix=").append(key.prefix());
        }
        if (key.actorType() != null) {
            text.append(" actorType=").append(key.actorType()).append(" actorId=").append(key.actorId());
        }
        return text.append(" key=").append(key.stateKey()).toString();
    }
}
