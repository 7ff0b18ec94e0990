package io.statedesk.session;

import io.statedesk.component.model.Secret;
import java.util.List;
import java.util.Map;

/**
 * Where a component of a cluster lives, who sees it, and what the user typed for it.
 *
 * @param context   the kubeconfig context
 * @param namespace the namespace
 * @param scopes    the component's scopes (empty: every app of the namespace)
 * @param appIds    app ids of the namespace's Dapr pods that load it
 * @param appIdNote why app ids are unknown (pods not readable), else ""
 * @param envRefs   items whose value daprd takes from its container's environment, with the variable
 * @param values    values the user typed for those items, for this session only (masked in toString)
 */
public record ClusterOrigin(String context, String namespace, List<String> scopes, List<String> appIds,
                            String appIdNote, Map<String, String> envRefs, Map<String, Secret> values) {

    public ClusterOrigin {
        scopes = List.copyOf(scopes);
        appIds = List.copyOf(appIds);
        envRefs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(envRefs)); // file order
        values = Map.copyOf(values);
    }

    /** The same origin with the values the user typed. */
    public ClusterOrigin withValues(Map<String, Secret> typed) {
        return new ClusterOrigin(context, namespace, scopes, appIds, appIdNote, envRefs, typed);
    }
}
