package io.statedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.logging.LogFiles;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.FaultProxy;
import io.statedesk.testing.LocalSecretFiles;
import io.statedesk.testing.LogCapture;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log file never holds a credential, a session token or a value resolved from a reference, even at DEBUG with
 * the AWS SDK's own request logging on and a failure's whole stack trace written (issue 18, logging). The access
 * key, secret key and session token come from a local secret store, the endpoint from an environment reference.
 */
@WithTestDatabase
class LogHoldsNoSecretIT {

    private static final String ACCESS_KEY = "AKIALOGSENTINEL5Q2W";
    private static final String SECRET_KEY = "log-sentinel-secret-key-61fe";
    private static final String SESSION_TOKEN = "log-sentinel-session-token-0d3b";
    private static final String UNREACHABLE = "http://127.0.0.1:9";

    @TempDir
    Path dir;

    private URI endpoint;
    private LocalTable table;
    private FaultProxy ownPort;

    @BeforeEach
    void writeComponent(DaprTables tables, TestDatabase db) throws IOException {
        table = new LocalTable(tables.client(), tables.create());
        table.putS("myapp||k", "{\"v\":1}", "e1");
        // A port of this test's own in front of the shared database: a window left by another test class that
        // logs its own requests to the same server is no leak of this component's secret endpoint.
        ownPort = FaultProxy.inFrontOf(db.endpoint());
        endpoint = ownPort.endpoint();
        LocalSecretFiles.writeStoreWithSecretCredentials(dir, table.name(), ACCESS_KEY, SECRET_KEY, SESSION_TOKEN);
        LogFiles.debug(true);
    }

    @AfterEach
    void quietAgain() {
        LogFiles.debug(false);
        ownPort.close();
    }

    private CliHarness.Result run(String endpointValue, String... args) {
        List<String> all = new ArrayList<>(List.of("--debug", "--component", dir.toString(), "--name", "statestore"));
        all.addAll(List.of(args));
        return CliHarness.run(c -> c.withEnvironment(Map.of("DDB_ENDPOINT", endpointValue)), new byte[0],
                all.toArray(String[]::new));
    }

    @Test
    void openAndFailingWrites_atDebug_leaveNoSecretInTheLog() {
        LogCapture log = LogCapture.start();

        int opened = run(endpoint.toString(), "get", "myapp||k").exitCode();
        int conflict = run(endpoint.toString(), "set", "myapp||k", "x", "--etag", "not-the-etag", "--storage", "S")
                .exitCode();
        int unreachable = run(UNREACHABLE, "set", "myapp||k", "y", "--storage", "S").exitCode();

        assertThat(List.of(opened, conflict, unreachable))
                .containsExactly(0, ExitCodes.CONFLICT, ExitCodes.FAILURE);
        String text = log.text();
        // The runs were logged, the SDK's debug lines and the failures' stack traces included ...
        assertThat(text).contains("Component 'statestore'", "statedesk set failed", "\tat ",
                "DEBUG software.amazon.awssdk");
        // ... and none of the secrets: not the keys, the token, the endpoint or its parts, in any form.
        assertThat(text).doesNotContain(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN, endpoint.toString(),
                endpoint.getHost() + ":" + endpoint.getPort(), "port=" + endpoint.getPort())
                .doesNotContainPattern("127\\.0\\.0\\.1:9\\b")
                .contains("<secret>");
    }
}
