package io.statedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.component.ComponentLoader;
import io.statedesk.component.PreparedStore;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.session.SessionContext;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.LocalSecretFiles;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credentials and every value resolved from a {@code secretKeyRef} or {@code envRef} never appear in what StateDesk
 * prints or writes (issue 13, item 5 and the secrets bullet): not in {@code --debug} output, error messages, stack
 * traces, exports, nor in {@code toString()} of the objects that hold them. The endpoint itself comes from an
 * environment reference, and the access key, secret key and session token from a local secret store.
 */
@WithTestDatabase
class SecretsNeverLeakIT {

    private static final String ACCESS_KEY = "AKIASENTINEL7F3Q";
    private static final String SECRET_KEY = "sentinel-secret-key-9c1d";
    private static final String SESSION_TOKEN = "sentinel-session-token-44ab";
    private static final String TABLE_FROM_SECRET_NAME = "tableFromSecret";

    @TempDir
    Path dir;

    private String endpoint;
    private LocalTable table;

    @BeforeEach
    void writeComponents(DaprTables tables, TestDatabase db) throws IOException {
        table = new LocalTable(tables.client(), tables.create());
        table.putS("myapp||k", "{\"v\":1}", "e1");
        endpoint = db.endpoint().toString();
        LocalSecretFiles.writeStoreWithSecretCredentials(dir, table.name(), ACCESS_KEY, SECRET_KEY, SESSION_TOKEN);
    }

    private CliHarness.Result run(String endpointValue, String... args) {
        List<String> all = new ArrayList<>(List.of("--debug", "--component", dir.toString(), "--name", "statestore"));
        all.addAll(List.of(args));
        return CliHarness.run(c -> c.withEnvironment(Map.of("DDB_ENDPOINT", endpointValue)), new byte[0],
                all.toArray(String[]::new));
    }

    private void assertNoSecretIn(String where, String text) {
        assertThat(text).as(where).doesNotContain(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN, endpoint,
                endpoint.replace("http://", ""));
    }

    @Test
    void everyCommand_withDebug_printsNoResolvedSecret() throws IOException {
        Path export = dir.resolve("export.jsonl");
        List<String[]> commands = List.of(
                new String[] {"keys"},
                new String[] {"get", "myapp||k", "--output", "json"},
                new String[] {"get", "myapp||missing"},
                new String[] {"set", "myapp||k2", "{\"v\":2}", "--storage", "S"},
                new String[] {"set", "myapp||k", "x", "--etag", "not-the-etag", "--storage", "S"},
                new String[] {"export", "--file", export.toString()},
                new String[] {"import", export.toString(), "--mode", "create-only"},
                new String[] {"delete", "myapp||k2"},
                new String[] {"validate", dir.toString()});
        List<Integer> exits = new ArrayList<>();
        for (String[] command : commands) {
            CliHarness.Result result = run(endpoint, command);
            exits.add(result.exitCode());
            assertNoSecretIn(String.join(" ", command) + " stdout", result.stdout());
            assertNoSecretIn(String.join(" ", command) + " stderr", result.stderr());
        }
        assertNoSecretIn("the export file", Files.readString(export));
        // The commands really ran against the table with the resolved credentials and endpoint.
        assertThat(exits).containsExactly(0, 0, ExitCodes.NOT_FOUND, 0, ExitCodes.CONFLICT, 0, 0,
                0, 0);
        CliHarness.Result debug = run(endpoint, "get", "myapp||k");
        assertThat(debug.stderr()).contains("endpoint (from envRef DDB_ENDPOINT, not shown)");
    }

    @Test
    void failures_withDebug_neitherMessageNorStackTraceShowsTheEndpointOrKeys() {
        // Nothing listens on port 1: the SDK's own message names host and port, which came from the envRef.
        String unreachable = "http://127.0.0.1:1";
        endpoint = unreachable;

        CliHarness.Result result = run(unreachable, "get", "myapp||k");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.stderr()).contains("could not reach", "\tat ", "Caused by");
        assertNoSecretIn("stderr", result.stderr());
    }

    @Test
    void theObjectsHoldingSecrets_neverShowThemInToString() throws IOException {
        ComponentSet set = ComponentLoader.load(dir);
        var manifest = set.dynamoDbComponents().get(0);
        PreparedStore prepared;
        try {
            prepared = PreparedStore.prepare(set, manifest, Map.of("DDB_ENDPOINT", endpoint), null, null);
        } catch (io.statedesk.component.aws.AwsSetupException e) {
            throw new AssertionError(e);
        }
        StoreTarget target = new TargetResolver(SessionContext.standard(Map.of("DDB_ENDPOINT", endpoint), dir,
                io.statedesk.component.settings.StateDeskSettings.defaults())).resolve(new TargetResolver.Choice(dir,
                "statestore", null, null, null, false));

        Stream.of(prepared.toString(), prepared.config().toString(), prepared.metadata().toString(),
                prepared.credentials().toString(), prepared.redactions().toString(), target.toString())
                .forEach(text -> assertThat(text).doesNotContain(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN));
        assertThat(prepared.redactions().apply("at " + endpoint + " with " + ACCESS_KEY))
                .isEqualTo("at <secret> with <secret>");
    }
}
