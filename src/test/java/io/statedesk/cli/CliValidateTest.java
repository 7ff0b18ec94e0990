package io.statedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliValidateTest {

    @Test
    void brokenYaml_exitsFive_andPrintsFileLineColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: s\n"
                + "spec:\n  type: state.aws.dynamodb\n  metadata:\n  - name: table\n    value: [unclosed\n");

        CliHarness.Result result = CliHarness.run("validate", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.INVALID_COMPONENT);
        assertThat(result.stdout()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(file.toString())
                + ":\\d+:\\d+: error: ");
    }

    @Test
    void missingTable_exitsFive_onTheLineOfTheComponent(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("statestore.yaml");
        Files.writeString(file, "apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: s\n"
                + "spec:\n  type: state.aws.dynamodb\n  version: v1\n  metadata:\n  - name: region\n"
                + "    value: us-east-1\n");

        CliHarness.Result result = CliHarness.run("validate", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.INVALID_COMPONENT);
        assertThat(result.stdout()).contains(file + ":").contains(": error: ").containsIgnoringCase("table");
    }

    @Test
    void goodComponent_exitsZero(@TempDir Path dir) {
        Path file = CliHarness.localComponent(dir, "dapr-state", java.net.URI.create("http://localhost:8000"));

        CliHarness.Result result = CliHarness.run("validate", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).doesNotContain(": error: ");
    }

    @Test
    void withoutArgument_validatesTheGlobalComponentOption(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), "kind: Component\nmetadata: {name: x}\nspec: {type: }\n");

        CliHarness.Result result = CliHarness.run("--component", dir.toString(), "validate");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.INVALID_COMPONENT);
        assertThat(result.stdout()).contains("bad.yaml:");
    }
}
