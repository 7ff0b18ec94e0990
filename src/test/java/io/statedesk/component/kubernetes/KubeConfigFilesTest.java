package io.statedesk.component.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's kubeconfig: contexts as kubectl merges them, exec plugins, and a cluster that does not answer. */
class KubeConfigFilesTest {

    @TempDir
    Path home;

    static String kubeconfig(String server, String current, String userYaml) {
        return """
                apiVersion: v1
                kind: Config
                current-context: %s
                clusters:
                - name: eks-prod
                  cluster:
                    server: %s
                - name: kind
                  cluster:
                    server: https://127.0.0.1:6443
                contexts:
                - name: arn:aws:eks:eu-west-1:123456789012:cluster/prod
                  context:
                    cluster: eks-prod
                    user: eks-user
                    namespace: orders
                - name: kind-dev
                  context:
                    cluster: kind
                    user: kind-user
                users:
                - name: eks-user
                  user:
                %s
                - name: kind-user
                  user:
                    token: kind-token
                """.formatted(current, server, userYaml);
    }

    static String execUser(String token) {
        return """
                    exec:
                      apiVersion: client.authentication.k8s.io/v1beta1
                      command: sh
                      args:
                      - -c
                      - echo '{"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential","status":{"token":"%s"}}'
                      interactiveMode: Never
                """.formatted(token);
    }

    @Test
    void contexts_listEachWithItsNamespaceServerAndExecPlugin_andTheCurrentOne() throws Exception {
        Path file = home.resolve(".kube").resolve("config");
        Files.createDirectories(file.getParent());
        Files.writeString(file, kubeconfig("https://ABC.gr7.eu-west-1.eks.amazonaws.com", "kind-dev",
                execUser("t")));

        KubeConfigFiles config = KubeConfigFiles.load(Map.of(), home);

        assertThat(config.contexts()).extracting(KubeContext::name)
                .containsExactly("arn:aws:eks:eu-west-1:123456789012:cluster/prod", "kind-dev");
        KubeContext eks = config.contexts().get(0);
        assertThat(eks.namespace()).isEqualTo("orders");
        assertThat(eks.server()).isEqualTo("https://ABC.gr7.eu-west-1.eks.amazonaws.com");
        assertThat(eks.execCommand()).isEqualTo("sh");
        assertThat(eks.usesExecPlugin()).isTrue();
        assertThat(config.contexts().get(1).namespace()).isEqualTo("default");
        assertThat(config.currentContext()).map(KubeContext::name).contains("kind-dev");
    }

    @Test
    void kubeconfigVariable_listsSeveralFiles_theFirstDefiningANameWins() throws Exception {
        Path a = home.resolve("a.yaml");
        Path b = home.resolve("b.yaml");
        Files.writeString(a, kubeconfig("https://first.example", "", execUser("t")).replace("current-context: \n",
                ""));
        Files.writeString(b, kubeconfig("https://second.example", "kind-dev", execUser("t")));

        KubeConfigFiles config = KubeConfigFiles.load(Map.of("KUBECONFIG", a + File.pathSeparator + b), home);

        assertThat(config.contexts()).hasSize(2);
        assertThat(config.contexts().get(0).server()).isEqualTo("https://first.example");
        assertThat(config.currentContext()).map(KubeContext::name).contains("kind-dev");
    }

    @Test
    void execPlugin_runsAndItsTokenReachesTheApiServer() throws Exception {
        try (MockCluster cluster = new MockCluster()) {
            Path file = home.resolve("config");
            Files.writeString(file, kubeconfig(cluster.client.getMasterUrl().toString(), "",
                    execUser("token-from-exec-plugin")));
            KubeConfigFiles config = KubeConfigFiles.load(Map.of("KUBECONFIG", file.toString()), home);

            try (DaprCluster dapr = DaprCluster.connect(config, "arn:aws:eks:eu-west-1:123456789012:cluster/prod")) {
                assertThat(dapr.dynamoDbComponents("orders")).isEmpty();
            }
            assertThat(cluster.server.getLastRequest().getHeader("Authorization"))
                    .isEqualTo("Bearer token-from-exec-plugin");
        }
    }

    @Test
    void unreachableCluster_isOneSentenceNamingTheContextAndServer() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Path file = home.resolve("config");
        Files.writeString(file, kubeconfig("http://127.0.0.1:" + closedPort, "kind-dev", "    token: t\n"));
        KubeConfigFiles config = KubeConfigFiles.load(Map.of("KUBECONFIG", file.toString()), home);

        try (DaprCluster dapr = DaprCluster.connect(config, "arn:aws:eks:eu-west-1:123456789012:cluster/prod")) {
            assertThatThrownBy(() -> dapr.dynamoDbComponents("orders"))
                    .isInstanceOfSatisfying(ClusterException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ClusterException.Kind.UNREACHABLE);
                        assertThat(e.getMessage()).isEqualTo("The Kubernetes API server of context"
                                + " `arn:aws:eks:eu-west-1:123456789012:cluster/prod` (http://127.0.0.1:" + closedPort
                                + "/) cannot be reached (connection refused).");
                    });
        }
    }

    @Test
    void unknownContext_saysWhichOnesExist() throws Exception {
        Path file = home.resolve("config");
        Files.writeString(file, kubeconfig("https://x.example", "kind-dev", "    token: t\n"));
        KubeConfigFiles config = KubeConfigFiles.load(Map.of("KUBECONFIG", file.toString()), home);

        assertThatThrownBy(() -> config.clientConfig("nope")).isInstanceOfSatisfying(ClusterException.class,
                e -> assertThat(e.fix()).contains("kind-dev"));
    }
}
