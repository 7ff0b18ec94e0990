package io.statedesk.ui.conflict;

/** What the user decided after a save met a newer version. */
public enum ConflictChoice {
    /** Discard my edit and show their version. */
    TAKE_THEIRS,
    /** Close the dialog and go on editing; the next save is checked against their version. */
    KEEP_EDITING,
    /** Write mine over theirs, checked against their ETag so a third writer is still caught. */
    OVERWRITE
}
