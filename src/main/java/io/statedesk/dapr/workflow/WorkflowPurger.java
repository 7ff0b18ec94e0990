package io.statedesk.dapr.workflow;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.error.StateStoreException;
import io.statedesk.engine.model.TransactionOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Deletes an instance's records through the engine. Up to 100 records go in one transaction, each delete checked
 * against the ETag it was read with, so nothing is deleted when anything changed. Larger instances go in transactions
 * of 99 checked deletes plus a check that the metadata record, which daprd rewrites on every save, is unchanged; the
 * metadata record is deleted in the last one. A failed transaction stops the purge and is reported with what was
 * deleted and what remains.
 */
public final class WorkflowPurger {

    /** DynamoDB's and daprd's limit of operations in one transaction. */
    public static final int MAX_OPERATIONS = 100;

    /** Told after each transaction that went through. */
    @FunctionalInterface
    public interface Progress {
        void deleted(int done, int total, int transaction, int transactions);
    }

    private final StateStore store;

    public WorkflowPurger(StateStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * @param force purge an instance that is not completed, failed, terminated or canceled (daprd refuses that; a
     *              stuck instance whose app is gone may need it)
     */
    public PurgeOutcome purge(PurgePlan plan, boolean force, Progress progress) {
        String id = plan.instance().instanceId();
        RuntimeStatus status = plan.instance().status();
        if (!status.isTerminal() && !force) {
            return new PurgeOutcome.Refused(id, "it is " + status.label() + "; only completed, failed, terminated or"
                    + " canceled instances are purged (daprd refuses the rest too). Force it only when no app will"
                    + " run it again.");
        }
        if (store.config().readOnly()) {
            return new PurgeOutcome.Refused(id, "the store for table '" + store.config().table()
                    + "' is read-only; allow writes first.");
        }
        List<List<TransactionOperation>> transactions = batches(plan);
        List<String> deleted = new ArrayList<>();
        int done = 0;
        for (int t = 0; t < transactions.size(); t++) {
            List<TransactionOperation> batch = transactions.get(t);
            try {
                store.transact(batch);
            } catch (StateStoreException e) {
                List<String> remaining = plan.records().stream().map(PurgePlan.Target::key)
                        .filter(k -> !deleted.contains(k)).toList();
                return new PurgeOutcome.Incomplete(id, deleted, remaining, "transaction " + (t + 1) + " of "
                        + transactions.size() + " failed (" + e.getMessage() + ")");
            }
            for (TransactionOperation op : batch) {
                if (op instanceof TransactionOperation.CheckedDelete) {
                    deleted.add(op.key());
                    done++;
                }
            }
            progress.deleted(done, plan.size(), t + 1, transactions.size());
        }
        return new PurgeOutcome.Purged(id, done, transactions.size());
    }

    /** The transactions a plan needs; the last one deletes the metadata record. */
    static List<List<TransactionOperation>> batches(PurgePlan plan) {
        List<PurgePlan.Target> records = plan.records();
        PurgePlan.Target metadata = plan.metadata();
        List<List<TransactionOperation>> out = new ArrayList<>();
        if (records.size() <= MAX_OPERATIONS) {
            out.add(records.stream().map(WorkflowPurger::delete).toList());
            return out;
        }
        List<PurgePlan.Target> rest = records.subList(0, records.size() - 1);
        int chunk = MAX_OPERATIONS - 1;
        for (int from = 0; from < rest.size(); from += chunk) {
            List<TransactionOperation> batch = new ArrayList<>();
            rest.subList(from, Math.min(rest.size(), from + chunk)).forEach(r -> batch.add(delete(r)));
            boolean last = from + chunk >= rest.size();
            if (last) {
                batch.add(delete(metadata));
            } else if (metadata.etag() != null) {
                batch.add(new TransactionOperation.Check(metadata.key(), metadata.etag()));
            }
            out.add(batch);
        }
        return out;
    }

    private static TransactionOperation delete(PurgePlan.Target target) {
        return new TransactionOperation.CheckedDelete(target.key(), target.etag());
    }
}
