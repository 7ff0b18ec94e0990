package io.statedesk.dapr.actors;

import java.util.List;

/**
 * A decoded reminder record of Dapr 1.14 and earlier (or of a daprd with the SchedulerReminders feature off).
 *
 * @param storedKey      the key
 * @param kind           which of the reminder records
 * @param actorType      the actor type it belongs to
 * @param format         "protobuf" (the {@code \0pb} form), "JSON", or "" when unreadable
 * @param reminders      the reminders of a list or partition
 * @param partitionCount the partition count of a metadata record, else -1
 * @param lastFiredTime  a track's last firing (RFC 3339), else ""
 * @param repetitionLeft a track's repetitions left, else -1
 * @param problem        why the value could not be read, else null
 */
public record ReminderRecord(String storedKey, DaprKeyKind kind, String actorType, String format,
                             List<StoredReminderView> reminders, int partitionCount, String lastFiredTime,
                             int repetitionLeft, String problem) {

    /** Why these records are very likely stale, for every reminder view. */
    public static final String STALE_NOTE = "Dapr 1.15 and later keep reminders in the Scheduler service and copy the"
            + " state store's reminders there at start-up without deleting them: unless the SchedulerReminders feature"
            + " is turned off, these records are no longer read.";

    public ReminderRecord {
        reminders = List.copyOf(reminders);
    }

    /** One line for a list. */
    public String summary() {
        if (problem != null) {
            return kind.label() + ": " + problem;
        }
        return switch (kind) {
            case REMINDER_LIST, REMINDER_PARTITION -> reminders.size() + (reminders.size() == 1 ? " reminder" :
                    " reminders") + " (" + format + ")";
            case REMINDER_METADATA -> "partition count " + partitionCount;
            case REMINDER_TRACK -> "last fired " + (lastFiredTime.isEmpty() ? "never" : lastFiredTime)
                    + (repetitionLeft >= 0 ? ", " + repetitionLeft + " repetitions left" : "");
            default -> kind.label();
        };
    }
}
