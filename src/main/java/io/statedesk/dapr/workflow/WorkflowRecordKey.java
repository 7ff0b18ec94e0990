package io.statedesk.dapr.workflow;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored key of a workflow record: {@code APPID||dapr.internal.NS.APPID.workflow||INSTANCEID||KEY}
 * (dapr-internal-formats.md §1.1, the StateDesk spec). Keys of newer Dapr versions ({@code sigcert-…},
 * {@code propagated-history}) and anything
 * else are {@link Kind#OTHER}: shown raw, never an error.
 *
 * @param stored     the key as stored
 * @param actorType  the internal actor type
 * @param instanceId the workflow instance id (the actor id)
 * @param kind       what the record holds
 * @param index      the position of an inbox or history entry, else -1
 * @param name       the record's own key (the fourth part)
 */
public record WorkflowRecordKey(String stored, WorkflowActorType actorType, String instanceId, Kind kind, long index,
                                String name) {

    public enum Kind { METADATA, CUSTOM_STATUS, INBOX, HISTORY, ACTIVITY_STATE, OTHER }

    public static final String SEPARATOR = "||";
    public static final String METADATA = "metadata";
    public static final String CUSTOM_STATUS = "customStatus";
    public static final String INBOX = "inbox";
    public static final String HISTORY = "history";
    /** The activity actor's record of Dapr 1.10 to 1.14. */
    public static final String ACTIVITY_STATE = "activityState";

    public WorkflowRecordKey {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(actorType, "actorType");
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** Parses a stored key; empty when it is not a record of a workflow-internal actor type. Never fails. */
    public static Optional<WorkflowRecordKey> parse(String stored) {
        int first = stored.indexOf(SEPARATOR);
        int second = first < 0 ? -1 : stored.indexOf(SEPARATOR, first + 2);
        int third = second < 0 ? -1 : stored.indexOf(SEPARATOR, second + 2);
        if (third < 0) {
            return Optional.empty();
        }
        String appId = stored.substring(0, first);
        String type = stored.substring(first + 2, second);
        String instance = stored.substring(second + 2, third);
        String name = stored.substring(third + 2);
        return WorkflowActorType.parse(appId, type).map(actorType -> {
            Kind kind = Kind.OTHER;
            long index = -1;
            if (actorType.role() == WorkflowActorType.Role.WORKFLOW) {
                if (name.equals(METADATA)) {
                    kind = Kind.METADATA;
                } else if (name.equals(CUSTOM_STATUS)) {
                    kind = Kind.CUSTOM_STATUS;
                } else if ((index = entryIndex(name, INBOX)) >= 0) {
                    kind = Kind.INBOX;
                } else if ((index = entryIndex(name, HISTORY)) >= 0) {
                    kind = Kind.HISTORY;
                }
            } else if (actorType.role() == WorkflowActorType.Role.ACTIVITY && name.equals(ACTIVITY_STATE)) {
                kind = Kind.ACTIVITY_STATE;
            }
            return new WorkflowRecordKey(stored, actorType, instance, kind, index, name);
        });
    }

    /** {@code prefix-NNNNNN}: at least six digits, a seventh past 999,999, as daprd's {@code %s-%06d}. */
    private static long entryIndex(String name, String prefix) {
        if (!name.startsWith(prefix + "-")) {
            return -1;
        }
        String digits = name.substring(prefix.length() + 1);
        if (digits.length() < 6 || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Long.parseLong(digits);
    }

    /** daprd's name of the i-th inbox or history entry. */
    public static String entryName(String prefix, long index) {
        return String.format(Locale.ROOT, "%s-%06d", prefix, index);
    }

    /** The stored key of one of an instance's records. */
    public static String storedKey(WorkflowActorType actorType, String instanceId, String name) {
        return actorType.keyPrefix() + instanceId + SEPARATOR + name;
    }

    /** Every record of the instance starts with this; the rest holds no separator. */
    public static String instancePrefix(WorkflowActorType actorType, String instanceId) {
        return actorType.keyPrefix() + instanceId + SEPARATOR;
    }
}
