package io.statedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.component.kubernetes.MockCluster;
import io.statedesk.sandbox.LocalCredentials;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --kube-context}, {@code --namespace}, {@code --component NAME}: a cluster's component, on the test database. */
@WithTestDatabase
class CliClusterIT {

    @TempDir
    Path home;
    private final MockCluster cluster = new MockCluster();

    @AfterEach
    void close() {
        cluster.close();
    }

    private void kubeconfig() throws Exception {
        Path file = home.resolve(".kube").resolve("config");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                apiVersion: v1
                kind: Config
                current-context: staging
                clusters:
                - name: mock
                  cluster:
                    server: %s
                contexts:
                - name: staging
                  context:
                    cluster: mock
                    user: dev
                    namespace: orders
                users:
                - name: dev
                  user:
                    token: dev-token
                """.formatted(cluster.client.getMasterUrl()));
    }

    private void component(String table, TestDatabase db, String credentials) {
        cluster.component("orders", """
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: statestore
                spec:
                  type: state.aws.dynamodb
                  version: v1
                  metadata:
                  - name: table
                    value: "%s"
                  - name: endpoint
                    value: "%s"
                  - name: region
                    value: us-east-1
                %s""".formatted(table, db.endpoint(), credentials));
    }

    @Test
    void getFromACluster_resolvesTheKubernetesSecret_andReadsTheTable(DaprTables tables, TestDatabase db)
            throws Exception {
        LocalTable table = new LocalTable(tables.client(), tables.create());
        table.putS("myapp||k", "from-cluster", "e1");
        kubeconfig();
        component(table.name(), db, """
                  - name: accessKey
                    secretKeyRef:
                      name: dynamo
                      key: id
                  - name: secretKey
                    secretKeyRef:
                      name: dynamo
                      key: secret
                """);
        cluster.secret("orders", "dynamo", Map.of("id", LocalCredentials.ACCESS_KEY, "secret",
                LocalCredentials.SECRET_KEY));

        CliHarness.Result result = CliHarness.run(c -> c.withHome(home).withEnvironment(Map.of()), new byte[0],
                "--kube-context", "staging", "--namespace", "orders", "--component", "statestore",
                "get", "myapp||k", "--output", "raw");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).isEqualTo("from-cluster");
    }

    @Test
    void envRef_takesOnlyAVariableTheUserNames(DaprTables tables, TestDatabase db) throws Exception {
        LocalTable table = new LocalTable(tables.client(), tables.create());
        table.putS("myapp||k", "v", "e1");
        kubeconfig();
        component(table.name(), db, """
                  - name: accessKey
                    envRef: DDB_ACCESS_KEY
                  - name: secretKey
                    envRef: DDB_SECRET_KEY
                """);
        Map<String, String> shell = Map.of("DDB_ACCESS_KEY", LocalCredentials.ACCESS_KEY, "MY_SECRET",
                LocalCredentials.SECRET_KEY, "DDB_SECRET_KEY", LocalCredentials.SECRET_KEY);

        CliHarness.Result refused = CliHarness.run(c -> c.withHome(home).withEnvironment(shell), new byte[0],
                "--namespace", "orders", "get", "myapp||k");
        CliHarness.Result given = CliHarness.run(c -> c.withHome(home).withEnvironment(shell), new byte[0],
                "--namespace", "orders", "--value-from-env", "accessKey=DDB_ACCESS_KEY",
                "--value-from-env", "secretKey=MY_SECRET", "get", "myapp||k", "--output", "raw");

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(refused.stderr()).contains("environment variable DDB_ACCESS_KEY of the daprd container (envRef),"
                + " which cannot be read from the cluster");
        assertThat(given.exitCode()).as(given.toString()).isZero();
        assertThat(given.stdout()).isEqualTo("v");
    }

    @Test
    void forbiddenNamespace_isOneLine() throws Exception {
        kubeconfig();
        cluster.forbid("/apis/dapr.io/v1alpha1/namespaces/locked/components", "components.dapr.io");

        CliHarness.Result result = CliHarness.run(c -> c.withHome(home).withEnvironment(Map.of()), new byte[0],
                "--namespace", "locked", "keys");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.stderr().strip()).doesNotContain("\n")
                .contains("Your Kubernetes user (context `staging`) may not list Dapr components in namespace"
                        + " `locked` (403 Forbidden).");
    }
}
