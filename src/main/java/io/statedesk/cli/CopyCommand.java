package io.statedesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.statedesk.engine.StateStore;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.scan.ScanControl;
import io.statedesk.transfer.CopyMode;
import io.statedesk.transfer.CopySource;
import io.statedesk.transfer.Expected;
import io.statedesk.transfer.ItemWriter;
import io.statedesk.transfer.KeyRewrite;
import io.statedesk.transfer.PlanEntry;
import io.statedesk.transfer.TransferPlanner;
import io.statedesk.transfer.TransferReport;
import io.statedesk.transfer.TransferRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "copy", mixinStandardHelpOptions = true,
        description = {"Copy items from the component of the global --component to the one of --to: the keys "
                + "given, a prefix, or what a diff found. Items are written as daprd writes them (bytes and storage"
                + " as they are, a new ETag); the TTL epoch is kept unless --drop-ttl.",
                "Every run looks at the target first (what --dry-run prints). Modes: create-only (default) leaves "
                        + "keys the target holds; overwrite replaces them; etag-checked replaces an item only while"
                        + " it still has the ETag it had when compared (--from-diff) or looked at, so a write made "
                        + "meanwhile is reported as a conflict, never overwritten. The target's read-only rule "
                        + "applies (--allow-writes)."},
        footerHeading = "%nExample:%n",
        footer = {"  statedesk --component ./staging copy --to ./local 'orders||order-17' 'orders||order-18'",
                "  statedesk --component ./staging copy --to ./local --prefix 'orders||' --dry-run",
                "  statedesk diff --component ./staging --component ./local > d.jsonl",
                "  statedesk --component ./staging copy --to ./local --from-diff d.jsonl --mode etag-checked",
                "  statedesk --component ./staging copy --to ./local --prefix 'orders||' --rewrite 'orders||=orders-v2||'"})
final class CopyCommand implements Callable<Integer> {

    @ParentCommand
    StateDeskCommand root;

    @Parameters(paramLabel = "KEY", arity = "0..*", description = "Stored keys to copy.")
    List<String> keys = new ArrayList<>();

    @Option(names = "--to", required = true, paramLabel = "FILE|DIR",
            description = "The target component, resolved as --component is.")
    Path to;

    @Option(names = "--to-name", paramLabel = "NAME", description = "The target's metadata.name in a folder with "
            + "several.")
    String toName;

    @Option(names = "--prefix", paramLabel = "P", description = "Copy every key beginning with P.")
    String prefix;

    @Option(names = "--from-diff", paramLabel = "FILE",
            description = "Copy the only-left and different keys of a diff's output; etag-checked then checks each "
                    + "against the ETag the target had in the diff.")
    Path fromDiff;

    @Option(names = "--mode", paramLabel = "create-only|overwrite|etag-checked", defaultValue = "create-only",
            converter = ImportMode.Converter.class, description = "What to do with keys the target holds.")
    ImportMode mode;

    @Option(names = "--rewrite", paramLabel = "FROM=TO",
            description = "Keys beginning with FROM begin with TO in the target (when the app ids differ: "
                    + "'orders||=orders-v2||').")
    String rewrite;

    @Option(names = "--drop-ttl", description = "Write without TTL (by default the source's TTL epoch is kept).")
    boolean dropTtl;

