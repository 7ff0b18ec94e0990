package io.statedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.statedesk.session.ClientFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Writes to AWS without {@code --allow-writes} are refused before any request. The detector sees the component's
 * real AWS endpoint; only the HTTP connection of the SDK client is bent to a local server that records every
 * request, so "no request" is observed, not assumed.
 */
class CliWriteRefusalIT {

    private static final String AWS_ENDPOINT = "https://dynamodb.us-east-1.amazonaws.com";

    @TempDir
    Path dir;

    private HttpServer recorder;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startRecorder() throws IOException {
        recorder = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        recorder.createContext("/", exchange -> {
            requests.add(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
            byte[] body = "{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":\"recorded\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
            exchange.sendResponseHeaders(400, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        recorder.start();
    }

    @AfterEach
    void stopRecorder() {
        recorder.stop(0);
    }

    /** The standard client for the resolved connection, whose requests land on the recorder. */
    private CliContext toRecorder(CliContext context) {
        URI local = URI.create("http://127.0.0.1:" + recorder.getAddress().getPort());
        return context.withClients((component, credentials, settings) -> ClientFactory.standard().create(
                TargetResolver.withEndpointAndRegion(component, local.toString(), component.region()), credentials,
                settings));
    }

    private CliHarness.Result run(Path component, String... args) {
        List<String> all = new ArrayList<>(List.of("--component", component.toString()));
        all.addAll(List.of(args));
        return CliHarness.run(this::toRecorder, new byte[0], all.toArray(String[]::new));
    }

    private Path awsComponent() {
        return CliHarness.component(dir, "aws.yaml", "prod", "dapr-state", AWS_ENDPOINT, "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"set", "delete", "import"})
    void write_toAws_withoutAllowWrites_isRefusedBeforeAnyRequest(String command) throws IOException {
        Path lines = Files.writeString(dir.resolve("in.jsonl"),
                "{\"key\":\"myapp||k\",\"storage\":\"S\",\"valueBase64\":\"aGk=\"}\n");
        String[] args = switch (command) {
            case "set" -> new String[] {"set", "myapp||k", "v"};
            case "delete" -> new String[] {"delete", "myapp||k"};
            default -> new String[] {"import", lines.toString(), "--mode", "overwrite"};
        };

        CliHarness.Result result = run(awsComponent(), args);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.stderr()).contains("--allow-writes");
        assertThat(requests).isEmpty();
    }

    /** Endpoints that are not local by the one policy (decision 0018), many of which merely look local. */
    static Stream<String> nonLocalEndpoints() {
        return Stream.of(AWS_ENDPOINT, "https://dynamodb.eu-west-1.api.aws", "http://127.attacker.example:8000",
                "http://localstack.prod.example.com:4566", "http://localstack:4566", "http://dynamodb-local:8000",
                "https://proxy.corp.example:8443", "http://10.0.0.5:8000", "http://0.0.0.0:8000",
                "http://localhost.attacker.example:8000", "http://127.0.0.1@evil.example:8000");
    }

    static Stream<Arguments> writesOnNonLocalEndpoints() {
        return nonLocalEndpoints().flatMap(e -> Stream.of("set", "delete", "import").map(c -> Arguments.of(e, c)));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("writesOnNonLocalEndpoints")
    void write_onANonLocalEndpoint_isRefusedBeforeAnyRequest(String endpoint, String command) throws IOException {
        Path lines = Files.writeString(dir.resolve("in.jsonl"),
                "{\"key\":\"myapp||k\",\"storage\":\"S\",\"valueBase64\":\"aGk=\"}\n");
        String[] args = switch (command) {
            case "set" -> new String[] {"set", "myapp||k", "v"};
            case "delete" -> new String[] {"delete", "myapp||k", "--etag", "e1"};
            default -> new String[] {"import", lines.toString(), "--mode", "overwrite"};
        };
        Path component = CliHarness.component(dir, "c.yaml", "c", "dapr-state", endpoint, "");

        CliHarness.Result result = run(component, args);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.stderr()).contains("--allow-writes");
        assertThat(requests).isEmpty();
    }

    @Test
    void write_withoutAnyEndpoint_isAws_andRefusedBeforeAnyRequest() {
        Path component = CliHarness.component(dir, "default.yaml", "prod", "dapr-state", null, "");

        CliHarness.Result result = run(component, "set", "myapp||k", "v");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.stderr()).contains("--allow-writes");
        assertThat(requests).isEmpty();
    }

    @Test
    void endpointOverride_toAws_makesALocalComponentReadOnly() {
        Path local = CliHarness.component(dir, "local.yaml", "local", "dapr-state", "http://localhost:8000", "");

        CliHarness.Result result = run(local, "--endpoint", AWS_ENDPOINT, "set", "myapp||k", "v");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(requests).isEmpty();
    }

    @Test
    void write_withAllowWrites_doesReachTheEndpoint_soTheRecorderWouldHaveSeenARefusedOne() {
        CliHarness.Result result = run(awsComponent(), "--allow-writes", "set", "myapp||k", "v", "--storage", "S");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILURE);
        assertThat(requests).contains("DynamoDB_20120810.PutItem");
    }

    @Test
    void dryRunImport_toAws_needsNoAllowWrites_andSendsNothing() throws IOException {
        Path lines = Files.writeString(dir.resolve("in.jsonl"),
                "{\"key\":\"myapp||k\",\"storage\":\"S\",\"valueBase64\":\"aGk=\"}\n");

        CliHarness.Result result = run(awsComponent(), "import", lines.toString(), "--dry-run");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(requests).isEmpty();
    }
}
