package io.statedesk.ui.transfer;

/**
 * One line of the copy or import table: where an item comes from, where it goes, and what the dry run plans or the
 * run did.
 *
 * @param source the source key, or a file's line
 * @param target the key in the target
 * @param state  {@code create}, {@code overwrite}, … before the run; {@code written}, {@code conflict}, … after
 * @param detail why, in a few words
 * @param tone   how it reads: planned, done, left as it was, or a problem
 */
public record TransferRow(String source, String target, String state, String detail, Tone tone) {

    public enum Tone { PLANNED, DONE, LEFT, PROBLEM }
}
