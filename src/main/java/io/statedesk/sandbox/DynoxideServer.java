package io.statedesk.sandbox;

import io.statedesk.rules.AllowedToStartThreads;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * dynoxide (a DynamoDB-compatible server on SQLite) run as a child process bound to 127.0.0.1 only: the sandbox's
 * server and the tests' database. In memory when no database file is given.
 *
 * <p>The server must not outlive the JVM, even one that is killed: on POSIX systems it runs under a small
 * {@code sh} watchdog that reads this JVM's end of a pipe and stops the server when the pipe closes, which happens
 * whenever this process ends, however it ends. On Windows a shutdown hook stops it, and the sandbox's pid file lets the
 * next start find a server left behind by a crash.
 */
@AllowedToStartThreads("a shutdown hook stops the server when the JVM exits without closing it")
public final class DynoxideServer implements AutoCloseable {

    public static final String HOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    /**
     * Runs the server with this JVM's pipe on fd 3, and a reader of that pipe that stops the server at end of file;
     * the shell itself ends with the server, so a server that fails at start is seen as stopped at once.
     */
    private static final String WATCHDOG = "exec 3<&0; \"$@\" </dev/null 3<&- & server=$!; "
            + "{ cat <&3 >/dev/null; kill \"$server\" 2>/dev/null; } & wait \"$server\"";

    private final Process process;
    private final int port;
    private final Path log;
    private final boolean deleteLog;
    private final Thread shutdownHook;

    private DynoxideServer(Process process, int port, Path log, boolean deleteLog) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.deleteLog = deleteLog;
        this.shutdownHook = new Thread(this::stop, "dynoxide-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts dynoxide on {@code port} of 127.0.0.1 and waits until it accepts connections.
     *
     * @param database the SQLite file to keep the data in, or null for an in-memory database
     * @param log where the server's own output goes (appended), or null for a temporary file
     * @throws DynoxideStartException when it exits or does not answer in time, with what it printed
     */
    public static DynoxideServer start(Path binary, int port, Path database, Path log) {
        List<String> server = new ArrayList<>(List.of(binary.toString(), "serve", "--host", HOST, "--port",
                Integer.toString(port), "--log", "quiet"));
        if (database != null) {
            server.addAll(List.of("--db-path", database.toAbsolutePath().toString()));
        }
        List<String> command = new ArrayList<>();
        if (!windows()) {
            command.addAll(List.of("/bin/sh", "-c", WATCHDOG, "dynoxide-watchdog"));
        }
        command.addAll(server);
        boolean temporaryLog = log == null;
        try {
            Path output = temporaryLog ? Files.createTempFile("dynoxide", ".log") : log;
            if (!temporaryLog) {
                Files.createDirectories(output.toAbsolutePath().getParent());
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
            DynoxideServer started = new DynoxideServer(process, port, output, temporaryLog);
            started.awaitReady(binary);
            return started;
        } catch (IOException e) {
            throw new DynoxideStartException("dynoxide (" + binary + ") could not be started: " + e.getMessage(), e);
        }
    }

    /** Starts an in-memory server on a free loopback port, trying another port if one is taken meanwhile. */
    public static DynoxideServer startInMemory(Path binary) {
        DynoxideStartException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return start(binary, freeLoopbackPort(), null, null);
            } catch (DynoxideStartException e) {
                last = e;
            }
        }
        throw last;
    }

    public int port() {
        return port;
    }

    public URI endpoint() {
        return URI.create("http://" + HOST + ":" + port);
    }

    /** The server's own process id (not the watchdog's): what the sandbox's pid file records. */
    public long serverPid() {
        if (windows()) {
            return process.pid();
        }
        return process.descendants()
                .filter(child -> child.info().command().map(command -> command.contains("dynoxide")).orElse(false))
                .findFirst().map(ProcessHandle::pid).orElse(process.pid());
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it stops the server.
        }
        stop();
    }

    private void stop() {
        List<ProcessHandle> children = process.descendants().toList();
        try (OutputStream pipe = process.getOutputStream()) {
            pipe.flush();
        } catch (IOException ignored) {
            // Already closed: the watchdog is stopping the server.
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                children.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.forEach(child -> {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        });
        if (deleteLog) {
            try {
                Files.deleteIfExists(log);
            } catch (IOException ignored) {
                // A temporary file; the OS cleans its temp folder.
            }
        }
    }

    private void awaitReady(Path binary) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String printed = tail();
                stop();
                throw new DynoxideStartException("dynoxide (" + binary + ") stopped at start on port " + port
                        + (printed.isBlank() ? "" : ": " + printed), null);
            }
            if (accepts(port)) {
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                stop();
                Thread.currentThread().interrupt();
                throw new DynoxideStartException("Interrupted while dynoxide was starting", e);
            }
        }
        String printed = tail();
        stop();
        throw new DynoxideStartException("dynoxide (" + binary + ") did not accept connections on port " + port
                + " within " + START_TIMEOUT.toSeconds() + " s" + (printed.isBlank() ? "" : ": " + printed), null);
    }

    private String tail() {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8).strip();
            return text.length() > 600 ? "…" + text.substring(text.length() - 600) : text;
        } catch (IOException e) {
            return "";
        }
    }

    /** True when something accepts TCP connections on {@code port} of 127.0.0.1. */
    public static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getByName(HOST), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port that is free on 127.0.0.1 right now. */
    public static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on " + HOST, e);
        }
    }

    /** The process that serves a port of this machine, when it is a dynoxide this user runs (for the pid file). */
    public static Optional<ProcessHandle> runningDynoxide(long pid) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().command().map(c -> c.toLowerCase(Locale.ROOT).contains("dynoxide"))
                        .orElse(false));
    }

    private static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    }
}
