package io.statedesk.component.kubernetes;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.MetadataItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Dapr component of a namespace, with who can see it.
 *
 * @param manifest  the component as daprd reads it (references unresolved)
 * @param namespace its namespace
 * @param appIds    the app ids of the namespace's Dapr pods ({@code dapr.io/app-id}) that load it: all of them
 *                  when it has no scopes, else those in its scopes; empty when pods could not be listed
 * @param appIdNote why app ids are missing (pods not readable), else ""
 */
public record ClusterComponent(ComponentManifest manifest, String namespace, List<String> appIds, String appIdNote) {

    public ClusterComponent {
        appIds = List.copyOf(appIds);
    }

    public String name() {
        return manifest.name() == null ? "" : manifest.name();
    }

    public String type() {
        return manifest.type() == null ? "" : manifest.type();
    }

    /** The app ids it is limited to; empty means every app in the namespace. */
    public List<String> scopes() {
        return manifest.scopes();
    }

    /** Items whose value comes from the daprd container's environment, by item name, with the variable. */
    public Map<String, String> envRefs() {
        Map<String, String> out = new LinkedHashMap<>();
        for (MetadataItem item : manifest.metadata()) {
            if (!item.hasValue() && !item.hasSecretKeyRef() && item.hasEnvRef()) {
                out.put(item.name(), item.envRef());
            }
        }
        return out;
    }
}
