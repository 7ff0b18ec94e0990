package io.statedesk.dapr.workflow;

import java.util.List;

/** How a purge ended. */
public sealed interface PurgeOutcome {

    /** Every record is gone. */
    record Purged(String instanceId, int deleted, int transactions) implements PurgeOutcome {
    }

    /** Nothing was written, and why (a running instance without force, a read-only store). */
    record Refused(String instanceId, String reason) implements PurgeOutcome {
    }

    /**
     * Some transactions went through, then one did not: the deleted and remaining keys are listed. The metadata record
     * is among the remaining ones, so the instance is still listed and a second purge finishes the job.
     */
    record Incomplete(String instanceId, List<String> deleted, List<String> remaining, String reason)
            implements PurgeOutcome {
        public Incomplete {
            deleted = List.copyOf(deleted);
            remaining = List.copyOf(remaining);
        }
    }

    /** One line for a person. */
    default String describe() {
        if (this instanceof Purged p) {
            return "Purged " + p.instanceId() + ": " + p.deleted() + (p.deleted() == 1 ? " record" : " records")
                    + " deleted in " + p.transactions() + (p.transactions() == 1 ? " transaction." : " transactions.");
        }
        if (this instanceof Refused r) {
            return "Not purged " + r.instanceId() + ": " + r.reason();
        }
        Incomplete i = (Incomplete) this;
        return "Purge of " + i.instanceId() + " stopped after " + i.deleted().size() + " of "
                + (i.deleted().size() + i.remaining().size()) + " records: " + i.reason() + ". "
                + i.remaining().size() + " records remain, the metadata among them: the instance is still listed;"
                + " purge it again to finish.";
    }
}
