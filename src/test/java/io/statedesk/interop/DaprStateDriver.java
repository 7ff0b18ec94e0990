package io.statedesk.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Go program of {@code interop/daprstate}: Dapr 1.16.5's own workflow state package
 * ({@code pkg/runtime/wfengine/state}) over daprd's actor state layer and Dapr's DynamoDB component, and daprd's
 * {@code pkg/encryption}. Built into {@code interop/target/dapr-state-driver} once per run when missing or older than
 * its sources. A separate Go module, since it needs {@code github.com/dapr/dapr} (and its replace directives), which
 * the DynamoDB driver does not.
 */
final class DaprStateDriver {

    static final String MODULE = "daprstate";
    /** The first build downloads github.com/dapr/dapr and compiles its actor and component packages. */
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(Long.getLong("interop.goBuildTimeoutMinutes", 30));
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(180);

    private static DaprStateDriver shared;

    private final Path binary;

    private DaprStateDriver(Path binary) {
        this.binary = binary;
    }

    /** Built if needed; empty when {@code go} is not on the PATH (the tests are skipped with the reason). */
    static synchronized Optional<DaprStateDriver> shared() {
        if (shared != null) {
            return Optional.of(shared);
        }
        Optional<Path> go = GoDriver.findOnPath("go");
        if (go.isEmpty()) {
            return Optional.empty();
        }
        shared = build(go.get());
        return Optional.of(shared);
    }

    private static DaprStateDriver build(Path go) {
        Path module = GoDriver.interopDirectory().resolve(MODULE);
        Path binary = GoDriver.interopDirectory().resolve("target").resolve("dapr-state-driver");
        try {
            if (Files.isExecutable(binary)
                    && Files.getLastModifiedTime(binary).compareTo(GoDriver.newestSource(module)) > 0) {
                InteropReport.note("Dapr state driver (interop/daprstate: dapr/dapr v1.16.5 pkg/runtime/wfengine/state,"
                        + " pkg/actors/state, pkg/encryption) reused: " + binary + " is newer than its sources");
                return new DaprStateDriver(binary);
            }
            Files.createDirectories(binary.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>();
        GoDriver.findOnPath("nice").ifPresent(nice -> command.addAll(List.of(nice.toString(), "-n", "10")));
        command.addAll(List.of(go.toString(), "build", "-buildvcs=false", "-o", binary.toString(),
                "./cmd/dapr-state-driver"));
        Subprocess.Outcome outcome = Subprocess.run(command, module, Map.of("CGO_ENABLED", "0"), null, BUILD_TIMEOUT);
        try {
            Path log = GoDriver.projectDirectory().resolve("target/interop/dapr-state-driver-build.log");
            Files.createDirectories(log.getParent());
            Files.writeString(log, outcome.describe(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // a convenience only
        }
        if (outcome.exitCode() != 0) {
            throw new IllegalStateException("Building interop/daprstate failed: " + outcome.describe());
        }
        InteropReport.note("Dapr state driver (interop/daprstate: dapr/dapr v1.16.5 pkg/runtime/wfengine/state,"
                + " pkg/actors/state, pkg/encryption) built in " + outcome.elapsed().toSeconds() + " s");
        return new DaprStateDriver(binary);
    }

    /** Runs requests (one JSON object each) and returns one result per request. */
    List<JsonNode> run(List<ObjectNode> requests) {
        StringBuilder input = new StringBuilder();
        for (ObjectNode request : requests) {
            input.append(request.toString()).append('\n');
        }
        Subprocess.Outcome outcome = Subprocess.run(List.of(binary.toString()), GoDriver.interopDirectory(), Map.of(),
                input.toString().getBytes(StandardCharsets.UTF_8), RUN_TIMEOUT);
        if (outcome.exitCode() != 0) {
            throw new IllegalStateException("The Dapr state driver failed: " + outcome.describe());
        }
        List<JsonNode> results = new ArrayList<>();
        for (String line : outcome.stdout().split("\n")) {
            if (!line.isBlank()) {
                try {
                    results.add(GoDriver.JSON.readTree(line));
                } catch (IOException e) {
                    throw new IllegalStateException("Not JSON from the Dapr state driver: " + line, e);
                }
            }
        }
        if (results.size() != requests.size()) {
            throw new IllegalStateException("The Dapr state driver answered " + results.size() + " of "
                    + requests.size() + " requests; " + outcome.describe());
        }
        results.forEach(r -> InteropReport.countDaprOperation(r.path("op").asText()));
        return results;
    }

    static ObjectNode request(String op) {
        return GoDriver.JSON.createObjectNode().put("op", op);
    }
}
