import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Makes the app image's ahead-of-time cache (JDK 25 and later, JEP 483 and 515): a training run of the command line
 * through the image's own runtime records which classes `statedesk keys` loads and links and how its methods run, and
 * the cache written from it lets every later start find them ready (issue 19: the first key of `keys` in 0.9 s
 * instead of 1.7 s). Run by PackageApp after jpackage, before the runtime's `java` command is deleted:
 *
 * <pre>java tools/packaging/AotCache.java IMAGE WORK</pre>
 *
 * The training reads a table of a dynoxide server the image carries, started in memory on the loopback interface for
 * the run; nothing else is reached. The launcher's configuration names the cache ({@code -XX:AOTCache}); a JVM that
 * finds it stale (a jar changed) or missing starts without it, silently ({@code -Xlog:aot=off,cds=off}). The Linux
 * packages put the jars' training time back at installation ({@code statedesk.aot.mtime}, integrate.sh).
 */
public final class AotCache {

    static final String CACHE = "statedesk.aot";
    private static final String TABLE = "statedesk-training";
    private static final int ITEMS = 200;

    private final Path image;
    private final Path work;
    private final boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    private final boolean mac = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");

    private AotCache(Path image, Path work) {
        this.image = image;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java tools/packaging/AotCache.java IMAGE WORK");
            System.exit(2);
        }
        new AotCache(Path.of(args[0]), Path.of(args[1])).run();
    }

    private void run() throws Exception {
        Files.createDirectories(work);
        Path app = mac ? image.resolve("Contents/app") : windows ? image.resolve("app") : image.resolve("lib/app");
        Path java = (mac ? image.resolve("Contents/runtime/Contents/Home") : windows ? image.resolve("runtime")
                : image.resolve("lib/runtime")).resolve("bin").resolve(windows ? "java.exe" : "java");
        stampJars(app);
        Path cfg = app.resolve("StateDesk.cfg");
        List<String> launch = launchOptions(cfg, app);
        Path dynoxide = app.resolve("dynoxide").resolve(windows ? "dynoxide.exe" : "dynoxide");
        int port = freePort();
        Process server = new ProcessBuilder(dynoxide.toString(), "serve", "--host", "127.0.0.1", "--port",
                Integer.toString(port), "--log", "quiet").redirectErrorStream(true)
                .redirectOutput(work.resolve("dynoxide.log").toFile()).start();
        // fail() ends the JVM without running finally blocks: the server must not outlive the build either way
        Thread stopServer = new Thread(server::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(stopServer);
        try {
            awaitPort(port, server);
            fillTable(port);
            Path component = work.resolve("training.yaml");
            Files.writeString(component, String.join("\n", "apiVersion: dapr.io/v1alpha1", "kind: Component",
                    "metadata:", "  name: training", "spec:", "  type: state.aws.dynamodb", "  version: v1",
                    "  metadata:", "  - name: table", "    value: " + TABLE, "  - name: endpoint",
                    "    value: http://127.0.0.1:" + port, "  - name: region", "    value: us-east-1",
                    "  - name: accessKey", "    value: training", "  - name: secretKey", "    value: training", ""));
            Path config = work.resolve("statedesk.aotconf");
            String listed = java(java, launch, List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + config),
                    List.of("--component", component.toString(), "keys"));
            long lines = listed.lines().filter(line -> line.startsWith("app||")).count();
            if (lines != ITEMS) {
                fail("the training run listed " + lines + " keys of " + ITEMS + ":\n" + listed);
            }
        } finally {
            server.destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
            Runtime.getRuntime().removeShutdownHook(stopServer);
        }
        Path cache = app.resolve(CACHE);
        java(java, launch, List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + work.resolve("statedesk.aotconf"),
                "-XX:AOTCache=" + cache), List.of());
        // AOTMode=on refuses to start without the cache: proof that the launcher's JVM can map it.
        String version = java(java, launch, List.of("-XX:AOTMode=on", "-XX:AOTCache=" + cache), List.of("--version"));
        System.out.printf(Locale.ROOT, "AotCache: %s %.1f MB (%s)%n", cache, Files.size(cache) / 1e6,
                version.strip());
    }

    /**
     * Gives every jar the same whole-second modification time and writes it to {@code statedesk.aot.mtime}: the cache
     * is valid only for the jars' times at training, and the Linux packages' tools copy the files (new times, whole
     * seconds in the archive), so their install script puts this time back (packaging/linux/share/integrate.sh).
     */
    private static void stampJars(Path app) throws IOException {
        long seconds = System.currentTimeMillis() / 1000;
        FileTime time = FileTime.fromMillis(seconds * 1000);
        try (var files = Files.list(app)) {
            for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.setLastModifiedTime(jar, time);
            }
        }
        Files.writeString(app.resolve(CACHE + ".mtime"), seconds + "\n");
    }

    /**
     * The class path and JVM options the launcher uses, from its .cfg file: the cache is only valid for the same class
     * path, garbage collector and heap layout. The launcher's own cache options are left to the caller.
     */
    private static List<String> launchOptions(Path cfg, Path app) throws IOException {
        List<String> classPath = new ArrayList<>();
        List<String> options = new ArrayList<>();
        String main = null;
        for (String line : Files.readAllLines(cfg)) {
            String value = line.substring(line.indexOf('=') + 1).replace("$APPDIR", app.toString());
            if (line.startsWith("app.classpath=")) {
                classPath.add(value);
            } else if (line.startsWith("app.mainclass=")) {
                main = value;
            } else if (line.startsWith("java-options=") && !value.startsWith("-XX:AOT")
                    && !value.startsWith("-Xlog:")) {
                options.add(value);
            }
        }
        if (main == null || classPath.isEmpty()) {
            fail(cfg + " names no main class or class path");
        }
        options.add("-cp");
        options.add(String.join(java.io.File.pathSeparator, classPath));
        options.add(main);
        return options;
    }

    /** Runs the image's JVM with the launcher's options; returns what it printed, or fails the build. */
    private String java(Path java, List<String> launch, List<String> aot, List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(aot);
        command.addAll(launch);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // The training must not write logs or settings into the builder's home.
        Path home = Files.createDirectories(work.resolve("home"));
        Map<String, String> environment = builder.environment();
        environment.put("HOME", home.toString());
        environment.put("USERPROFILE", home.toString());
        for (String xdg : List.of("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")) {
            environment.put(xdg, home.resolve(xdg.toLowerCase(Locale.ROOT)).toString());
        }
        environment.remove("JAVA_TOOL_OPTIONS");
        environment.remove("JDK_JAVA_OPTIONS");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            fail("the image's JVM failed: " + String.join(" ", command) + "\n" + output.strip());
        }
        return output;
    }

    /** A table shaped like Dapr's, through DynamoDB's JSON API (dynoxide accepts any credentials). */
    private static void fillTable(int port) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        call(client, port, "CreateTable", "{\"TableName\":\"" + TABLE + "\",\"BillingMode\":\"PAY_PER_REQUEST\","
                + "\"KeySchema\":[{\"AttributeName\":\"key\",\"KeyType\":\"HASH\"}],"
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"key\",\"AttributeType\":\"S\"}]}");
        for (int i = 0; i < ITEMS; i++) {
            String value = i % 2 == 0 ? "{\"S\":\"{\\\"order\\\":" + i + ",\\\"status\\\":\\\"paid\\\"}\"}"
                    : "{\"B\":\"AAECAwQ=\"}";
            call(client, port, "PutItem", "{\"TableName\":\"" + TABLE + "\",\"Item\":{\"key\":{\"S\":\"app||order-"
                    + i + "\"},\"value\":" + value + ",\"etag\":{\"S\":\"" + (1_000_000 + i) + "\"}}}");
        }
    }

    private static void call(HttpClient client, int port, String operation, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810." + operation)
                .header("X-Amz-Date", "20260101T000000Z")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=training/20260101/us-east-1/dynamodb/"
                        + "aws4_request, SignedHeaders=host, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            fail("dynoxide refused " + operation + ": " + response.statusCode() + " " + response.body());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void awaitPort(int port, Process server) throws Exception {
        for (int i = 0; i < 200; i++) {
            if (!server.isAlive()) {
                fail("dynoxide ended at start (exit " + server.exitValue() + ")");
            }
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        fail("dynoxide did not listen on 127.0.0.1:" + port + " within 10 s");
    }

    private static void fail(String message) {
        System.err.println("AotCache: " + message);
        System.exit(1);
    }
}
