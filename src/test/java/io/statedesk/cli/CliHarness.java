package io.statedesk.cli;

import io.statedesk.sandbox.LocalCredentials;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** Runs the command line in this JVM with captured streams, and writes component files for it. */
final class CliHarness {

    /** What a run left behind: stdout as bytes (raw output) and as text, and stderr. */
    record Result(int exitCode, byte[] stdoutBytes, String stderr) {
        String stdout() {
            return new String(stdoutBytes, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout() + "--- stderr\n" + stderr;
        }
    }

    private CliHarness() {
    }

    static Result run(String... args) {
        return run(UnaryOperator.identity(), new byte[0], args);
    }

    static Result runWithStdin(byte[] stdin, String... args) {
        return run(UnaryOperator.identity(), stdin, args);
    }

    static Result run(UnaryOperator<CliContext> customize, byte[] stdin, String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        StringWriter errText = new StringWriter();
        PrintWriter err = new PrintWriter(errText, true);
        CliContext context = CliContext.textOnly(out, err).withStdout(stdout, out)
                .withStdin(new ByteArrayInputStream(stdin));
        int code = CommandLineMain.run(args, customize.apply(context));
        out.flush();
        return new Result(code, stdout.toByteArray(), errText.toString());
    }

    /** A component file for a table on the local server, with the server's access keys. */
    static Path localComponent(Path dir, String table, URI endpoint, String... extraNameValuePairs) {
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < extraNameValuePairs.length; i += 2) {
            extra.append("  - name: ").append(extraNameValuePairs[i]).append('\n')
                    .append("    value: \"").append(extraNameValuePairs[i + 1]).append("\"\n");
        }
        return component(dir, "statestore.yaml", "statestore", table, endpoint == null ? null : endpoint.toString(),
                extra.toString());
    }

    static Path component(Path dir, String fileName, String name, String table, String endpoint, String extra) {
        String yaml = "apiVersion: dapr.io/v1alpha1\n"
                + "kind: Component\n"
                + "metadata:\n"
                + "  name: " + name + "\n"
                + "spec:\n"
                + "  type: state.aws.dynamodb\n"
                + "  version: v1\n"
                + "  metadata:\n"
                + "  - name: table\n"
                + "    value: \"" + table + "\"\n"
                + (endpoint == null ? "" : "  - name: endpoint\n    value: \"" + endpoint + "\"\n")
                + "  - name: region\n"
                + "    value: \"" + LocalCredentials.REGION + "\"\n"
                + "  - name: accessKey\n"
                + "    value: \"" + LocalCredentials.ACCESS_KEY + "\"\n"
                + "  - name: secretKey\n"
                + "    value: \"" + LocalCredentials.SECRET_KEY + "\"\n"
                + extra;
        try {
            Path file = dir.resolve(fileName);
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
