package io.statedesk.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Carries out a dry run's plan, one item at a time, in order: only CREATE and OVERWRITE entries are written, each
 * with its check; the others are reported as the dry run found them. Stops at an unknown outcome or a failure every
 * later item would share, and when cancelled: the items not reached are reported as not run.
 */
public final class TransferRun {

    /** Called after each item, on the thread that runs the transfer. */
    @FunctionalInterface
    public interface Listener {
        void done(int index, PlanEntry entry, WriteOutcome outcome);
    }

    private TransferRun() {
    }

    public static TransferReport run(List<PlanEntry> plan, ItemWriter writer, BooleanSupplier cancelled,
            Listener listener) {
        List<TransferReport.Line> lines = new ArrayList<>(plan.size());
        String stoppedBecause = null;
        for (int i = 0; i < plan.size(); i++) {
            PlanEntry entry = plan.get(i);
            WriteOutcome outcome;
            if (stoppedBecause != null) {
                outcome = new WriteOutcome.NotRun("not attempted: " + stoppedBecause);
            } else if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                stoppedBecause = "stopped by the user";
                outcome = new WriteOutcome.NotRun("not attempted: stopped by the user");
            } else if (!entry.action().writes()) {
                outcome = planned(entry);
            } else {
                ItemWriter.Result result = writer.write(entry.item());
                outcome = result.outcome();
                if (result.ttlInexact() && outcome instanceof WriteOutcome.Written written) {
                    outcome = new WriteOutcome.Written(written.etag(), written.detail()
                            + "; the TTL may differ by a second");
                }
                if (result.stop() != null) {
                    stoppedBecause = "the run stopped at " + entry.targetKey();
                }
            }
            lines.add(new TransferReport.Line(entry, outcome));
            listener.done(i, entry, outcome);
        }
        return new TransferReport(lines, stoppedBecause);
    }

    private static WriteOutcome planned(PlanEntry entry) {
        return switch (entry.action()) {
            case UNCHANGED -> new WriteOutcome.Unchanged(entry.note());
            case CONFLICT -> new WriteOutcome.Conflict(entry.note());
            default -> new WriteOutcome.Skipped(entry.note());
        };
    }
}
