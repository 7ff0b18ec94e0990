package io.statedesk.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statedesk.component.settings.StateDeskSettings;
import io.statedesk.sandbox.LocalComponentYaml;
import io.statedesk.sandbox.LocalCredentials;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithTestDatabase
class DefaultSessionsIT {

    private static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(2);

    @TempDir
    Path folder;

    @AfterAll
    static void stopExecutor() {
        EXECUTOR.shutdownNow();
    }

    private Path component(String name, String endpoint, String table, Map<String, String> extra) throws IOException {
        Path file = folder.resolve(name + ".yaml");
        Files.writeString(file, LocalComponentYaml.render("a test component", name, table, URI.create(endpoint),
                extra));
        return file;
    }

    private DefaultSessions sessions() {
        return new DefaultSessions(SessionContext.standard(Map.of(), folder, StateDeskSettings.defaults()), EXECUTOR,
                null);
    }

    /** Prepares and opens, as the window does. */
    private static StoreSession open(DefaultSessions sessions, ComponentChoice choice) {
        return sessions.open(sessions.prepare(choice, null));
    }

    @Test
    void localComponent_opensWritable_pointingAtItsEndpoint(TestDatabase db, DaprTables tables) throws IOException {
        String table = tables.createWithTtl("expiresAt");
        Path file = component("statestore", db.endpoint().toString(), table,
                Map.of("ttlAttributeName", "expiresAt"));
        DefaultSessions opener = sessions();

        List<ComponentChoice> choices = opener.list(file);
        assertThat(choices).singleElement().satisfies(choice -> assertThat(choice.usable()).isTrue());
        try (StoreSession session = open(opener, choices.get(0))) {
            assertThat(session.readOnly()).isFalse();
            assertThat(session.location()).contains(db.endpoint().toString()).contains(table);
            assertThat(session.config().ttlAttributeName()).isEqualTo("expiresAt");
        }
    }

    @Test
    void folderWithSeveralComponents_listsEach_andMarksOtherTypesUnusable(TestDatabase db, DaprTables tables)
            throws IOException {
        component("first", db.endpoint().toString(), tables.create(), Map.of());
        component("second", db.endpoint().toString(), tables.create(), Map.of());
        Files.writeString(folder.resolve("pubsub.yaml"), """
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: pubsub
                spec:
                  type: pubsub.redis
                  version: v1
                  metadata: []
                """);

        List<ComponentChoice> choices = sessions().list(folder);

        assertThat(choices).extracting(ComponentChoice::name).containsExactlyInAnyOrder("first", "second", "pubsub");
        assertThat(choices).filteredOn(c -> c.name().equals("pubsub")).singleElement()
                .satisfies(c -> assertThat(c.usable()).isFalse());
    }

    @Test
    void missingTable_failsWithTheReason(TestDatabase db) throws IOException {
        Path file = component("statestore", db.endpoint().toString(), "no-such-table", Map.of());
        DefaultSessions opener = sessions();

        assertThatThrownBy(() -> open(opener, opener.list(file).get(0)))
                .hasMessageContaining("no-such-table")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(LocalCredentials.SECRET_KEY));
    }

    @Test
    void missingTable_onALocalEndpoint_saysSoInItsOwnWords_andOffersToCreateIt(TestDatabase db) throws IOException {
        String table = "missing-" + java.util.UUID.randomUUID();
        Path file = component("statestore", db.endpoint().toString(), table, Map.of("ttlAttributeName", "expiresAt"));
        DefaultSessions opener = sessions();
        ComponentChoice choice = opener.list(file).get(0);

        assertThatThrownBy(() -> open(opener, choice)).isInstanceOfSatisfying(OpenFailedException.class, e -> {
            assertThat(e.getMessage()).startsWith("Table '" + table + "' does not exist at " + db.endpoint())
                    .contains("Create it here as Dapr needs it").doesNotContain("error validating");
            assertThat(e.remedies()).containsExactly(Remedy.CREATE_TABLE, Remedy.EDIT_COMPONENT, Remedy.RETRY);
        });

        assertThat(opener.createTable(opener.prepare(choice, null))).contains("Created table '" + table + "'");
        try (StoreSession session = open(opener, choice)) {
            assertThat(session.config().table()).isEqualTo(table);
        }
    }

    @Test
    void unreachableEndpoint_notLocal_neverAdvisesALocalDatabase() throws IOException {
        Path file = component("statestore", "http://dynamodb.statedesk.invalid:8000", "dapr-state", Map.of());
        DefaultSessions opener = sessions();

        assertThatThrownBy(() -> open(opener, opener.list(file).get(0)))
                .isInstanceOfSatisfying(OpenFailedException.class, e -> {
                    assertThat(e.getMessage()).contains("could not be reached").contains("Check the network")
                            .doesNotContain("local");
                    assertThat(e.remedies()).containsExactly(Remedy.RETRY, Remedy.EDIT_COMPONENT);
                });
    }

    @Test
    void unreachableLocalEndpoint_saysToStartTheLocalDatabase() throws IOException {
        Path file = component("statestore", "http://127.0.0.1:1", "dapr-state", Map.of());
        DefaultSessions opener = sessions();

        assertThatThrownBy(() -> open(opener, opener.list(file).get(0)))
                .isInstanceOfSatisfying(OpenFailedException.class, e -> {
                    assertThat(e.getMessage()).startsWith("Nothing answers at http://127.0.0.1:1")
                            .contains("Start the local DynamoDB");
                    assertThat(e.remedies()).contains(Remedy.RETRY);
                });
    }

    @Test
    void wrongKeySchema_failsWithWhatToDo(TestDatabase db, DaprTables tables) throws IOException {
        String table = tables.create("id", null);
        Path file = component("statestore", db.endpoint().toString(), table, Map.of());
        DefaultSessions opener = sessions();

        assertThatThrownBy(() -> open(opener, opener.list(file).get(0))).hasMessageContaining("key");
    }

    @Test
    void unreachableEndpoint_failsClearly_withoutHanging() throws IOException {
        Path file = component("statestore", "http://127.0.0.1:1", "dapr-state", Map.of());
        DefaultSessions opener = sessions();

        assertThatThrownBy(() -> open(opener, opener.list(file).get(0))).hasMessageContaining("127.0.0.1");
    }

    @Test
    void awsComponent_opensReadOnly(DaprTables tables) throws IOException {
        Path file = component("prod", "https://dynamodb.us-east-1.amazonaws.com", "dapr-state", Map.of());

        List<ComponentChoice> choices = sessions().list(file);

        assertThat(choices).singleElement().satisfies(choice -> assertThat(choice.usable()).isTrue());
    }
}
