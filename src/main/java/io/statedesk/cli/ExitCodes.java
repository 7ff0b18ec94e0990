package io.statedesk.cli;

/** The exit codes of every command; scripts rely on them, so they never change meaning. */
public final class ExitCodes {

    public static final int OK = 0;
    /** Anything else that went wrong: unreachable table, refused write, unreadable file. */
    public static final int FAILURE = 1;
    /** The command line itself is wrong: unknown option, missing argument, bad value. */
    public static final int USAGE = 2;
    /** The item changed since its ETag was read, or a first-write found an item. Nothing was written. */
    public static final int CONFLICT = 3;
    /** The key has no item (or only an expired one, as Dapr sees it). */
    public static final int NOT_FOUND = 4;
    /** {@code validate} found at least one error. */
    public static final int INVALID_COMPONENT = 5;
    /**
     * A write was sent but its outcome is unknown (the answer was lost and a read could not settle it): it may have
     * been applied. Read the key; an ETag-checked or first-write rerun is safe.
     */
    public static final int OUTCOME_UNKNOWN = 6;

    private ExitCodes() {
    }
}
