package io.statedesk.component.kubernetes;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import java.util.HashMap;
import java.util.Queue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * fabric8's Kubernetes mock server in CRUD mode (what the test creates, the client reads back), knowing Dapr's
 * Component resource, plus helpers to fill a namespace the way a Dapr user's cluster looks. Expectations (a 403)
 * take precedence over CRUD for their path.
 */
public final class MockCluster implements AutoCloseable {

    public final KubernetesMockServer server;
    public final NamespacedKubernetesClient client;

    public MockCluster() {
        Map<ServerRequest, Queue<ServerResponse>> expectations = new HashMap<>();
        // CRUD mode with expectations on top, over plain http (as @EnableKubernetesMockClient(crud = true) builds it)
        server = new KubernetesMockServer(new Context(), new MockWebServer(), expectations,
                new KubernetesMixedDispatcher(expectations), false);
        server.init();
        server.expectCustomResource(new CustomResourceDefinitionContext.Builder().withGroup("dapr.io")
                .withVersion("v1alpha1").withPlural("components").withKind("Component").withScope("Namespaced")
                .build());
        client = server.createClient();
    }

    /** A Dapr Component from its YAML, as kubectl apply would create it. */
    public MockCluster component(String namespace, String yaml) {
        GenericKubernetesResource r = client.getKubernetesSerialization().unmarshal(yaml,
                GenericKubernetesResource.class);
        client.genericKubernetesResources(DaprCluster.COMPONENTS).inNamespace(namespace).resource(r).create();
        return this;
    }

    /** An Opaque Secret; values are stored base64-encoded in data, as the API server stores them. */
    public MockCluster secret(String namespace, String name, Map<String, String> values) {
        SecretBuilder b = new SecretBuilder().withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .withType("Opaque");
        values.forEach((k, v) -> b.addToData(k, Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8))));
        client.secrets().inNamespace(namespace).resource(b.build()).create();
        return this;
    }

    /** A pod with a Dapr sidecar for {@code appId}. */
    public MockCluster daprPod(String namespace, String podName, String appId) {
        client.pods().inNamespace(namespace).resource(new PodBuilder().withNewMetadata().withName(podName)
                .withNamespace(namespace).addToAnnotations("dapr.io/enabled", "true")
                .addToAnnotations("dapr.io/app-id", appId).endMetadata().build()).create();
        return this;
    }

    /** The API server answers 403 Forbidden to GETs of this path, as RBAC does. */
    public MockCluster forbid(String path, String what) {
        Status status = new StatusBuilder().withStatus("Failure").withCode(403).withReason("Forbidden")
                .withMessage(what + " is forbidden: User \"dev\" cannot access it").build();
        server.expect().get().withPath(path).andReturn(403, status).always();
        return this;
    }

    public DaprCluster dapr() {
        return new DaprCluster(client, "mock");
    }

    @Override
    public void close() {
        client.close();
        server.destroy();
    }
}
