package io.statedesk.component.kubernetes;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.model.Hosting;
import io.statedesk.component.model.LoadedFile;
import io.statedesk.component.secrets.AwsSecretStores;
import io.statedesk.component.secrets.SecretStore;
import io.statedesk.component.secrets.SecretStoreOpener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The Dapr side of one kubeconfig context, read as the Dapr operator reads it for daprd: the namespace's
 * {@code components.dapr.io/v1alpha1} resources, its Secrets, and the app ids of its Dapr pods. Only reads: nothing
 * in the cluster is created, changed or deleted. Every call is blocking network I/O.
 */
public final class DaprCluster implements AutoCloseable {

    /** The Dapr Component resource: namespaced, served as v1alpha1 only. */
    public static final ResourceDefinitionContext COMPONENTS = new ResourceDefinitionContext.Builder()
            .withGroup("dapr.io").withVersion("v1alpha1").withPlural("components").withKind("Component")
            .withNamespaced(true).build();
    static final String APP_ID = "dapr.io/app-id";
    static final String SECRET_STORE_TYPE = "secretstores.kubernetes";

    private final KubernetesClient client;
    private final String context;

    /** @param context the kubeconfig context name the client was made for, for messages */
    public DaprCluster(KubernetesClient client, String context) {
        this.client = Objects.requireNonNull(client, "client");
        this.context = Objects.requireNonNull(context, "context");
    }

    /** A client for a context of the user's kubeconfig, exec plugins included. Sends no request yet. */
    public static DaprCluster connect(KubeConfigFiles kubeconfig, String context) throws ClusterException {
        return new DaprCluster(new KubernetesClientBuilder().withConfig(kubeconfig.clientConfig(context)).build(),
                context);
    }

    public String context() {
        return context;
    }

    public String server() {
        return String.valueOf(client.getMasterUrl());
    }

    /**
     * The cluster's namespaces, sorted. Many users may not list namespaces (a cluster-wide right) but can work in
     * their own: then {@code fallback} alone, so the user can still pick it or type another.
     */
    public List<String> namespaces(String fallback) throws ClusterException {
        try {
            return client.namespaces().list().getItems().stream().map(Namespace::getMetadata)
                    .map(m -> m.getName()).sorted().toList();
        } catch (RuntimeException e) {
            ClusterException c = failure(e, "list namespaces", "list on namespaces");
            if (c.kind() == ClusterException.Kind.FORBIDDEN) {
                return List.of(fallback);
            }
            throw c;
        }
    }

    /** Every Dapr component of the namespace as daprd there would load it, in name order. */
    public ComponentSet componentSet(String namespace) throws ClusterException {
        Path folder = ComponentResources.folder(context, namespace);
        List<LoadedFile> files = new ArrayList<>();
        for (GenericKubernetesResource r : resources(namespace)) {
            files.add(ComponentResources.read(r, folder));
        }
        return new ComponentSet(folder, folder, files, List.of(), Hosting.KUBERNETES);
    }

    /** The namespace's components with the app ids that load them. Pods that cannot be listed only hide app ids. */
    public List<ClusterComponent> components(String namespace) throws ClusterException {
        ComponentSet set = componentSet(namespace);
        List<String> running;
        String note = "";
        try {
            running = appIds(namespace);
        } catch (ClusterException e) {
            running = List.of();
            note = e.getMessage();
        }
        List<ClusterComponent> out = new ArrayList<>();
        for (ComponentManifest m : set.components()) {
            List<String> seeing = m.scopes().isEmpty() ? running
                    : running.stream().filter(m.scopes()::contains).toList();
            out.add(new ClusterComponent(m, namespace, seeing, note));
        }
        return out;
    }

    /** The {@code state.aws.dynamodb} components of the namespace. */
    public List<ClusterComponent> dynamoDbComponents(String namespace) throws ClusterException {
        return components(namespace).stream().filter(c -> c.manifest().isDynamoDb()).toList();
    }

    /** The app ids of the namespace's pods with a Dapr sidecar: annotation (or label) {@code dapr.io/app-id}. */
    public List<String> appIds(String namespace) throws ClusterException {
        try {
            TreeSet<String> ids = new TreeSet<>();
            for (Pod pod : client.pods().inNamespace(namespace).list().getItems()) {
                Map<String, String> annotations = pod.getMetadata().getAnnotations();
                Map<String, String> labels = pod.getMetadata().getLabels();
                Optional.ofNullable(annotations == null ? null : annotations.get(APP_ID))
                        .or(() -> Optional.ofNullable(labels == null ? null : labels.get(APP_ID)))
                        .filter(id -> !id.isBlank()).ifPresent(ids::add);
            }
            return List.copyOf(ids);
        } catch (RuntimeException e) {
            throw failure(e, "list pods in namespace `" + namespace + "` (to find app ids)",
                    "list on pods in namespace `" + namespace + "`");
        }
    }

    /**
     * The secret stores daprd in this namespace has beyond the local ones: the built-in {@code kubernetes} store
     * (the operator's), {@code secretstores.kubernetes} components, and the AWS stores.
     */
    public SecretStoreOpener secretStores(String namespace) {
        KubernetesSecretStore secrets = new KubernetesSecretStore(client, context, namespace);
        SecretStoreOpener kubernetes = new SecretStoreOpener() {
            @Override
            public Optional<SecretStore> open(ComponentManifest store, Function<String, Optional<String>> settings) {
                return store.hasType(SECRET_STORE_TYPE) ? Optional.of(secrets) : Optional.empty();
            }

            @Override
            public Optional<SecretStore> builtinKubernetes() {
                return Optional.of(secrets);
            }
        };
        return kubernetes.orElse(new AwsSecretStores());
    }

    private List<GenericKubernetesResource> resources(String namespace) throws ClusterException {
        try {
            List<GenericKubernetesResource> items = new ArrayList<>(client.genericKubernetesResources(COMPONENTS)
                    .inNamespace(namespace).list().getItems());
            items.sort(Comparator.comparing(r -> r.getMetadata().getName()));
            return items;
        } catch (RuntimeException e) {
            throw failure(e, "list Dapr components in namespace `" + namespace + "`",
                    "get and list on components.dapr.io in namespace `" + namespace + "`");
        }
    }

    private ClusterException failure(RuntimeException e, String action, String rbac) {
        return ClusterFailures.of(e, context, server(), action, rbac);
    }

    @Override
    public void close() {
        client.close();
    }
}
