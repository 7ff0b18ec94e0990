package io.statedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @ParameterizedTest(name = "{0} -> command line: {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "''|false",                                     // nothing: the window on the sandbox
            "--component x.yaml keys|true",
            "workflows list|true",                          // every command picocli knows, not a list of words
            "generate-completion|true",
            "--version|true",
            "-h|true",
            "kyes|true",                                    // a mistyped command: "Unknown command", no JavaFX
            "--debug kyes|true",
            "components/|false",                            // a path: the window reports it if it is missing
            "./keys|false",
            "statestore.yaml|false",
            "~/components|false",
            "C:\\dapr\\components|false"})
    void isCommandLine_forCommands_andWordsThatAreNoFiles(String line, boolean commandLine) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");

        assertThat(CommandLineMain.isCommandLine(args)).isEqualTo(commandLine);
    }

    @ParameterizedTest
    @CsvSource({"'--help', true", "'keys --help', true", "'-V', true", "'generate-completion', true",
            "'help keys', true", "'keys', false", "'validate statestore.yaml', false", "'', false"})
    void onlyPrintsInformation_forHelpVersionAndCompletion(String line, boolean information) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");

        assertThat(CommandLineMain.onlyPrintsInformation(args)).isEqualTo(information);
    }

    @ParameterizedTest
    @CsvSource({"'keys', true", "'--component c.yaml get app||k', true", "'workflows list', true",
            "'copy --from a.yaml --to b.yaml', true", "'validate statestore.yaml', false", "'keys --help', false",
            "'--version', false", "'generate-completion', false", "'statestore.yaml', false", "'', false"})
    void reachesAStore_forEveryCommandThatConnects(String line, boolean connects) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");

        assertThat(CommandLineMain.reachesAStore(args)).isEqualTo(connects);
    }

    @Test
    void isCommandLine_notForAnExistingFolder_namedLikeAWord(@TempDir Path dir) throws Exception {
        // A relative name resolves against the working folder: make one there that surely does not clash.
        Path folder = java.nio.file.Files.createDirectories(Path.of("target", "components-" + dir.getFileName()));
        try {
            assertThat(CommandLineMain.isCommandLine(new String[] {folder.toString()})).isFalse();
            assertThat(CommandLineMain.isCommandLine(new String[] {folder.getFileName().toString()})).isTrue();
        } finally {
            java.nio.file.Files.delete(folder);
        }
    }

    @Test
    void unknownCommand_exitsTwo_namingIt_andSuggestingTheClosest() {
        CliHarness.Result result = CliHarness.run("kyes");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr().strip()).doesNotContain("\n")
                .startsWith("error: Unknown command 'kyes'. Did you mean: keys?")
                .contains("Commands: keys, get, set").doesNotContain("generate-completion");
    }

    @Test
    void unknownSubcommand_ofWorkflows_namesItsParent() {
        CliHarness.Result result = CliHarness.run("workflows", "lst");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr()).contains("Unknown command 'lst' of 'statedesk workflows'", "Did you mean: list?");
    }

    @Test
    void generateCompletion_printsABashScript_forEveryCommand() {
        CliHarness.Result result = CliHarness.run("generate-completion");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("complete -F _complete_statedesk", "keys", "workflows", "--output");
    }

    @Test
    void export_withOutputNamingAFile_isAUsageError_pointingToFile() {
        CliHarness.Result result = CliHarness.run("export", "--output", "myapp.jsonl");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr()).contains("--output names the output format", "--file myapp.jsonl");
    }

    @Test
    void noWindow_withoutADisplay_onLinux_saysWhatToDo() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"));
        String glass = System.clearProperty("glass.platform");
        try {
            assertThat(CommandLineMain.whyNoWindow(java.util.Map.of())).contains("DISPLAY", "statedesk --help");
            assertThat(CommandLineMain.whyNoWindow(java.util.Map.of("DISPLAY", ":0"))).isNull();
            assertThat(CommandLineMain.whyNoWindow(java.util.Map.of("WAYLAND_DISPLAY", "wayland-0"))).isNull();
        } finally {
            if (glass != null) {
                System.setProperty("glass.platform", glass);
            }
        }
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
