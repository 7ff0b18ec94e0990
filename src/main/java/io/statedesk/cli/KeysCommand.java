package io.statedesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.statedesk.engine.model.StateKey;
import io.statedesk.engine.scan.ScanControl;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "keys", mixinStandardHelpOptions = true,
        description = {"List stored keys with their parts (app id, actor type and id, the app's key), sorted.",
                "Expired items are listed too: DynamoDB keeps them until it deletes them."},
        footerHeading = "%nExample:%n",
        footer = {"  statedesk keys --app-id myapp --prefix order- --limit 20",
                "  statedesk keys --prefix 'myapp||' --output json",
                "  statedesk keys --where \"status == 'pending'\"        # JSON values whose status is pending",
                "  statedesk keys --value-contains card --ignore-case"})
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

    @Override
    public Integer call() {
        if (output == OutputFormat.RAW) {
            throw CliException.usage("keys prints text or json, not raw");
        }
        if (limit != null && limit < 1) {
            throw CliException.usage("--limit must be at least 1");
        }
        var query = search.query().orElse(null);
        List<StateKey> keys = new ArrayList<>();
        try (StoreSession session = root.openStore()) {
            String scanPrefix = keyOptions.storedKey(session.target().config(), prefix == null ? "" : prefix);
            ScanControl control = new ScanControl();
            Scans.Searched searched = Scans.search(session.store(), scanPrefix, true, query,
                    session.target().encryption(), control, item -> {
                        keys.add(item.key());
                        if (limit != null && keys.size() >= limit) {
                            control.cancel();
                        }
                    });
            if (query != null) {
                root.context().err().println(SearchOptions.summary(searched.counts())
                        + (searched.summary().complete() ? "" : " (stopped at --limit)"));
            }
        }
        keys.sort(Comparator.comparing(StateKey::stored));
        List<StateKey> shown = limit == null || keys.size() <= limit ? keys : keys.subList(0, limit);
        PrintWriter out = root.context().out();
        if (output == OutputFormat.JSON) {
            ArrayNode array = ItemJson.MAPPER.createArrayNode();
            shown.forEach(k -> array.add(ItemJson.key(k)));
            out.println(ItemJson.write(array));
        } else {
            shown.forEach(k -> out.println(k.stored() + "\t" + describe(k)));
        }
        return ExitCodes.OK;
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
