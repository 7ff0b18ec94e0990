package io.statedesk.engine.model;

import java.util.Objects;

/**
 * A stored key split into the parts daprd joined with {@code ||}.
 *
 * <p>Plain state: {@code <prefix>||<key>} where the prefix is the app id, {@code <namespace>.<appId>}, the component
 * name or a custom text, depending on the component's {@link KeyPrefix}; or the bare key for {@code none}.
 * Actor state ignores keyPrefix: {@code <appId>||<actorType>||<actorId>||<key>}; workflow state is actor state of
 * the internal actor types {@code dapr.internal.<ns>.<appId>.workflow}, {@code .activity} and {@code .executor}.
 * Reminder records that daprd 1.14 and earlier kept in the state store are {@link Kind#REMINDER}: the reminder track
 * {@code <actorType>||<actorId>||<reminderName>}, the metadata {@code actors||<actorType>||metadata} and the partitions
 * {@code actors||<actorType>||<metadataId>||reminders||<n>} (dapr-internal-formats.md §2.2, the StateDesk spec). A
 * two-part {@code actors||<actorType>} list cannot be told from an app named {@code actors} by its key, so it stays
 * plain state here (the Actors view tells them apart by the value).
 *
 * @param stored    the exact attribute value in the table
 * @param kind      what daprd wrote it for
 * @param prefix    the text before the first {@code ||} of plain state, null when there is none
 * @param namespace the namespace of a {@code namespace}-prefixed key, else null
 * @param appId     the app id when the strategy or the actor layout says which part it is, else null
 * @param actorType the actor type of actor, workflow state and reminder records, else null
 * @param actorId   the actor id of actor and workflow state and of a reminder track, else null
 * @param stateKey  the key the application used; of a reminder record, what follows the actor type (or id)
 */
public record StateKey(
        String stored,
        Kind kind,
        String prefix,
        String namespace,
        String appId,
        String actorType,
        String actorId,
        String stateKey) {

    public enum Kind { PLAIN, ACTOR, WORKFLOW, REMINDER }

    private static final String SEPARATOR = KeyPrefix.SEPARATOR;
    private static final String WORKFLOW_TYPE_PREFIX = "dapr.internal.";
    private static final String REMINDERS_PREFIX = "actors";

    public StateKey {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stateKey, "stateKey");
    }

    /** Splits a stored key as daprd built it under the given key prefix strategy. Never fails. */
    public static StateKey parse(String stored, KeyPrefix strategy) {
        // Scanning with indexOf (not a regex split): browsing parses every key of a table.
        int cut = stored.indexOf(SEPARATOR);
        if (cut < 0) {
            return new StateKey(stored, Kind.PLAIN, null, null, null, null, null, stored);
        }
        int second = stored.indexOf(SEPARATOR, cut + SEPARATOR.length());
        int third = second < 0 ? -1 : stored.indexOf(SEPARATOR, second + SEPARATOR.length());
        if (third >= 0 && stored.startsWith(REMINDERS_PREFIX + SEPARATOR)
                && stored.startsWith(SEPARATOR + "reminders" + SEPARATOR, third)) {
            // actors||TYPE||UUID||reminders||N: a reminder partition, not the state of an app called "actors".
            return new StateKey(stored, Kind.REMINDER, REMINDERS_PREFIX, null, null,
                    stored.substring(cut + SEPARATOR.length(), second), null,
                    stored.substring(second + SEPARATOR.length()));
        }
        if (second >= 0 && third < 0) {
            // Three parts: daprd refuses '||' in user keys and key prefixes, so only the reminder storage writes these.
            String first = stored.substring(0, cut);
            String middle = stored.substring(cut + SEPARATOR.length(), second);
            String last = stored.substring(second + SEPARATOR.length());
            return first.equals(REMINDERS_PREFIX)
                    ? new StateKey(stored, Kind.REMINDER, REMINDERS_PREFIX, null, null, middle, null, last)
                    : new StateKey(stored, Kind.REMINDER, null, null, null, first, middle, last);
        }
        if (third >= 0) {
            // Four parts: daprd refuses '||' in user keys, so only the actor layer writes these.
            String appId = stored.substring(0, cut);
            String actorType = stored.substring(cut + SEPARATOR.length(), second);
            String actorId = stored.substring(second + SEPARATOR.length(), third);
            String stateKey = stored.substring(third + SEPARATOR.length());
            Kind kind = isWorkflowActorType(actorType) ? Kind.WORKFLOW : Kind.ACTOR;
            return new StateKey(stored, kind, appId, null, appId, actorType, actorId, stateKey);
        }
        String prefix = stored.substring(0, cut);
        String rest = stored.substring(cut + SEPARATOR.length());
        return switch (strategy.strategy()) {
            case APPID -> new StateKey(stored, Kind.PLAIN, prefix, null, prefix, null, null, rest);
            case NAMESPACE -> {
                int dot = prefix.indexOf('.');
                // daprd falls back to <appId>||key when NAMESPACE is unset, so a prefix without a dot is an app id.
                yield dot < 0
                        ? new StateKey(stored, Kind.PLAIN, prefix, null, prefix, null, null, rest)
                        : new StateKey(stored, Kind.PLAIN, prefix, prefix.substring(0, dot), prefix.substring(dot + 1),
                                null, null, rest);
            }
            case NAME, CUSTOM, NONE -> new StateKey(stored, Kind.PLAIN, prefix, null, null, null, null, rest);
        };
    }

    /**
     * Builds the stored key for a user key the way daprd does.
     *
     * @param appId         the app id (may be empty, then {@code appid} and {@code namespace} store the bare key)
     * @param componentName the component's {@code metadata.name}, used by the {@code name} strategy
     * @param namespace     daprd's NAMESPACE, used by the {@code namespace} strategy (may be empty)
     * @throws IllegalArgumentException with daprd's reason when the key contains {@code ||}
     */
    public static String storedKey(KeyPrefix strategy, String appId, String componentName, String namespace,
            String userKey) {
        requireNoSeparator(userKey);
        String app = appId == null ? "" : appId;
        String ns = namespace == null ? "" : namespace;
        return switch (strategy.strategy()) {
            case NONE -> userKey;
            case APPID -> app.isEmpty() ? userKey : app + SEPARATOR + userKey;
            case NAMESPACE -> app.isEmpty() ? userKey
                    : (ns.isEmpty() ? app : ns + "." + app) + SEPARATOR + userKey;
            case NAME -> Objects.requireNonNull(componentName, "componentName") + SEPARATOR + userKey;
            case CUSTOM -> {
                requireNoSeparator(strategy.customPrefix());
                yield strategy.customPrefix() + SEPARATOR + userKey;
            }
        };
    }

    /** The stored key of an actor's state: keyPrefix does not apply. */
    public static String actorKey(String appId, String actorType, String actorId, String userKey) {
        requireNoSeparator(userKey);
        return appId + SEPARATOR + actorType + SEPARATOR + actorId + SEPARATOR + userKey;
    }

    /** daprd refuses keys and key prefixes containing the separator, with this text. */
    public static void requireNoSeparator(String keyOrPrefix) {
        if (keyOrPrefix.contains(SEPARATOR)) {
            throw new IllegalArgumentException("input key/keyPrefix '" + keyOrPrefix + "' can't contain '||'");
        }
    }

    private static boolean isWorkflowActorType(String actorType) {
        return actorType.startsWith(WORKFLOW_TYPE_PREFIX) && (actorType.endsWith(".workflow")
                || actorType.endsWith(".activity") || actorType.endsWith(".executor"));
    }
}
