package io.statedesk.component.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statedesk.component.PreparedStore;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.model.Secret;
import io.statedesk.component.model.Violation;
import io.statedesk.session.WritePolicy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Listing and opening Dapr components of a cluster, against fabric8's mock API server in CRUD mode. */
class DaprClusterTest {

    private final MockCluster cluster = new MockCluster();

    @AfterEach
    void close() {
        cluster.close();
    }

    static String dynamo(String name, String metadataYaml, String tail) {
        return """
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: %s
                spec:
                  type: state.aws.dynamodb
                  version: v1
                  metadata:
                  - name: table
                    value: dapr-state
                  - name: region
                    value: eu-west-1
                %s%s""".formatted(name, metadataYaml, tail);
    }

    @Test
    void list_showsTheNamespacesDynamoDbComponentsWithScopesAndTheAppIdsThatLoadThem() throws Exception {
        cluster.component("prod", dynamo("orders-state", "", "scopes:\n- orders\n- billing\n"))
                .component("prod", dynamo("shared-state", "", ""))
                .component("prod", """
                        apiVersion: dapr.io/v1alpha1
                        kind: Component
                        metadata:
                          name: pubsub
                        spec:
                          type: pubsub.aws.snssqs
                          version: v1
                        """)
                .component("staging", dynamo("elsewhere", "", ""))
                .daprPod("prod", "orders-7d9f", "orders").daprPod("prod", "shipping-5c2a", "shipping");

        List<ClusterComponent> found = cluster.dapr().dynamoDbComponents("prod");

        assertThat(found).extracting(ClusterComponent::name).containsExactly("orders-state", "shared-state");
        assertThat(found.get(0).scopes()).containsExactly("orders", "billing");
        assertThat(found.get(0).appIds()).containsExactly("orders");
        assertThat(found.get(1).scopes()).isEmpty();
        assertThat(found.get(1).appIds()).containsExactly("orders", "shipping");
        assertThat(found.get(0).namespace()).isEqualTo("prod");
    }

    @Test
    void open_resolvesSecretKeyRefFromAKubernetesSecret_keyDefaultingToTheSecretName() throws Exception {
        cluster.component("prod", dynamo("statestore", """
                  - name: accessKey
                    secretKeyRef:
                      name: dynamo-creds
                      key: access-key
                  - name: secretKey
                    secretKeyRef:
                      name: dynamo-secret-key
                """, ""))
                .secret("prod", "dynamo-creds", Map.of("access-key", "AKIACLUSTER", "other", "x"))
                .secret("prod", "dynamo-secret-key", Map.of("dynamo-secret-key", "cluster-secret\u00e9"));

        PreparedStore prepared = prepare("prod", "statestore", Map.of());

        assertThat(prepared.problems()).noneMatch(Violation::isError);
        assertThat(prepared.config().accessKey().reveal()).isEqualTo("AKIACLUSTER");
        assertThat(prepared.config().secretKey().reveal()).isEqualTo("cluster-secret\u00e9");
        assertThat(prepared.credentials().explanation()).startsWith("Static keys from the component");
        assertThat(WritePolicy.loopbackOnly().opensReadOnly(prepared.config().endpoint())).isTrue();
    }

    @Test
    void open_withSecretStoreKubernetes_usesTheSecretsToo_butAnotherStoreIsNotTheOperators() throws Exception {
        cluster.component("prod", dynamo("statestore", """
                  - name: accessKey
                    secretKeyRef:
                      name: creds
                      key: id
                  - name: secretKey
                    secretKeyRef:
                      name: creds
                      key: secret
                """, "auth:\n  secretStore: kubernetes\n"))
                .secret("prod", "creds", Map.of("id", "AKIAK8S", "secret", "s3cret"));

        assertThat(prepare("prod", "statestore", Map.of()).config().accessKey().reveal()).isEqualTo("AKIAK8S");
    }

    @Test
    void open_missingSecret_isAnErrorThatSaysTheOperatorRefusesTheNamespace() throws Exception {
        cluster.component("prod", dynamo("statestore", """
                  - name: accessKey
                    secretKeyRef:
                      name: not-there
                  - name: secretKey
                    value: literal
                """, ""));

        PreparedStore prepared = prepare("prod", "statestore", Map.of());

        assertThat(prepared.hasErrors()).isTrue();
        assertThat(prepared.problems()).filteredOn(Violation::isError).extracting(Violation::message)
                .containsExactly("There is no Secret `not-there` in namespace `prod` (context `mock`); the Dapr"
                        + " operator then refuses to hand this namespace's components to daprd.");
    }

