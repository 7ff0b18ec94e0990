package io.statedesk.cli;

import io.statedesk.dapr.workflow.LoadedWorkflow;
import io.statedesk.dapr.workflow.WorkflowActorType;
import io.statedesk.dapr.workflow.WorkflowListing;
import io.statedesk.dapr.workflow.WorkflowReader;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code statedesk workflows list|show|purge}: Dapr workflow instances, read as daprd reads them. */
@Command(name = "workflows", mixinStandardHelpOptions = true,
        description = {"Dapr workflow instances kept in the table (actor state of dapr.internal.<ns>.<app>.workflow):",
                "list them, show one's history, purge a finished one."},
        subcommands = {WorkflowListCommand.class, WorkflowShowCommand.class, WorkflowPurgeCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  statedesk workflows list --status FAILED --output json",
                "  statedesk workflows show order-1002 --app-id orders",
                "  statedesk workflows purge order-1001 --app-id orders"})
final class WorkflowsCommand implements Runnable {

    @picocli.CommandLine.ParentCommand
    StateDeskCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code --app-id} and {@code --namespace} of the instance commands. */
    static final class InstanceOptions {
        @Option(names = "--app-id", paramLabel = "A", description = "The app whose workflow it is.")
        String appId;

        @Option(names = "--namespace", paramLabel = "NS",
                description = "daprd's NAMESPACE (default: found by a scan, \"default\" when self-hosted).")
        String namespace;
    }

    /**
     * Finds the instance as daprd's loader does. With app and namespace known it reads the instance directly;
     * otherwise one scan finds which app (and namespace) holds the id.
     */
    static LoadedWorkflow find(WorkflowReader reader, String instanceId, InstanceOptions where, boolean withStrays) {
        if (where.appId != null && where.namespace != null) {
            WorkflowActorType type = WorkflowActorType.workflow(where.namespace, where.appId);
            Optional<LoadedWorkflow> found = withStrays ? reader.loadWithStrays(type, instanceId, null)
                    : reader.load(type, instanceId);
            return found.orElseThrow(() -> notFound(instanceId, where));
        }
        WorkflowListing listing = reader.list(where.appId, null);
        List<LoadedWorkflow> matches = listing.workflows().stream()
                .filter(w -> w.instance().instanceId().equals(instanceId))
                .filter(w -> where.namespace == null || w.instance().namespace().equals(where.namespace))
                .toList();
        if (matches.isEmpty()) {
            throw notFound(instanceId, where);
        }
        if (matches.size() > 1) {
            throw CliException.usage("workflow instance '" + instanceId + "' exists in several apps or namespaces ("
                    + String.join(", ", matches.stream().map(w -> w.instance().appId() + " in "
                    + w.instance().namespace()).toList()) + "): pick one with --app-id and --namespace");
        }
        return matches.get(0);
    }

    private static CliException notFound(String instanceId, InstanceOptions where) {
        return new CliException(ExitCodes.NOT_FOUND, "no workflow instance '" + instanceId + "'"
                + (where.appId == null ? "" : " of app '" + where.appId + "'")
                + (where.namespace == null ? "" : " in namespace '" + where.namespace + "'")
                + " (no metadata record: daprd finds no such instance either)");
    }
}
