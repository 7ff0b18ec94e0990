package io.statedesk.dapr.actors;

import io.statedesk.dapr.workflow.WorkflowRecordKey;
import java.util.regex.Pattern;

/**
 * What daprd wrote a key for, from its shape alone (dapr-internal-formats.md §4 and §6, the StateDesk spec): the
 * parts between {@code ||} decide. A state API key ({@code APPID||key}) and a reminder list ({@code actors||TYPE}) look alike; the value
 * tells them apart ({@link ReminderDecoder}).
 */
public enum DaprKeyKind {
    /** {@code prefix||key} or a bare key: the state API. */
    STATE("state"),
    /** {@code APPID||TYPE||ID||KEY}. */
    ACTOR_STATE("actor state"),
    /** Actor state of Dapr's internal workflow actor types. */
    WORKFLOW("workflow record"),
    /** {@code actors||TYPE}: a reminder list (partition count 0), Dapr 1.14 and earlier. */
    REMINDER_LIST("reminder list"),
    /** {@code actors||TYPE||metadata}: the reminder partition count. */
    REMINDER_METADATA("reminder metadata"),
    /** {@code actors||TYPE||METADATAID||reminders||N}: one partition of the type's reminders. */
    REMINDER_PARTITION("reminder partition"),
    /** {@code TYPE||ID||NAME}: when a reminder last fired. */
    REMINDER_TRACK("reminder track"),
    /** {@code outbox-<uuid>}: a transactional outbox marker of a publish in flight (or failed). */
    OUTBOX("outbox marker");

    private static final String SEPARATOR = "||";
    private static final String ACTORS = "actors";
    private static final Pattern OUTBOX_KEY = Pattern.compile(
            "outbox-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final String label;

    DaprKeyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isReminderRecord() {
        return this == REMINDER_LIST || this == REMINDER_METADATA || this == REMINDER_PARTITION
                || this == REMINDER_TRACK;
    }

    /** Classifies a stored key. Never fails. */
    public static DaprKeyKind of(String stored) {
        String[] parts = stored.split(Pattern.quote(SEPARATOR), -1);
        return switch (parts.length) {
            case 1 -> OUTBOX_KEY.matcher(stored).matches() ? OUTBOX : STATE;
            case 2 -> ACTORS.equals(parts[0]) ? REMINDER_LIST : STATE;
            case 3 -> ACTORS.equals(parts[0]) && "metadata".equals(parts[2]) ? REMINDER_METADATA : REMINDER_TRACK;
            case 5 -> ACTORS.equals(parts[0]) && "reminders".equals(parts[3]) ? REMINDER_PARTITION : actor(stored);
            default -> actor(stored);
        };
    }

    private static DaprKeyKind actor(String stored) {
        return WorkflowRecordKey.parse(stored).isPresent() ? WORKFLOW : ACTOR_STATE;
    }
}