    @Option(names = "--dry-run", description = "Print what would be done; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        int sources = (keys.isEmpty() ? 0 : 1) + (prefix == null ? 0 : 1) + (fromDiff == null ? 0 : 1);
        if (sources != 1) {
            throw CliException.usage("name what to copy: KEY..., --prefix or --from-diff (one of them)");
        }
        KeyRewrite keyRewrite = keyRewrite();
        List<DiffLine> diffLines = fromDiff == null ? List.of() : readDiff();
        PrintWriter out = root.context().out();
        CopyMode copyMode = mode.copyMode();
        TransferReport report;
        try (StoreSession source = root.openStore(); StoreSession target = root.openStore(to, toName)) {
            StateStore targetStore = target.store();
            if (!dryRun && targetStore.config().readOnly()) {
                throw new io.statedesk.engine.error.ReadOnlyException(null, "the target is read-only");
            }
            TransferPlanner planner = new TransferPlanner(targetStore, copyMode, root.context().clock());
            CopySource copier = new CopySource(keyRewrite, !dropTtl);
            List<PlanEntry> plan = plan(source.store(), copier, planner, diffLines);
            if (dryRun) {
                plan.forEach(entry -> out.println("would " + entry.action().name().toLowerCase(Locale.ROOT)
                        .replace('_', ' ') + "\t" + arrow(entry) + "\t" + entry.note()));
                out.println("dry run: " + plan.size() + " keys looked at, nothing written (mode " + mode.text() + ")");
                return ExitCodes.OK;
            }
            ItemWriter writer = new ItemWriter(targetStore, copyMode, root.context().clock());
            report = TransferRun.run(plan, writer, () -> false, (index, entry, outcome) ->
                    out.println(outcome.word() + "\t" + arrow(entry) + "\t"
                            + root.redact(ErrorReporter.oneLine(outcome.detail()))));
        }
        out.println("copied: " + report.describe() + " (mode " + mode.text() + ")");
        if (report.count("unknown") > 0) {
            return ExitCodes.OUTCOME_UNKNOWN;
        }
        if (report.count("failed") > 0 || report.stoppedBecause() != null) {
            return ExitCodes.FAILURE;
        }
        return report.count("conflict") > 0 ? ExitCodes.CONFLICT : ExitCodes.OK;
    }

    private static String arrow(PlanEntry entry) {
        return entry.item() == null || entry.item().key().equals(entry.origin()) ? entry.targetKey()
                : entry.origin() + " -> " + entry.item().key();
    }

    private List<PlanEntry> plan(StateStore source, CopySource copier, TransferPlanner planner,
            List<DiffLine> diffLines) {
        List<PlanEntry> plan = new ArrayList<>();
        if (prefix != null) {
            List<StateItem> items = new ArrayList<>();
            Scans.scan(source, prefix, false, new ScanControl(), items::add);
            items.sort(java.util.Comparator.comparing(item -> item.key().stored()));
            for (StateItem item : items) {
                plan.add(copier.entry(item, Expected.unknown(), planner));
            }
        } else if (fromDiff != null) {
            for (DiffLine line : diffLines) {
                plan.add(copier.read(source, line.key(), line.expected(), planner));
            }
        } else {
            for (String key : keys) {
                plan.add(copier.read(source, key, Expected.unknown(), planner));
            }
        }
        return plan;
    }

    private KeyRewrite keyRewrite() {
        if (rewrite == null) {
            return KeyRewrite.NONE;
        }
        int cut = rewrite.indexOf('=');
        if (cut <= 0) {
            throw CliException.usage("--rewrite wants FROM=TO, e.g. 'orders||=orders-v2||'");
        }
        return new KeyRewrite(rewrite.substring(0, cut), rewrite.substring(cut + 1));
    }

    /** A key a diff found only left or different, with what the right side (the target) held then. */
    private record DiffLine(String key, Expected expected) {
    }

    private List<DiffLine> readDiff() {
        List<DiffLine> lines = new ArrayList<>();
        List<String> text;
        try {
            text = Files.readAllLines(fromDiff, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliException.failure("cannot read " + fromDiff + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < text.size(); i++) {
            if (text.get(i).isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = ItemJson.MAPPER.readTree(text.get(i));
            } catch (IOException | RuntimeException e) {
                throw CliException.failure(fromDiff + ": line " + (i + 1) + " is not a line of statedesk diff");
            }
            if (node.has("summary")) {
                continue;
            }
            String status = node.path("status").asText("");
            JsonNode left = node.path("left");
            if (!List.of("only-left", "different", "only-right", "same").contains(status)) {
                throw CliException.failure(fromDiff + ": line " + (i + 1) + " is not a line of statedesk diff");
            }
            if (!status.equals("only-left") && !status.equals("different")) {
                continue;
            }
            JsonNode right = node.path("right");
            Expected expected = right.isNull() || right.isMissingNode() ? Expected.absent()
                    : Expected.etagOrUnknown(right.path("etag").isTextual() ? right.path("etag").asText() : null);
            lines.add(new DiffLine(left.path("key").asText(), expected));
        }
        return lines;
    }
}
