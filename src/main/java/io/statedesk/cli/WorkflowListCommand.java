package io.statedesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.statedesk.dapr.workflow.RuntimeStatus;
import io.statedesk.dapr.workflow.WorkflowFilter;
import io.statedesk.dapr.workflow.WorkflowInstance;
import io.statedesk.dapr.workflow.WorkflowListing;
import io.statedesk.dapr.workflow.WorkflowReader;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List workflow instances: one scan of the table (or of one app's keys with --app-id).",
                "Status, name, times and lengths are what daprd reports for each instance."},
        footerHeading = "%nExample:%n",
        footer = "  statedesk workflows list --app-id orders --status RUNNING,FAILED --output json")
final class WorkflowListCommand implements Callable<Integer> {

    @ParentCommand
    WorkflowsCommand parent;

    @Option(names = "--app-id", paramLabel = "A", description = "Only this app's workflows.")
    String appId;

    @Option(names = "--status", paramLabel = "S", split = ",",
            description = "Only these statuses: RUNNING, COMPLETED, FAILED, TERMINATED, PENDING, SUSPENDED, ...")
    List<RuntimeStatus> statuses;

    @Option(names = "--name", paramLabel = "TEXT", description = "Only instances whose name or id contains TEXT.")
    String name;

    @Option(names = "--output", paramLabel = "text|json", defaultValue = "text", description = "text or json.")
    OutputFormat output;

    @Override
    public Integer call() {
        if (output == OutputFormat.RAW) {
            throw CliException.usage("workflows list prints text or json, not raw");
        }
        WorkflowListing listing;
        try (StoreSession session = parent.root.openStore()) {
            listing = new WorkflowReader(session.store()).list(appId, null);
        }
        Set<RuntimeStatus> wanted = statuses == null ? Set.of() : EnumSet.copyOf(statuses);
        WorkflowFilter filter = new WorkflowFilter(wanted, name);
        List<WorkflowInstance> shown = listing.instances().stream().filter(filter::test).toList();
        PrintWriter out = parent.root.context().out();
        if (output == OutputFormat.JSON) {
            ArrayNode array = ItemJson.MAPPER.createArrayNode();
            shown.forEach(w -> array.add(WorkflowJson.instance(w)));
            out.println(ItemJson.write(array));
            return ExitCodes.OK;
        }
        out.println(String.format(Locale.ROOT, "%-24s %-12s %-28s %-11s %-20s %7s %5s", "INSTANCE", "APP",
                "WORKFLOW", "STATUS", "LAST UPDATED", "HISTORY", "INBOX"));
        for (WorkflowInstance w : shown) {
            out.println(String.format(Locale.ROOT, "%-24s %-12s %-28s %-11s %-20s %7d %5d", w.instanceId(), w.appId(),
                    w.name(), w.status().label(), w.lastUpdatedAt() == null ? "-" : w.lastUpdatedAt().toString()
                            .replaceAll("\\.\\d+Z$", "Z"), w.historyLength(), w.inboxLength()));
        }
        if (!listing.orphans().isEmpty()) {
            parent.root.context().err().println(listing.orphans().size() + " workflow records belong to no instance"
                    + " (no metadata record): leftovers of an interrupted purge or Dapr 1.14 activity records");
        }
        return ExitCodes.OK;
    }
}
