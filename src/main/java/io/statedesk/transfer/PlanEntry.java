package io.statedesk.transfer;

import io.statedesk.engine.model.StateItem;

/**
 * What a dry run found for one item, and so what the run will do with it.
 *
 * @param origin where the item comes from: the source key, or a file's line
 * @param item   what would be written (its check filled in), or null when the source gave nothing to write
 * @param action what the run will do
 * @param note   why, in a few words
 * @param before what the target held when the dry run looked, or null (absent, or not looked at)
 */
public record PlanEntry(String origin, WriteItem item, Action action, String note, StateItem before) {

    public enum Action {
        /** The target has no such key: it is created (first-write, so a key created meanwhile is never replaced). */
        CREATE,
        /** The target's item is replaced (checked against its ETag in the ETag-checked mode). */
        OVERWRITE,
        /** The target already holds exactly this: nothing to write. */
        UNCHANGED,
        /** Create-only and the target holds the key: left as it is. */
        SKIP_EXISTS,
        /** The source has nothing to copy for this key: gone, expired or without a value. */
        SKIP_SOURCE,
        /** ETag-checked and the target changed since it was compared: not written. */
        CONFLICT;

        public boolean writes() {
            return this == CREATE || this == OVERWRITE;
        }
    }

    /** The target key, or the origin when nothing would be written. */
    public String targetKey() {
        return item == null ? origin : item.key();
    }

    static PlanEntry skipped(String origin, String why) {
        return new PlanEntry(origin, null, Action.SKIP_SOURCE, why, null);
    }
}
