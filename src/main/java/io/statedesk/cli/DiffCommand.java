package io.statedesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.statedesk.compare.DiffEntry;
import io.statedesk.compare.DiffKind;
import io.statedesk.compare.DiffSummary;
import io.statedesk.compare.Side;
import io.statedesk.compare.Snapshot;
import io.statedesk.compare.StoreDiff;
import io.statedesk.engine.scan.ScanRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two components, or two prefixes of one, key by key: only-left, only-right, "
                + "different (value or storage type), same. JSON is compared as JSON: key order, whitespace and the "
                + "spelling of numbers are no differences. Expired items are left out, as Dapr reads them as absent.",
                "Prints one JSON line per key that is not the same (with --include-same, every key), then a last "
                        + "line {\"summary\":{...}}. Exit code 0 when equal, 1 when different; a failure also exits 1"
                        + " (or 2 for usage), without the summary line."},
        footerHeading = "%nExample:%n",
        footer = {"  statedesk diff --component ./local --component ./staging --prefix 'orders||'",
                "  statedesk --component ./components diff --prefix 'orders||' --prefix 'orders-v2||'",
                "  statedesk diff --component a.yaml --component b.yaml | jq -c 'select(.status==\"only-left\")'"})
final class DiffCommand implements Callable<Integer> {

    @ParentCommand
    StateDeskCommand root;

    @Option(names = "--component", paramLabel = "FILE|DIR",
            description = "Give it twice: the left and the right component (each resolved as the global "
                    + "--component is, with the global --profile, --region and --endpoint). Once, or not at all (the"
                    + " global --component), to compare two prefixes of one component.")
    List<Path> components = new ArrayList<>();

    @Option(names = "--name", paramLabel = "NAME",
            description = "The component's metadata.name in a folder with several, once per --component, in order.")
    List<String> names = new ArrayList<>();

    @Option(names = "--prefix", paramLabel = "P",
            description = "Compare only stored keys beginning with P; keys are matched by what follows it. Once for "
                    + "both sides, twice for the left and the right.")
    List<String> prefixes = new ArrayList<>();

    @Option(names = "--include-same", description = "Print keys that are the same too.")
    boolean includeSame;

    @Override
    public Integer call() {
        if (components.size() > 2 || prefixes.size() > 2 || names.size() > Math.max(1, components.size())) {
            throw CliException.usage("diff compares two sides: --component at most twice, --prefix at most twice, "
                    + "--name at most once per --component");
        }
        boolean oneStore = components.size() < 2;
        String leftPrefix = prefixes.isEmpty() ? "" : prefixes.get(0);
        String rightPrefix = prefixes.size() < 2 ? leftPrefix : prefixes.get(1);
        if (oneStore && leftPrefix.equals(rightPrefix)) {
            throw CliException.usage("one component compared with itself: give --component twice, or --prefix twice"
                    + " (left and right)");
        }
        PrintWriter out = root.context().out();
        DiffSummary summary;
        try (StoreSession left = open(0); StoreSession right = oneStore ? null : open(1)) {
            StoreSession rightSession = oneStore ? left : right;
            summary = new StoreDiff(ScanRequest.DEFAULT_SEGMENTS).run(
                    new Side(left.store(), leftPrefix, left.target().encryption()),
                    new Side(rightSession.store(), rightPrefix, rightSession.target().encryption()),
                    entry -> {
                        if (includeSame || entry.kind() != DiffKind.SAME) {
                            out.print(ItemJson.write(json(entry)));
                            out.print('\n');
                        }
                    }, new io.statedesk.engine.scan.ScanControl());
        }
        ObjectNode counts = ItemJson.MAPPER.createObjectNode();
        counts.put("onlyLeft", summary.onlyLeft());
        counts.put("onlyRight", summary.onlyRight());
        counts.put("different", summary.different());
        counts.put("same", summary.same());
        counts.put("expiredLeftOut", summary.expired());
        counts.put("equal", summary.equal());
        ObjectNode last = ItemJson.MAPPER.createObjectNode();
        last.set("summary", counts);
        out.print(ItemJson.write(last));
        out.print('\n');
        out.flush();
        root.context().err().println("compared: " + summary.describe());
        return summary.equal() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private StoreSession open(int side) {
        if (components.isEmpty()) {
            return root.openStore();
        }
        String name = side < names.size() ? names.get(side) : null;
        return root.openStore(components.get(Math.min(side, components.size() - 1)), name);
    }

    static ObjectNode json(DiffEntry entry) {
        ObjectNode node = ItemJson.MAPPER.createObjectNode();
        node.put("key", entry.key());
        node.put("status", entry.kind().text());
        if (!entry.reason().isEmpty()) {
            node.put("reason", entry.reason());
        }
        node.set("left", side(entry.left()));
        node.set("right", side(entry.right()));
        return node;
    }

    private static com.fasterxml.jackson.databind.JsonNode side(Snapshot snapshot) {
        if (snapshot == null) {
            return ItemJson.MAPPER.nullNode();
        }
        ObjectNode node = ItemJson.MAPPER.createObjectNode();
        node.put("key", snapshot.storedKey());
        if (snapshot.etag() == null) {
            node.putNull("etag");
        } else {
            node.put("etag", snapshot.etag());
        }
        node.put("storage", snapshot.storage() == null ? null : snapshot.storage().name());
        node.put("size", snapshot.size());
        if (snapshot.ttl() == null) {
            node.putNull("ttl");
        } else {
            node.put("ttl", snapshot.ttl().longValue());
        }
        return node;
    }
}
