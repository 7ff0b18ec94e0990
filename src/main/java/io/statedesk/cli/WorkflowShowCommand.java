package io.statedesk.cli;

import io.statedesk.dapr.workflow.DecodedEvent;
import io.statedesk.dapr.workflow.LoadedWorkflow;
import io.statedesk.dapr.workflow.Payload;
import io.statedesk.dapr.workflow.TimelineEntry;
import io.statedesk.dapr.workflow.WorkflowInstance;
import io.statedesk.dapr.workflow.WorkflowReader;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show one instance as daprd loads it: status, input and output, the history events decoded,"
                + " pending inbox events, and the record behind each (json: valueBase64 and etag)."},
        footerHeading = "%nExample:%n",
        footer = "  statedesk workflows show order-1002 --app-id orders --namespace default --output json")
final class WorkflowShowCommand implements Callable<Integer> {

    @ParentCommand
    WorkflowsCommand parent;

    @Parameters(index = "0", paramLabel = "INSTANCE", description = "The workflow instance id.")
    String instanceId;

    @Mixin
    WorkflowsCommand.InstanceOptions where;

    @Option(names = "--all-events", description = "Also list the replay markers (orchestrator started/completed).")
    boolean allEvents;

    @Option(names = "--output", paramLabel = "text|json", defaultValue = "text", description = "text or json.")
    OutputFormat output;

    @Override
    public Integer call() {
        if (output == OutputFormat.RAW) {
            throw CliException.usage("workflows show prints text or json, not raw");
        }
        LoadedWorkflow loaded;
        try (StoreSession session = parent.root.openStore()) {
            loaded = WorkflowsCommand.find(new WorkflowReader(session.store()), instanceId, where, false);
        }
        PrintWriter out = parent.root.context().out();
        if (output == OutputFormat.JSON) {
            out.println(ItemJson.write(WorkflowJson.loaded(loaded)));
            return ExitCodes.OK;
        }
        WorkflowInstance w = loaded.instance();
        out.println("instance:   " + w.instanceId() + " (app " + w.appId() + ", namespace " + w.namespace() + ")");
        out.println("workflow:   " + w.name());
        out.println("status:     " + w.status().label());
        out.println("created:    " + (w.createdAt() == null ? "-" : w.createdAt()));
        out.println("updated:    " + (w.lastUpdatedAt() == null ? "-" : w.lastUpdatedAt()));
        out.println("generation: " + w.generation() + "; history " + w.historyLength() + ", inbox " + w.inboxLength());
        w.customStatusIfAny().ifPresent(s -> out.println("custom:     " + s));
        w.failureIfAny().ifPresent(f -> out.println("failure:    " + f.summary()));
        if (w.input() != null) {
            out.println("input:      " + w.input());
        }
        if (w.output() != null) {
            out.println("output:     " + w.output());
        }
        w.problems().forEach(p -> out.println("problem:    " + p));
        out.println();
        out.println("history:");
        print(out, loaded.history());
        if (!loaded.inbox().isEmpty()) {
            out.println();
            out.println("inbox (pending):");
            print(out, loaded.inbox());
        }
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, List<TimelineEntry> entries) {
        for (TimelineEntry entry : entries) {
            DecodedEvent e = entry.event();
            if (e == null) {
                out.println(String.format("  %4d  %-24s  (%s)", entry.key().index(), "", entry.problem()));
                continue;
            }
            if (e.kind().isReplayMarker() && !allEvents) {
                continue;
            }
            out.println(String.format("  %4d  %-24s  %s%s", entry.key().index(),
                    e.timestamp() == null ? "" : e.timestamp().toString(), e.title(),
                    e.detail().isEmpty() ? "" : "  [" + e.detail() + "]"));
            for (Payload p : e.payloads()) {
                out.println("        " + p.label() + ": " + p.text());
            }
        }
    }
}
