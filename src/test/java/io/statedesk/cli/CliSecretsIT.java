package io.statedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.sandbox.LocalCredentials;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.testing.LocalSecretFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Credentials behind secretKeyRef and envRef are resolved as daprd resolves them, through the component layer. */
@WithTestDatabase
class CliSecretsIT {

    @TempDir
    Path dir;

    private Path write(String table, TestDatabase db, String secretsJson) throws Exception {
        LocalSecretFiles.write(dir, secretsJson);
        return Files.writeString(dir.resolve("statestore.yaml"), """
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
                  - name: accessKey
                    secretKeyRef:
                      name: dynamoAccessKey
                      key: dynamoAccessKey
                  - name: secretKey
                    secretKeyRef:
                      name: dynamoSecretKey
                auth:
                  secretStore: localsecrets
                """.formatted(table, db.endpoint()));
    }

    @Test
    void credentials_fromALocalFileSecretStore_areUsed(DaprTables tables, TestDatabase db) throws Exception {
        LocalTable table = new LocalTable(tables.client(), tables.create());
        table.putS("myapp||k", "v", "e1");
        write(table.name(), db, "{\"dynamoAccessKey\":\"" + LocalCredentials.ACCESS_KEY
                + "\",\"dynamoSecretKey\":\"" + LocalCredentials.SECRET_KEY + "\"}");

        CliHarness.Result result = CliHarness.run("--component", dir.toString(), "--name", "statestore",
                "get", "myapp||k", "--output", "raw");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).isEqualTo("v");
    }

    @Test
    void anUnresolvableSecret_failsWithItsPosition_andSendsNothing(DaprTables tables, TestDatabase db)
            throws Exception {
        write(tables.create(), db, "{\"other\":\"x\"}");

        CliHarness.Result result = CliHarness.run(c -> c.withClients((component, credentials, settings) -> {
            throw new AssertionError("no client may be built");
        }), new byte[0], "--component", dir.toString(), "get", "myapp||k");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.stderr().strip()).contains("statestore.yaml:").doesNotContain("\n");
        assertThat(result.stderr()).doesNotContain(LocalCredentials.SECRET_KEY);
    }

    @Test
    void envRef_readsTheGivenEnvironment(DaprTables tables, TestDatabase db) throws Exception {
        LocalTable table = new LocalTable(tables.client(), tables.create());
        table.putS("myapp||k", "v", "e1");
        Path component = Files.writeString(dir.resolve("statestore.yaml"), """
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
                  - name: accessKey
                    envRef: TEST_DDB_ACCESS
                  - name: secretKey
                    envRef: TEST_DDB_SECRET
                """.formatted(table.name(), db.endpoint()));

        CliHarness.Result result = CliHarness.run(c -> c.withEnvironment(Map.of(
                        "TEST_DDB_ACCESS", LocalCredentials.ACCESS_KEY,
                        "TEST_DDB_SECRET", LocalCredentials.SECRET_KEY)), new byte[0],
                "--component", component.toString(), "get", "myapp||k", "--output", "raw");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).isEqualTo("v");
    }
}
