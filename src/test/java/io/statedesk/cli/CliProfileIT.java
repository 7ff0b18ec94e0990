package io.statedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.sandbox.LocalCredentials;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --profile}, {@code --endpoint} and {@code --region} override what the component says. */
@WithTestDatabase
class CliProfileIT {

    @TempDir
    Path home;

    @TempDir
    Path components;

    @Test
    void profile_fromTheHomeFolder_suppliesTheCredentials(DaprTables tables, TestDatabase db) throws Exception {
        LocalTable table = new LocalTable(tables.client(), tables.create());
        table.putS("myapp||k", "v", "e1");
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws").resolve("credentials"), "[local]\naws_access_key_id = "
                + LocalCredentials.ACCESS_KEY + "\naws_secret_access_key = " + LocalCredentials.SECRET_KEY + "\n");
        Path component = Files.writeString(components.resolve("statestore.yaml"), """
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
                """.formatted(table.name(), db.endpoint()));

        CliHarness.Result result = CliHarness.run(c -> c.withHome(home).withEnvironment(Map.of()), new byte[0],
                "--component", component.toString(), "--profile", "local", "--region", "us-east-1", "--debug",
                "get", "myapp||k", "--output", "raw");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).isEqualTo("v");
        assertThat(result.stderr()).contains("credentials: Profile local chosen for this session")
                .doesNotContain(LocalCredentials.SECRET_KEY);
    }

    @Test
    void unknownProfile_failsWithOneLine(DaprTables tables) {
        Path component = CliHarness.localComponent(components, tables.create(),
                java.net.URI.create("http://localhost:8000"));

        CliHarness.Result result = CliHarness.run(c -> c.withHome(home).withEnvironment(Map.of()), new byte[0],
                "--component", component.toString(), "--profile", "nope", "get", "k");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.stderr().strip()).contains("no AWS profile named nope").doesNotContain("\n");
    }

    @Test
    void endpointOption_pointsALocalComponentAtAnotherServer(DaprTables tables, TestDatabase db) {
        LocalTable table = new LocalTable(tables.client(), tables.create());
        table.putS("myapp||k", "v", "e1");
        Path component = CliHarness.localComponent(components, table.name(),
                java.net.URI.create("http://localhost:1"));

        CliHarness.Result result = CliHarness.run("--component", component.toString(),
                "--endpoint", db.endpoint().toString(), "get", "myapp||k", "--output", "raw");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).isEqualTo("v");
    }
}
