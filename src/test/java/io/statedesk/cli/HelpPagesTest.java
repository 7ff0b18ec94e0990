package io.statedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HelpPagesTest {

    @Test
    void everyCommandsStoredPage_isWhatPicocliPrintsForHelp() {
        Map<List<String>, CommandLine> commands = HelpPagesWriter.commands();
        assertThat(commands.keySet()).contains(List.of(), List.of("keys"), List.of("workflows", "purge"));

        for (List<String> path : commands.keySet()) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            StringWriter out = new StringWriter();
            int code = CommandLineMain.run(args.toArray(String[]::new), new PrintWriter(out),
                    new PrintWriter(new StringWriter()));

            assertThat(code).isZero();
            assertThat(stored(path, false)).as("the stored page of %s", path)
                    .isEqualTo(out.toString().replace(System.lineSeparator(), "\n"));
            assertThat(stored(path, true)).as("the colour page of %s", path)
                    .isEqualTo(HelpPagesWriter.usage(commands.get(path), true))
                    .contains("\u001B[");
        }
    }

    @Test
    void printIfStored_printsThePageOfTheCommandBeforeHelp() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        boolean printed = HelpPages.printIfStored(new String[] {"workflows", "list", "-h"}, new PrintStream(out));

        assertThat(printed).isTrue();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: statedesk workflows list")
                .isEqualTo(stored(List.of("workflows", "list"), false).replace("\n", System.lineSeparator()));
    }

    @Test
    void printIfStored_printsTheVersion() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(HelpPages.printIfStored(new String[] {"--version"}, new PrintStream(out))).isTrue();
        StringWriter picocli = new StringWriter();
        CommandLineMain.run(new String[] {"--version"}, new PrintWriter(picocli), new PrintWriter(new StringWriter()));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(picocli.toString()).startsWith("StateDesk ");
    }

    @Test
    void anythingElse_isLeftToPicocli() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out);

        assertThat(HelpPages.printIfStored(new String[] {"keys", "--prefix", "a", "--help"}, print)).isFalse();
        assertThat(HelpPages.printIfStored(new String[] {"--help", "keys"}, print)).isFalse();
        assertThat(HelpPages.printIfStored(new String[] {"no-such-command", "--help"}, print)).isFalse();
        assertThat(HelpPages.printIfStored(new String[] {"generate-completion", "--help"}, print)).isFalse();
        assertThat(HelpPages.printIfStored(new String[] {"keys"}, print)).isFalse();
        assertThat(HelpPages.printIfStored(new String[0], print)).isFalse();
        System.setProperty("picocli.usage.width", "120");
        try {
            assertThat(HelpPages.printIfStored(new String[] {"--help"}, print)).as("a width asked for").isFalse();
        } finally {
            System.clearProperty("picocli.usage.width");
        }
        assertThat(out.size()).isZero();
    }

    private static String stored(List<String> path, boolean ansi) {
        byte[] page = HelpPages.page(path.toArray(String[]::new), ansi);
        assertThat(page).as("a page for %s (written by HelpPagesWriter at process-classes)", path).isNotNull();
        return new String(page, StandardCharsets.UTF_8);
    }
}
