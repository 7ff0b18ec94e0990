package io.statedesk.transfer;

/** What became of one item. */
public sealed interface WriteOutcome {

    /** One word for reports: written, unchanged, skipped, conflict, unknown, failed, not-run. */
    String word();

    /** What happened, in a sentence. */
    String detail();

    /** Written; the target's new ETag. */
    record Written(String etag, String detail) implements WriteOutcome {
        public String word() {
            return "written";
        }
    }

    /** The target already held exactly these bytes, storage and TTL: nothing was written. */
    record Unchanged(String detail) implements WriteOutcome {
        public String word() {
            return "unchanged";
        }
    }

    /** Left out by the mode or the source (a key the target holds in create-only mode, an expired item). */
    record Skipped(String detail) implements WriteOutcome {
        public String word() {
            return "skipped";
        }
    }

    /** The target changed since it was compared (or exported): nothing was written. */
    record Conflict(String detail) implements WriteOutcome {
        public String word() {
            return "conflict";
        }
    }

    /** The write was sent and may have been applied: read the key to know. */
    record Unknown(String detail) implements WriteOutcome {
        public String word() {
            return "unknown";
        }
    }

    /** Refused or failed: nothing was written. */
    record Failed(String detail) implements WriteOutcome {
        public String word() {
            return "failed";
        }
    }

    /** Not attempted: the run was cancelled or stopped before it. */
    record NotRun(String detail) implements WriteOutcome {
        public String word() {
            return "not-run";
        }
    }
}
