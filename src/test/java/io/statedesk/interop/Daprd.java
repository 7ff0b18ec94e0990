package io.statedesk.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * daprd (1.16.5, built by {@code interop/daprd/build-daprd.sh}) as a child process: standalone, loopback only, no
 * placement or scheduler (so no actors), no mDNS, no metrics; killed with its descendants on {@link #close()}.
 */
final class Daprd implements AutoCloseable {

    /** Where {@code interop/daprd/build-daprd.sh} puts it: the user's cache folder, outside any work tree. */
    static final Path DEFAULT_BINARY = Path.of(System.getenv().getOrDefault("XDG_CACHE_HOME",
            Path.of(System.getProperty("user.home"), ".cache").toString()), "statedesk", "daprd-bin", "daprd");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(
            Long.getLong("interop.daprdStartSeconds", 120));
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final int httpPort;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Daprd(Process process, int httpPort, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.log = log;
    }

    /** The daprd binary: env {@code DAPRD}, else {@link #DEFAULT_BINARY}; empty when neither is executable. */
    static Optional<Path> locate() {
        String env = System.getenv("DAPRD");
        Path binary = env == null || env.isBlank() ? DEFAULT_BINARY : Path.of(env);
        return Files.isRegularFile(binary) && Files.isExecutable(binary) ? Optional.of(binary) : Optional.empty();
    }

    static String missingReason() {
        return "no daprd binary (env DAPRD, or " + DEFAULT_BINARY + "): build one with interop/daprd/build-daprd.sh "
                + "to run the daprd check (docs/interop.md)";
    }

    /** The configuration {@code interop/daprd/config.yaml} holds: kubernetes name resolver (sends nothing), no metrics. */
    static void writeConfig(Path file) throws IOException {
        Files.writeString(file, """
                apiVersion: dapr.io/v1alpha1
                kind: Configuration
                metadata:
                  name: statedesk-interop
                spec:
                  nameResolution:
                    component: kubernetes
                  metric:
                    enabled: false
                """, StandardCharsets.UTF_8);
    }

    static Daprd start(Path binary, String appId, Path resources, Path config, Path log) {
        int http = freePort();
        int grpc = freePort();
        int internal = freePort();
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--app-id", appId,
                "--resources-path", resources.toString(), "--config", config.toString(),
                "--dapr-http-port", Integer.toString(http), "--dapr-grpc-port", Integer.toString(grpc),
                "--dapr-listen-addresses", "127.0.0.1",
                "--dapr-internal-grpc-listen-address", "127.0.0.1",
                "--dapr-internal-grpc-port", Integer.toString(internal),
                "--enable-metrics=false", "--metrics-listen-address", "127.0.0.1", "--log-level", "info"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("NAMESPACE");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + binary, e);
        }
        Daprd daprd = new Daprd(process, http, log);
        daprd.awaitHealthy();
        return daprd;
    }

    private void awaitHealthy() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("daprd exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(uri("/v1.0/healthz"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 204) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("Interrupted while waiting for daprd", e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("Interrupted while waiting for daprd", e);
            }
        }
        close();
        throw new IllegalStateException("daprd was not healthy within " + START_TIMEOUT + ":\n" + logTail());
    }

    String logTail() {
        try {
            return Subprocess.tail(Files.readString(log, StandardCharsets.UTF_8), 4000);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    int httpPort() {
        return httpPort;
    }

    /** One HTTP exchange with daprd's API: status, headers (lower-cased names), body bytes. */
    record Response(int status, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    Response send(String method, String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(REQUEST_TIMEOUT)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("content-type", "application/json");
        }
        headers.forEach(request::header);
        InteropReport.countDaprOperation("daprd HTTP " + method + " " + route(path));
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed; daprd log:\n" + logTail(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** The API route of a path, for counting: {@code /v1.0/state/{store}/{key}} and so on. */
    static String route(String path) {
        String[] parts = path.replaceFirst("\\?.*", "").split("/");
        if (parts.length < 4 || !parts[2].equals("state")) {
            return path;
        }
        if (parts.length == 4) {
            return "/v1.0/state/{store}";
        }
        return "/v1.0/state/{store}/" + (parts[4].equals("bulk") || parts[4].equals("transaction") ? parts[4]
                : "{key}");
    }

    Response post(String path, String json) {
        return send("POST", path, json, Map.of());
    }

    Response get(String path) {
        return send("GET", path, null, Map.of());
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                Subprocess.kill(process);
            }
        } catch (InterruptedException e) {
            Subprocess.kill(process);
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
