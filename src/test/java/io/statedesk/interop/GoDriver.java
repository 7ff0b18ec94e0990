package io.statedesk.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Go driver of {@code interop/} (Dapr's own {@code state.aws.dynamodb} from components-contrib v1.16.5): finds
 * {@code go} on the PATH, builds {@code interop/target/dynamodb-driver} when it is missing or older than the Go
 * sources, and runs scripts through it. Built at most once per test run.
 */
final class GoDriver {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A cold build (module download and the AWS SDK compile) took about 3 minutes on a busy 2-core machine. */
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(
            Long.getLong("interop.goBuildTimeoutMinutes", 30));
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(
            Long.getLong("interop.driverTimeoutSeconds", 180));

    private static GoDriver shared;
    private static String unavailable;

    private final Path binary;
    private final String goVersion;
    private final String buildNote;

    private GoDriver(Path binary, String goVersion, String buildNote) {
        this.binary = binary;
        this.goVersion = goVersion;
        this.buildNote = buildNote;
    }

    /** The driver, built if needed; empty (with {@link #unavailableReason()}) when {@code go} is not on the PATH. */
    static synchronized Optional<GoDriver> shared() {
        if (shared != null) {
            return Optional.of(shared);
        }
        if (unavailable != null) {
            return Optional.empty();
        }
        Optional<Path> go = findOnPath("go");
        if (go.isEmpty()) {
            unavailable = goMissingReason();
            InteropReport.note("Skipped: " + unavailable);
            return Optional.empty();
        }
        shared = build(go.get());
        InteropReport.note("Go: " + shared.goVersion + "; driver " + shared.buildNote);
        return Optional.of(shared);
    }

    static String goMissingReason() {
        return "`go` is not on the PATH (" + System.getenv("PATH") + "): the interop tests build "
                + "interop/cmd/dynamodb-driver (Dapr's state.aws.dynamodb, components-contrib v1.16.5) with Go "
                + "1.24.6 or newer; install Go or put it on the PATH to run them";
    }

    static String unavailableReason() {
        return unavailable;
    }

    static Path projectDirectory() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    }

    static Path interopDirectory() {
        return projectDirectory().resolve("interop");
    }

    private static GoDriver build(Path go) {
        Path interop = interopDirectory();
        Path binary = interop.resolve("target").resolve("dynamodb-driver");
        String version = Subprocess.run(List.of(go.toString(), "version"), interop, Map.of(), null,
                Duration.ofSeconds(60)).stdout().trim();
        FileTime newestSource = newestSource(interop);
        try {
            if (Files.isExecutable(binary) && Files.getLastModifiedTime(binary).compareTo(newestSource) > 0) {
                return new GoDriver(binary, version, "reused (" + binary + " is newer than the Go sources)");
            }
            Files.createDirectories(binary.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>();
        findOnPath("nice").ifPresent(nice -> command.addAll(List.of(nice.toString(), "-n", "10")));
        command.addAll(List.of(go.toString(), "build", "-buildvcs=false", "-o", binary.toString(),
                "./cmd/dynamodb-driver"));
        Subprocess.Outcome outcome = Subprocess.run(command, interop, Map.of("CGO_ENABLED", "0"), null,
                BUILD_TIMEOUT);
        writeBuildLog(outcome);
        if (outcome.exitCode() != 0) {
            throw new IllegalStateException("Building the Go driver failed: " + outcome.describe());
        }
        return new GoDriver(binary, version, "built with `go build` (CGO_ENABLED=0) in "
                + outcome.elapsed().toSeconds() + " s");
    }

    private static void writeBuildLog(Subprocess.Outcome outcome) {
        try {
            Path log = projectDirectory().resolve("target").resolve("interop").resolve("go-build.log");
            Files.createDirectories(log.getParent());
            Files.writeString(log, String.join(" ", outcome.command()) + "\nexit " + outcome.exitCode() + " after "
                    + outcome.elapsed().toMillis() + " ms\n" + outcome.stdout() + outcome.stderr(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            // The log is a convenience; the exception carries the same text.
        }
    }

    /**
     * The newest of the module's Go sources, go.mod and go.sum (target/, the daprd scripts and the separate
     * daprstate module do not count).
     */
    static FileTime newestSource(Path interop) {
        try (Stream<Path> files = Files.walk(interop)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(interop.resolve("target")))
                    .filter(p -> !p.startsWith(interop.resolve(DaprStateDriver.MODULE)))
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return name.endsWith(".go") || name.equals("go.mod") || name.equals("go.sum");
                    })
                    .map(p -> {
                        try {
                            return Files.getLastModifiedTime(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .max(FileTime::compareTo)
                    .orElseThrow(() -> new IllegalStateException("No Go sources under " + interop));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<Path> findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    Path binary() {
        return binary;
    }

    /**
     * Runs a script (a JSON array of ops) and returns one result line per op, in order. Fails when the driver does
     * not exit 0 or does not answer every op.
     */
    List<JsonNode> run(ArrayNode ops) {
        byte[] script;
        try {
            script = JSON.writeValueAsBytes(ops);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Duration total = RUN_TIMEOUT;
        Subprocess.Outcome outcome = Subprocess.run(List.of(binary.toString(),
                        "-init-timeout", "60s", "-op-timeout", "60s",
                        "-total-timeout", (total.toSeconds() - 10) + "s", "-"),
                interopDirectory(), Map.of(), script, total);
        if (outcome.exitCode() != 0) {
            throw new IllegalStateException("The Go driver failed: " + outcome.describe());
        }
        List<JsonNode> results = new ArrayList<>();
        for (String line : outcome.stdout().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                results.add(JSON.readTree(line));
            } catch (IOException e) {
                throw new IllegalStateException("The Go driver printed a line that is not JSON: " + line, e);
            }
        }
        if (results.size() != ops.size()) {
            throw new IllegalStateException("The Go driver answered " + results.size() + " of " + ops.size()
                    + " ops; " + outcome.describe());
        }
        for (JsonNode result : results) {
            InteropReport.countDaprOperation(result.path("op").asText());
        }
        return results;
    }
}