    @Test
    void open_secretThatRbacRefuses_isExplainedInOneSentenceNamingTheRight() throws Exception {
        cluster.component("prod", dynamo("statestore", """
                  - name: accessKey
                    secretKeyRef:
                      name: locked
                      key: id
                """, "")).forbid("/api/v1/namespaces/prod/secrets/locked", "secrets \"locked\"");

        PreparedStore prepared = prepare("prod", "statestore", Map.of());

        Violation v = prepared.problems().stream().filter(Violation::isError).findFirst().orElseThrow();
        assertThat(v.message()).isEqualTo("`accessKey` could not be resolved: Your Kubernetes user (context `mock`)"
                + " may not read Secret `locked` in namespace `prod`, which the Dapr operator reads for this component"
                + " (403 Forbidden).");
        assertThat(v.fix()).contains("get on secrets in namespace `prod`");
    }

    @Test
    void list_refusedByRbac_isOneSentenceSayingWhoMayNotDoWhat() {
        cluster.forbid("/apis/dapr.io/v1alpha1/namespaces/locked/components", "components.dapr.io");

        assertThatThrownBy(() -> cluster.dapr().dynamoDbComponents("locked"))
                .isInstanceOfSatisfying(ClusterException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ClusterException.Kind.FORBIDDEN);
                    assertThat(e.getMessage()).isEqualTo("Your Kubernetes user (context `mock`) may not list Dapr"
                            + " components in namespace `locked` (403 Forbidden).");
                    assertThat(e.fix()).isEqualTo("Ask a cluster admin for get and list on components.dapr.io in"
                            + " namespace `locked`, or use a context whose user has it.");
                });
    }

    @Test
    void list_whenPodsAreForbidden_stillListsComponents_withoutAppIds() throws Exception {
        cluster.component("prod", dynamo("statestore", "", "scopes:\n- orders\n"))
                .forbid("/api/v1/namespaces/prod/pods", "pods");

        List<ClusterComponent> found = cluster.dapr().dynamoDbComponents("prod");

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.appIds()).isEmpty();
            assertThat(c.appIdNote()).contains("may not list pods in namespace `prod`");
            assertThat(c.scopes()).containsExactly("orders");
        });
    }

    @Test
    void namespaces_whenTheUserMayNotListThem_offersTheContextsOwn() throws Exception {
        cluster.forbid("/api/v1/namespaces", "namespaces");

        assertThat(cluster.dapr().namespaces("team-a")).containsExactly("team-a");
    }

    @Test
    void envRef_cannotBeReadFromTheCluster_soItAsksForTheValue_andATypedValueIsUsed() throws Exception {
        cluster.component("prod", dynamo("statestore", """
                  - name: accessKey
                    envRef: DDB_ACCESS_KEY
                  - name: secretKey
                    envRef: DDB_SECRET_KEY
                """, ""));
        ClusterComponent listed = cluster.dapr().dynamoDbComponents("prod").get(0);
        assertThat(listed.envRefs()).containsExactly(Map.entry("accessKey", "DDB_ACCESS_KEY"),
                Map.entry("secretKey", "DDB_SECRET_KEY"));

        PreparedStore unresolved = prepare("prod", "statestore", Map.of());
        assertThat(unresolved.problems()).filteredOn(Violation::isError).extracting(Violation::message)
                .contains("`accessKey` takes its value from environment variable DDB_ACCESS_KEY of the daprd"
                        + " container (envRef), which cannot be read from the cluster.");

        PreparedStore typed = prepare("prod", "statestore", Map.of("accessKey", Secret.of("AKIATYPED"),
                "secretKey", Secret.of("typed")));
        assertThat(typed.hasErrors()).isFalse();
        assertThat(typed.config().accessKey().reveal()).isEqualTo("AKIATYPED");
    }

    @Test
    void componentSet_isReadLikeAFile_andNothingInTheClusterIsWritten() throws Exception {
        cluster.component("prod", dynamo("statestore", "", "scopes:\n- orders\n"));
        int before = cluster.server.getRequestCount();
        for (int i = 0; i < before; i++) {
            cluster.server.takeRequest(); // the test's own setup
        }

        ComponentSet set = cluster.dapr().componentSet("prod");
        prepare("prod", "statestore", Map.of());

        assertThat(set.components()).singleElement().satisfies(m -> {
            assertThat(m.namespace()).isEqualTo("prod");
            assertThat(m.isDynamoDb()).isTrue();
            assertThat(m.item("table").orElseThrow().value()).isEqualTo("dapr-state");
        });
        assertThat(cluster.server.getRequestCount()).isGreaterThan(before);
        for (int i = before; i < cluster.server.getRequestCount(); i++) {
            assertThat(cluster.server.takeRequest().getMethod()).isEqualTo("GET");
        }
    }

    private PreparedStore prepare(String namespace, String name, Map<String, Secret> typed) throws Exception {
        DaprCluster dapr = cluster.dapr();
        ComponentSet set = dapr.componentSet(namespace);
        return PreparedStore.prepare(set, set.component(name).orElseThrow(), Map.of(), null, null,
                dapr.secretStores(namespace), typed);
    }
}
