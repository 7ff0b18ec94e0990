package io.statedesk.history;

import io.statedesk.engine.model.Storage;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One write StateDesk made: enough to see what changed and to restore the earlier value.
 *
 * @param before     the value before the write, null when the key did not exist
 * @param after      the value written, null for a delete
 * @param etagBefore the ETag the write was checked against, null when none
 * @param etagAfter  the ETag the write produced, null for a delete
 */
public record WriteRecord(
        Instant time,
        String component,
        String table,
        String key,
        Action action,
        Storage storage,
        byte[] before,
        byte[] after,
        String etagBefore,
        String etagAfter) {

    public enum Action { SET, DELETE, RESTORE }

    public WriteRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(action, "action");
        before = before == null ? null : before.clone();
        after = after == null ? null : after.clone();
    }

    @Override
    public byte[] before() {
        return before == null ? null : before.clone();
    }

    @Override
    public byte[] after() {
        return after == null ? null : after.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WriteRecord that && time.equals(that.time) && key.equals(that.key)
                && Objects.equals(component, that.component) && Objects.equals(table, that.table)
                && action == that.action && storage == that.storage && Arrays.equals(before, that.before)
                && Arrays.equals(after, that.after) && Objects.equals(etagBefore, that.etagBefore)
                && Objects.equals(etagAfter, that.etagAfter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(time, key, component, action, etagAfter);
    }

    @Override
    public String toString() {
        return "WriteRecord[" + time + " " + action + " " + key + " " + etagBefore + " -> " + etagAfter + "]";
    }
}
