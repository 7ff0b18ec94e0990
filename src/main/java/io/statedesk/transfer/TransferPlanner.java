package io.statedesk.transfer;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.model.StateItem;
import java.time.Clock;
import java.util.Objects;

/**
 * The dry run: reads what the target holds for each item (strongly consistent, expired items included, as a write
 * would meet them) and says what the run will do. In the ETag-checked mode an item that carries no earlier look at the
 * target (a selection, a prefix, a file without ETags) takes this one: the run then writes only while the target is
 * still as the dry run showed it.
 */
public final class TransferPlanner {

    private final StateStore target;
    private final CopyMode mode;
    private final ItemWriter writer;

    public TransferPlanner(StateStore target, CopyMode mode, Clock clock) {
        this.target = target;
        this.mode = mode;
        this.writer = new ItemWriter(target, mode, clock);
    }

    public PlanEntry plan(WriteItem item) {
        StateItem now = target.browse(item.key()).orElse(null);
        if (writer.holds(now, item)) {
            return new PlanEntry(item.origin(), item, PlanEntry.Action.UNCHANGED, "already holds this value", now);
        }
        return switch (mode) {
            case CREATE_ONLY -> now == null
                    ? new PlanEntry(item.origin(), item, PlanEntry.Action.CREATE, "new key", now)
                    : new PlanEntry(item.origin(), item, PlanEntry.Action.SKIP_EXISTS, "the target holds this key"
                            + etagNote(now), now);
            case OVERWRITE -> now == null
                    ? new PlanEntry(item.origin(), item, PlanEntry.Action.CREATE, "new key", now)
                    : new PlanEntry(item.origin(), item, PlanEntry.Action.OVERWRITE, "replaces" + etagNote(now), now);
            case ETAG_CHECKED -> checked(item, now);
        };
    }

    private PlanEntry checked(WriteItem item, StateItem now) {
        Expected expected = item.expected();
        if (expected instanceof Expected.Unknown) {
            if (now == null) {
                return new PlanEntry(item.origin(), withExpected(item, Expected.absent()), PlanEntry.Action.CREATE,
                        "new key, created only while still absent", now);
            }
            if (now.etag() == null || now.etag().isEmpty()) {
                return new PlanEntry(item.origin(), item, PlanEntry.Action.CONFLICT, "the target's item has no ETag"
                        + " to check against (written without one): use overwrite", now);
            }
            return new PlanEntry(item.origin(), withExpected(item, new Expected.Etag(now.etag())),
                    PlanEntry.Action.OVERWRITE, "replaces ETag " + now.etag() + " if still unchanged", now);
        }
        if (expected instanceof Expected.Absent) {
            return now == null
                    ? new PlanEntry(item.origin(), item, PlanEntry.Action.CREATE, "new key, as when compared", now)
                    : new PlanEntry(item.origin(), item, PlanEntry.Action.CONFLICT, "created in the target since it"
                            + " was compared" + etagNote(now), now);
        }
        String etag = ((Expected.Etag) expected).etag();
        if (now == null) {
            return new PlanEntry(item.origin(), item, PlanEntry.Action.CONFLICT, "deleted from the target since it"
                    + " was compared", now);
        }
        return Objects.equals(now.etag(), etag)
                ? new PlanEntry(item.origin(), item, PlanEntry.Action.OVERWRITE, "replaces ETag " + etag
                        + ", unchanged since compared", now)
                : new PlanEntry(item.origin(), item, PlanEntry.Action.CONFLICT, "changed in the target since it was"
                        + " compared (ETag " + etag + ", now " + now.etag() + ")", now);
    }

    private static WriteItem withExpected(WriteItem item, Expected expected) {
        return new WriteItem(item.origin(), item.key(), item.value(), item.storage(), item.ttl(), expected);
    }

    private static String etagNote(StateItem now) {
        return now.etag() == null || now.etag().isEmpty() ? "" : " (ETag " + now.etag() + ")";
    }
}
