package io.statedesk.session;

import io.statedesk.component.ComponentCatalog;
import io.statedesk.component.PreparedStore;
import io.statedesk.component.aws.AwsSetupException;
import io.statedesk.component.kubernetes.ClusterComponent;
import io.statedesk.component.kubernetes.ClusterException;
import io.statedesk.component.kubernetes.DaprCluster;
import io.statedesk.component.kubernetes.KubeConfigFiles;
import io.statedesk.component.kubernetes.KubeContext;
import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The user's Kubernetes clusters, through the component layer; one short-lived client per call. */
public final class KubeClusters implements ClusterSource {

    /** Makes the cluster access of a context (a client the caller closes). */
    @FunctionalInterface
    public interface Connector {
        DaprCluster connect(String context) throws ClusterException;
    }

    /** Reads the kubeconfig (again on each call: the user may switch or add contexts while the app runs). */
    @FunctionalInterface
    public interface Contexts {
        List<KubeContext> load() throws ClusterException;
    }

    private final Contexts contexts;
    private final Connector connector;

    public KubeClusters(Contexts contexts, Connector connector) {
        this.contexts = contexts;
        this.connector = connector;
    }

    /** The user's kubeconfig as kubectl finds it. */
    public static KubeClusters standard(Map<String, String> environment, java.nio.file.Path home) {
        return new KubeClusters(() -> KubeConfigFiles.load(environment, home).contexts(),
                context -> DaprCluster.connect(KubeConfigFiles.load(environment, home), context));
    }

    @Override
    public List<KubeContext> contexts() {
        try {
            return contexts.load();
        } catch (ClusterException e) {
            throw failure(e);
        }
    }

    @Override
    public List<String> namespaces(String context) {
        String own = contexts().stream().filter(c -> c.name().equals(context)).map(KubeContext::namespace)
                .findFirst().orElse("default");
        try (DaprCluster dapr = connector.connect(context)) {
            return dapr.namespaces(own);
        } catch (ClusterException e) {
            throw failure(e);
        }
    }

    @Override
    public List<ComponentChoice> components(String context, String namespace) {
        try (DaprCluster dapr = connector.connect(context)) {
            List<ClusterComponent> found = dapr.dynamoDbComponents(namespace);
            ComponentSet set = dapr.componentSet(namespace);
            ComponentCatalog catalog = ComponentCatalog.of(set);
            List<ComponentChoice> out = new ArrayList<>();
            for (ClusterComponent c : found) {
                ComponentCatalog.Entry entry = catalog.entries().stream().filter(e -> e.name().equals(c.name()))
                        .findFirst().orElseThrow();
                out.add(new ComponentChoice(c.name(), c.type(), entry.file(), entry.line(), entry.usable(),
                        entry.problemSentences(), new ClusterOrigin(context, namespace, c.scopes(), c.appIds(),
                        c.appIdNote(), c.envRefs(), Map.of())));
            }
            return out;
        } catch (ClusterException e) {
            throw failure(e);
        }
    }

    /**
     * A cluster's component, prepared as daprd in its namespace would have it: the namespace's Secrets (and AWS
     * secret stores), and the values the user typed for envRefs, while the cluster's client is open.
     */
    PreparedStore prepare(ComponentChoice choice, String profile, Preparation preparation) {
        ClusterOrigin origin = choice.cluster();
        return withCluster(choice, dapr -> {
            ComponentSet set = dapr.componentSet(origin.namespace());
            ComponentManifest manifest = set.component(choice.name()).orElseThrow(() -> new IllegalStateException(
                    "Namespace " + origin.namespace() + " no longer holds component " + choice.name()
                            + ". List the namespace again."));
            try {
                return preparation.prepare(set, manifest, profile, dapr.secretStores(origin.namespace()),
                        origin.values());
            } catch (AwsSetupException e) {
                throw new IllegalStateException(e.getMessage() + " " + e.fix(), e);
            }
        });
    }

    private <T> T withCluster(ComponentChoice choice, ClusterWork<T> work) {
        try (DaprCluster dapr = connector.connect(choice.cluster().context())) {
            return work.run(dapr);
        } catch (ClusterException e) {
            throw failure(e);
        }
    }

    /** Work with an open cluster. */
    @FunctionalInterface
    interface ClusterWork<T> {
        T run(DaprCluster cluster) throws ClusterException;
    }

    private static IllegalStateException failure(ClusterException e) {
        return new IllegalStateException(e.getMessage() + " " + e.fix(), e);
    }
}
