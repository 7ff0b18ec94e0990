package io.statedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher, run as its own process the way the jar and the installed app run it: a subcommand answers on the
 * command line and no JavaFX class is ever loaded.
 */
class LauncherCommandLineIT {

    @Test
    void subcommand_runsHeadless_withoutLoadingJavaFx(@TempDir Path dir) throws Exception {
        Path component = CliHarness.localComponent(dir, "dapr-state", java.net.URI.create("http://localhost:8000"));

        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + dir.resolve("classes.log"),
                "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"),
                "io.statedesk.app.Launcher", "validate", component.toString()))
                .redirectErrorStream(true)
                .start();
        String output = readAll(process);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("0 errors");
        String loaded = java.nio.file.Files.readString(dir.resolve("classes.log"));
        assertThat(loaded).contains("io.statedesk.cli.CommandLineMain").doesNotContain("javafx.");
    }

    @Test
    void exitCode_ofTheProcess_isTheCommandsExitCode(@TempDir Path dir) throws Exception {
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "io.statedesk.app.Launcher", "get", "--no-such-option"))
                .redirectErrorStream(true)
                .start();
        String output = readAll(process);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void mistypedCommand_isAnUnknownCommand_withoutLoadingJavaFx(@TempDir Path dir) throws Exception {
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + dir.resolve("classes.log"),
                "-cp", System.getProperty("java.class.path"),
                "io.statedesk.app.Launcher", "kyes"))
                .redirectErrorStream(true)
                .start();
        String output = readAll(process);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isEqualTo(ExitCodes.USAGE);
        assertThat(output).contains("Unknown command 'kyes'", "Did you mean: keys?");
        assertThat(java.nio.file.Files.readString(dir.resolve("classes.log"))).doesNotContain("javafx.");
    }

    @Test
    void help_printsTheStoredPage_withoutBuildingTheCommandLine(@TempDir Path dir) throws Exception {
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + dir.resolve("classes.log"),
                "-cp", System.getProperty("java.class.path"),
                "io.statedesk.app.Launcher", "keys", "--help"))
                .redirectErrorStream(true)
                .start();
        String output = readAll(process);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.replace(System.lineSeparator(), "\n")).isEqualTo(new String(
                HelpPages.page(new String[] {"keys"}, false), StandardCharsets.UTF_8));
        // picocli's model (its Interpreter) and logging never started: the page came from the jar.
        assertThat(java.nio.file.Files.readString(dir.resolve("classes.log")))
                .doesNotContain("picocli.CommandLine$Interpreter", "ch.qos.logback", "javafx.");
    }

    private static String readAll(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
