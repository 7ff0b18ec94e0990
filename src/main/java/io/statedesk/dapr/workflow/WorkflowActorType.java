package io.statedesk.dapr.workflow;

import java.util.Objects;
import java.util.Optional;

/**
 * An internal actor type of Dapr workflows: {@code dapr.internal.<namespace>.<appId>.workflow} (instances, with state),
 * {@code .activity} and {@code .executor} (no state in 1.16). Dapr 1.10 used {@code dapr.internal.wfengine.workflow}.
 *
 * @param appId     the app the actor type belongs to (the key's first part)
 * @param namespace daprd's NAMESPACE ({@code default} when self-hosted); empty for the 1.10 form
 * @param role      which of the internal actors
 * @param actorType the actor type as stored
 */
public record WorkflowActorType(String appId, String namespace, Role role, String actorType) {

    public enum Role { WORKFLOW, ACTIVITY, EXECUTOR }

    static final String PREFIX = "dapr.internal.";
    private static final String LEGACY_ENGINE = "dapr.internal.wfengine.";

    public WorkflowActorType {
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(actorType, "actorType");
    }

    /** The workflow actor type daprd 1.11+ uses for an app in a namespace. */
    public static WorkflowActorType workflow(String namespace, String appId) {
        return new WorkflowActorType(appId, namespace, Role.WORKFLOW, PREFIX + namespace + "." + appId + ".workflow");
    }

    /**
     * Reads an actor type of a stored actor key. The app id comes from the key's first part, so a namespace or an app
     * id with dots is split correctly. Empty for every other actor type.
     */
    public static Optional<WorkflowActorType> parse(String appId, String actorType) {
        if (!actorType.startsWith(PREFIX)) {
            return Optional.empty();
        }
        for (Role role : Role.values()) {
            String suffix = "." + role.name().toLowerCase(java.util.Locale.ROOT);
            if (actorType.equals(LEGACY_ENGINE + suffix.substring(1))) {
                return Optional.of(new WorkflowActorType(appId, "", role, actorType));
            }
            String tail = "." + appId + suffix;
            if (actorType.endsWith(tail) && actorType.length() > PREFIX.length() + tail.length()) {
                String namespace = actorType.substring(PREFIX.length(), actorType.length() - tail.length());
                return Optional.of(new WorkflowActorType(appId, namespace, role, actorType));
            }
        }
        return Optional.empty();
    }

    /** The stored-key prefix of every record of this actor type: {@code appId||actorType||}. */
    public String keyPrefix() {
        return appId + WorkflowRecordKey.SEPARATOR + actorType + WorkflowRecordKey.SEPARATOR;
    }

    public boolean legacyEngine() {
        return namespace.isEmpty();
    }
}
