package io.statedesk.transfer;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.error.AccessDeniedException;
import io.statedesk.engine.error.EtagMismatchException;
import io.statedesk.engine.error.FirstWriteConflictException;
import io.statedesk.engine.error.OutcomeUnknownException;
import io.statedesk.engine.error.ReadOnlyException;
import io.statedesk.engine.error.StateStoreException;
import io.statedesk.engine.error.TableNotFoundException;
import io.statedesk.engine.error.ThrottledException;
import io.statedesk.engine.error.UnavailableException;
import io.statedesk.engine.model.Concurrency;
import io.statedesk.engine.model.SetRequest;
import io.statedesk.engine.model.StateItem;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;

/**
 * Writes one item into a target the way import and copy do: through the engine's Set (so a lost answer is settled by
 * issue 13's reconciliation), with a new ETag as daprd writes, conditioned by the mode, and with the TTL epoch landed
 * exactly. A conflict whose key already holds exactly the item is the item's own earlier write (a rerun after an
 * interruption): reported unchanged, not as a conflict.
 */
public final class ItemWriter {

    /** Attempts to land the exact TTL epoch: ttlInSeconds is relative to the engine's clock. */
    private static final int TTL_ATTEMPTS = 3;

    /**
     * @param outcome    what became of the item
     * @param stop       set when every later item would fail the same way (read-only, no access, endpoint down,
     *                   unknown outcome): the run stops here
     * @param ttlInexact true when the TTL could not be landed to the second
     */
    public record Result(WriteOutcome outcome, StateStoreException stop, boolean ttlInexact) {
    }

    private final StateStore target;
    private final CopyMode mode;
    private final Clock clock;

    public ItemWriter(StateStore target, CopyMode mode, Clock clock) {
        this.target = target;
        this.mode = mode;
        this.clock = clock;
    }

    public Result write(WriteItem item) {
        SetRequest request;
        Long ttlSeconds = ttlInSeconds(item);
        String ttl = ttlSeconds == null ? null : ttlSeconds.toString();
        switch (mode) {
            case CREATE_ONLY -> request = new SetRequest(item.key(), item.value(), item.storage(), null,
                    Concurrency.FIRST_WRITE, ttl);
            case OVERWRITE -> request = new SetRequest(item.key(), item.value(), item.storage(), null,
                    Concurrency.LAST_WRITE, ttl);
            default -> {
                if (item.expected() instanceof Expected.Etag etag) {
                    request = new SetRequest(item.key(), item.value(), item.storage(), etag.etag(),
                            Concurrency.LAST_WRITE, ttl);
                } else if (item.expected() instanceof Expected.Absent) {
                    request = new SetRequest(item.key(), item.value(), item.storage(), null,
                            Concurrency.FIRST_WRITE, ttl);
                } else {
                    return new Result(new WriteOutcome.Failed("no ETag to check it against: compare first, or"
                            + " use create-only or overwrite"), null, false);
                }
            }
        }
        try {
            String etag = target.set(request);
            boolean exact = landTtl(item, etag, ttlSeconds);
            return new Result(new WriteOutcome.Written(etag, "written, new ETag " + etag), null, !exact);
        } catch (EtagMismatchException | FirstWriteConflictException e) {
            if (alreadyThere(item)) {
                return new Result(new WriteOutcome.Unchanged("already holds this value"), null, false);
            }
            return new Result(new WriteOutcome.Conflict(e.getMessage()), null, false);
        } catch (OutcomeUnknownException e) {
            return new Result(new WriteOutcome.Unknown(e.getMessage()), e, false);
        } catch (ReadOnlyException | AccessDeniedException | TableNotFoundException | UnavailableException
                 | ThrottledException e) {
            return new Result(new WriteOutcome.Failed(e.getMessage()), e, false);
        } catch (StateStoreException e) {
            return new Result(new WriteOutcome.Failed(e.getMessage()), null, false);
        }
    }

    /** True when the target holds exactly this item's bytes, storage and TTL. */
    public boolean alreadyThere(WriteItem item) {
        try {
            StateItem stored = target.browse(item.key()).orElse(null);
            return holds(stored, item);
        } catch (StateStoreException unreadable) {
            return false;
        }
    }

    /** True when {@code stored} is this item: same bytes and storage, and the same TTL where the target keeps one. */
    public boolean holds(StateItem stored, WriteItem item) {
        boolean ttlMatches = target.config().ttlAttribute().isEmpty()
                || Objects.equals(stored == null ? null : stored.ttlEpochSeconds(), item.ttl());
        return stored != null && stored.hasValue() && stored.storage() == item.storage()
                && Arrays.equals(stored.value(), item.value()) && ttlMatches;
    }

    /** Dapr's ttlInSeconds that lands on the item's epoch by our clock; null when no TTL is written. */
    private Long ttlInSeconds(WriteItem item) {
        if (item.ttl() == null || target.config().ttlAttribute().isEmpty()) {
            return null;
        }
        return item.ttl() - clock.instant().getEpochSecond();
    }

    /**
     * The engine takes Dapr's relative ttlInSeconds, not an epoch, and adds its own clock: if that clock differs from
     * ours, or the second turned in between, the stored epoch is off. Read it back and correct it by the difference,
     * under the new ETag, so that nobody else's write in between is overwritten.
     */
    private boolean landTtl(WriteItem item, String etag, Long ttlSeconds) {
        if (ttlSeconds == null) {
            return true;
        }
        String currentEtag = etag;
        long seconds = ttlSeconds;
        for (int attempt = 1; attempt <= TTL_ATTEMPTS; attempt++) {
            StateItem stored = target.browse(item.key()).orElse(null);
            if (stored == null || stored.ttlEpochSeconds() == null || !Objects.equals(stored.etag(), currentEtag)
                    || item.ttl().equals(stored.ttlEpochSeconds())) {
                return true;
            }
            seconds -= stored.ttlEpochSeconds() - item.ttl();
            currentEtag = target.set(new SetRequest(item.key(), item.value(), item.storage(), currentEtag,
                    Concurrency.LAST_WRITE, Long.toString(seconds)));
        }
        return false;
    }
}
