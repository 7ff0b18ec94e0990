package io.statedesk.compare;

/**
 * One key of a comparison.
 *
 * @param key    the key both sides share: the stored key without the side's prefix
 * @param kind   only left, only right, different or same
 * @param left   the left item when compared, or null
 * @param right  the right item when compared, or null
 * @param reason for {@link DiffKind#DIFFERENT}: what differs ({@code value}, {@code storage S/B}); else empty
 */
public record DiffEntry(String key, DiffKind kind, Snapshot left, Snapshot right, String reason) {
}
