package io.statedesk.session;

import io.statedesk.component.kubernetes.KubeContext;
import java.util.List;

/**
 * The user's Kubernetes clusters, for File > Open from cluster…; implemented by the app over the component layer.
 * Every call does network I/O and fails with one sentence saying what happened and what to do.
 */
public interface ClusterSource {

    /** The contexts of the user's kubeconfig; the current one is marked. */
    List<KubeContext> contexts();

    /** The namespaces of a context's cluster, or its own namespace when the user may not list them. */
    List<String> namespaces(String context);

    /**
     * The namespace's {@code state.aws.dynamodb} components, each with its findings and a {@link ClusterOrigin}
     * (scopes, app ids, items to type), ready for {@link ComponentOpener#open}.
     */
    List<ComponentChoice> components(String context, String namespace);
}
