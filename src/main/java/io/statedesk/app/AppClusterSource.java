package io.statedesk.app;

import io.statedesk.component.ComponentCatalog;
import io.statedesk.component.kubernetes.ClusterComponent;
import io.statedesk.component.kubernetes.ClusterException;
import io.statedesk.component.kubernetes.DaprCluster;
import io.statedesk.component.kubernetes.KubeConfigFiles;
import io.statedesk.component.kubernetes.KubeContext;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.session.ClusterOrigin;
import io.statedesk.session.ClusterSource;
import io.statedesk.session.ComponentChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The user's clusters for the window, through the component layer; one short-lived client per call. */
public final class AppClusterSource implements ClusterSource {

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

    public AppClusterSource(Contexts contexts, Connector connector) {
        this.contexts = contexts;
        this.connector = connector;
    }

    /** The user's kubeconfig as kubectl finds it. */
    static AppClusterSource standard(Map<String, String> environment, java.nio.file.Path home) {
        return new AppClusterSource(() -> KubeConfigFiles.load(environment, home).contexts(),
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

    /** The prepared store of a cluster's component, resolved while the client is open. */
    <T> T withCluster(ComponentChoice choice, ClusterWork<T> work) {
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
