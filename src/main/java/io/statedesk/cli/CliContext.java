package io.statedesk.cli;

import io.statedesk.session.ClientFactory;
import io.statedesk.session.StoreFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a command touches outside itself: the standard streams, the home folder (for the default components
 * folder), the clock, and how DynamoDB clients are made. Tests replace any of them.
 *
 * @param stdin       what {@code --stdin} and {@code import -} read
 * @param stdoutBytes the byte stream behind {@code out}, for {@code --output raw}: value bytes are written unchanged
 * @param out         text output (UTF-8 over {@code stdoutBytes} when run as a process)
 * @param err         diagnostics: errors, warnings, summaries
 * @param home        the user's home folder; {@code ~/.dapr/components} is the default component folder
 * @param environment the environment daprd would see, for {@code envRef}s and {@code secretstores.local.env}
 * @param clients     builds the DynamoDB client of a component (the session layer's, unless a test says otherwise)
 * @param stores      makes the engine over that client (the DynamoDB engine, unless a test says otherwise)
 * @param clock       now, for turning an exported TTL epoch back into Dapr's {@code ttlInSeconds}
 */
public record CliContext(
        InputStream stdin,
        OutputStream stdoutBytes,
        PrintWriter out,
        PrintWriter err,
        Path home,
        Map<String, String> environment,
        ClientFactory clients,
        StoreFactory stores,
        Clock clock) {

    public CliContext {
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(stdoutBytes, "stdoutBytes");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(home, "home");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(clients, "clients");
        Objects.requireNonNull(stores, "stores");
        Objects.requireNonNull(clock, "clock");
    }

    /** The real streams, the real home folder and the real AWS client and engine. */
    public static CliContext system(InputStream stdin, OutputStream stdout, PrintWriter out, PrintWriter err) {
        return new CliContext(stdin, stdout, out, err, Path.of(System.getProperty("user.home")),
                System.getenv(), ClientFactory.standard(), StoreFactory.engine(), Clock.systemUTC());
    }

    /**
     * Text-only streams (as {@code run(args, out, err)} gets them): raw bytes are decoded as UTF-8 into {@code out},
     * so raw output of non-text values is only exact through {@link #system} or {@link #withStdout}.
     */
    public static CliContext textOnly(PrintWriter out, PrintWriter err) {
        return system(InputStream.nullInputStream(), new DecodingStream(out), out, err);
    }

    public CliContext withStdout(OutputStream bytes, PrintWriter text) {
        return new CliContext(stdin, bytes, text, err, home, environment, clients, stores, clock);
    }

    public CliContext withStdin(InputStream in) {
        return new CliContext(in, stdoutBytes, out, err, home, environment, clients, stores, clock);
    }

    public CliContext withHome(Path folder) {
        return new CliContext(stdin, stdoutBytes, out, err, folder, environment, clients, stores, clock);
    }

    public CliContext withEnvironment(Map<String, String> variables) {
        return new CliContext(stdin, stdoutBytes, out, err, home, variables, clients, stores, clock);
    }

    public CliContext withClients(ClientFactory factory) {
        return new CliContext(stdin, stdoutBytes, out, err, home, environment, factory, stores, clock);
    }

    public CliContext withClock(Clock newClock) {
        return new CliContext(stdin, stdoutBytes, out, err, home, environment, clients, stores, newClock);
    }

    public CliContext withStores(StoreFactory factory) {
        return new CliContext(stdin, stdoutBytes, out, err, home, environment, clients, factory, clock);
    }

    /** Writes value bytes exactly: whatever text went to {@code out} before is flushed first. */
    void writeRaw(byte[] bytes) {
        out.flush();
        try {
            stdoutBytes.write(bytes);
            stdoutBytes.flush();
        } catch (IOException e) {
            throw CliException.failure("cannot write to standard output: " + e.getMessage(), e);
        }
    }

    /** Bytes decoded as UTF-8 into a writer on flush: the raw seam when only a text writer exists. */
    private static final class DecodingStream extends OutputStream {
        private final PrintWriter target;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        DecodingStream(PrintWriter target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            pending.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            pending.write(b, off, len);
        }

        @Override
        public void flush() {
            target.write(pending.toString(StandardCharsets.UTF_8));
            target.flush();
            pending.reset();
        }
    }
}
