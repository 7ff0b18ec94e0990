package io.statedesk.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * Amazon's DynamoDB Local, run inside this JVM as an HTTP server on a loopback port, so that StateDesk (and a local
 * daprd) talk to it over HTTP exactly as to AWS. Telemetry is off: it costs seconds at start on a closed network.
 */
public final class LocalDynamoDbServer implements AutoCloseable {

    /** DynamoDB Local accepts any letters-and-digits credentials; with {@code -sharedDb} they do not partition data. */
    public static final String ACCESS_KEY = "statedesklocal";
    public static final String SECRET_KEY = "statedesklocal";
    public static final String REGION = "us-east-1";

    private final DynamoDBProxyServer server;
    private final int port;

    private LocalDynamoDbServer(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** An in-memory database on a free loopback port: gone when stopped. */
    public static LocalDynamoDbServer startInMemory() {
        return start(null);
    }

    /** A database kept in {@code directory} (created if needed), on a free loopback port. */
    public static LocalDynamoDbServer startPersistent(Path directory) {
        try {
            java.nio.file.Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the sandbox database folder " + directory, e);
        }
        return start(directory);
    }

    private static LocalDynamoDbServer start(Path directory) {
        int port = freeLoopbackPort();
        List<String> args = new ArrayList<>(List.of("-port", Integer.toString(port), "-disableTelemetry"));
        if (directory == null) {
            args.add("-inMemory");
        } else {
            args.addAll(List.of("-dbPath", directory.toAbsolutePath().toString()));
        }
        args.add("-sharedDb");
        try {
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(args.toArray(String[]::new));
            server.start();
            return new LocalDynamoDbServer(server, port);
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not stop cleanly: " + e.getMessage(), e);
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port for DynamoDB Local", e);
        }
    }
}
