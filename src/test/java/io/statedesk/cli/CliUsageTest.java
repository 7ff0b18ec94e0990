package io.statedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliUsageTest {

    @ParameterizedTest
    @ValueSource(strings = {"keys", "get", "set", "delete", "export", "import", "validate"})
    void help_ofEveryCommand_showsAnExample_andExitsZero(String command) {
        CliHarness.Result result = CliHarness.run(command, "--help");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("Usage: statedesk " + command).contains("Example:");
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void help_ofTheRoot_listsCommandsExitCodesAndAnExample() {
        CliHarness.Result result = CliHarness.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("keys", "get", "set", "delete", "export", "import", "validate",
                "Exit codes:", "Example:", "--allow-writes");
    }

    @Test
    void version_isTheOneTheBuildWroteIntoTheJar() {
        CliHarness.Result result = CliHarness.run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout().strip()).isEqualTo("StateDesk " + io.statedesk.build.BuildInfo.version())
                .doesNotEndWith("unknown");
    }

    @Test
    void helpCommand_showsTheSubcommandsHelp() {
        CliHarness.Result result = CliHarness.run("help", "import");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("--mode", "Example:");
    }

    @Test
    void unknownOption_exitsTwo_withOneLineOnStderr_andNothingOnStdout() {
        CliHarness.Result result = CliHarness.run("get", "k", "--colour");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr().strip()).doesNotContain("\n").startsWith("error: ")
                .contains("--colour", "statedesk get --help");
    }

    @Test
    void missingKey_exitsTwo() {
        CliHarness.Result result = CliHarness.run("get");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr()).contains("KEY");
    }

    @Test
    void badOptionValue_exitsTwo_andNamesTheAllowedValues() {
        CliHarness.Result result = CliHarness.run("import", "f.jsonl", "--mode", "merge");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr()).contains("create-only, overwrite or etag-checked");
    }

    @Test
    void set_withTwoValueSources_exitsTwo_beforeReadingAnyComponent(@TempDir Path dir) {
        CliHarness.Result result = CliHarness.run("--component", dir.resolve("none.yaml").toString(),
                "set", "k", "v", "--stdin");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr()).contains("exactly one way");
    }

    @Test
    void missingComponent_exitsOne_withoutAStackTrace(@TempDir Path dir) {
        CliHarness.Result result = CliHarness.run("--component", dir.resolve("none.yaml").toString(), "get", "k");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.stderr().strip()).startsWith("error: no component file or folder at")
                .doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void debug_addsTheStackTrace(@TempDir Path dir) {
        CliHarness.Result result = CliHarness.run("--debug", "--component", dir.resolve("none.yaml").toString(),
                "get", "k");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.stderr()).contains("CliException", "\tat ");
    }

    @Test
    void severalComponents_withoutName_isAUsageError_namingThem(@TempDir Path dir) {
        CliHarness.component(dir, "a.yaml", "alpha", "t1", "http://127.0.0.1:1", "");
        CliHarness.component(dir, "b.yaml", "beta", "t2", "http://127.0.0.1:1", "");

        CliHarness.Result result = CliHarness.run("--component", dir.toString(), "get", "k");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr()).contains("alpha, beta", "--name");
    }

    @Test
    void componentWithErrors_isRefused_withThePosition_beforeAnyClientIsBuilt(@TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("statestore.yaml"), "apiVersion: dapr.io/v1alpha1\n"
                + "kind: Component\nmetadata:\n  name: s\nspec:\n  type: state.aws.dynamodb\n  version: v1\n"
                + "  metadata:\n  - name: endpoint\n    value: http://localhost:8000\n");

        CliHarness.Result result = CliHarness.run(c -> c.withClients((component, credentials, settings) -> {
            throw new AssertionError("no client may be built");
        }), new byte[0], "--component", file.toString(), "get", "k");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.stderr().strip()).startsWith("error: " + file + ":").contains("table", "statedesk validate")
                .doesNotContain("\n");
    }

    @Test
    void isCommandLine_onlyForSubcommandWords() {
        assertThat(CommandLineMain.isCommandLine(new String[] {"--component", "x.yaml", "keys"})).isTrue();
        assertThat(CommandLineMain.isCommandLine(new String[] {"components/"})).isFalse();
        assertThat(CommandLineMain.isCommandLine(new String[] {})).isFalse();
    }

    @Test
    void runningOutOfMemory_isOneLineWithWhatToDo_notAStackTrace(@TempDir Path dir) {
        Path component = CliHarness.localComponent(dir, "t", java.net.URI.create("http://127.0.0.1:1"));
        java.io.InputStream exhausted = new java.io.InputStream() {
            @Override
            public int read() {
                throw new OutOfMemoryError("Java heap space");
            }

            @Override
            public byte[] readAllBytes() {
                throw new OutOfMemoryError("Java heap space");
            }
        };

        CliHarness.Result result = CliHarness.run(context -> context.withStdin(exhausted), new byte[0],
                "--component", component.toString(), "import", "-", "--dry-run");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.stderr()).startsWith("error: out of memory (maximum heap ").contains("-Xmx2g")
                .doesNotContain("\tat ");
    }
}
