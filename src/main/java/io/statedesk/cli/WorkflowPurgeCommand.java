package io.statedesk.cli;

import io.statedesk.dapr.workflow.LoadedWorkflow;
import io.statedesk.dapr.workflow.PurgeOutcome;
import io.statedesk.dapr.workflow.PurgePlan;
import io.statedesk.dapr.workflow.WorkflowPurger;
import io.statedesk.dapr.workflow.WorkflowReader;
import io.statedesk.engine.error.ReadOnlyException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "purge", mixinStandardHelpOptions = true,
        description = {"Delete every record of a completed, failed, terminated or canceled instance, as daprd's purge"
                + " does (plus records under it daprd does not read).",
                "Up to 100 records in one transaction; more in transactions of 100 that each check the records'"
                        + " ETags and the metadata's, reported as they go. A running instance is refused unless"
                        + " --force. Read-only rules apply (--allow-writes)."},
        footerHeading = "%nExample:%n",
        footer = "  statedesk workflows purge order-1001 --app-id orders")
final class WorkflowPurgeCommand implements Callable<Integer> {

    @ParentCommand
    WorkflowsCommand parent;

    @Parameters(index = "0", paramLabel = "INSTANCE", description = "The workflow instance id.")
    String instanceId;

    @Mixin
    WorkflowsCommand.InstanceOptions where;

    @Option(names = "--force", description = "Purge even a running, pending or suspended instance (only when no app"
            + " will run it again).")
    boolean force;

    @Option(names = "--output", paramLabel = "text|json", defaultValue = "text", description = "text or json.")
    OutputFormat output;

    @Override
    public Integer call() {
        if (output == OutputFormat.RAW) {
            throw CliException.usage("workflows purge prints text or json, not raw");
        }
        try (StoreSession session = parent.root.openStore()) {
            if (session.store().config().readOnly()) {
                // the engine refuses too; say so before reading anything
                throw new ReadOnlyException(null, "purge of workflow instance '" + instanceId + "' was not sent");
            }
            LoadedWorkflow loaded = WorkflowsCommand.find(new WorkflowReader(session.store()), instanceId, where,
                    true);
            PurgePlan plan = PurgePlan.of(loaded);
            PurgeOutcome outcome = new WorkflowPurger(session.store()).purge(plan, force,
                    (done, total, transaction, transactions) -> {
                        if (transactions > 1) {
                            parent.root.context().err().println("purged " + done + " of " + total + " records"
                                    + " (transaction " + transaction + " of " + transactions + ")");
                            parent.root.context().err().flush();
                        }
                    });
            return report(outcome);
        }
    }

    private int report(PurgeOutcome outcome) {
        if (outcome instanceof PurgeOutcome.Refused refused) {
            throw CliException.failure(outcome.describe());
        }
        if (outcome instanceof PurgeOutcome.Incomplete incomplete) {
            throw new CliException(incomplete.deleted().isEmpty() ? ExitCodes.CONFLICT : ExitCodes.FAILURE,
                    outcome.describe());
        }
        PurgeOutcome.Purged purged = (PurgeOutcome.Purged) outcome;
        if (output == OutputFormat.JSON) {
            parent.root.context().out().println(ItemJson.write(ItemJson.MAPPER.createObjectNode()
                    .put("instanceId", purged.instanceId()).put("deleted", purged.deleted())
                    .put("transactions", purged.transactions())));
        } else {
            parent.root.context().out().println(outcome.describe());
        }
        return ExitCodes.OK;
    }
}
