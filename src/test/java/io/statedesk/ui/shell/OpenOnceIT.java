package io.statedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.component.ComponentLoader;
import io.statedesk.component.secrets.SecretResolver;
import io.statedesk.component.settings.StateDeskSettings;
import io.statedesk.history.WriteHistory;
import io.statedesk.sandbox.LocalCredentials;
import io.statedesk.session.DefaultSessions;
import io.statedesk.session.SandboxControl;
import io.statedesk.session.SessionContext;
import io.statedesk.session.StoreSession;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.ScriptedDialogs;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.common.CurrentThreadTaskRunner;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a component from the window prepares it once: the component file (or folder) is read once, when it is
 * listed, and its secrets are resolved once, however many steps follow (the sign-in check, the open). Counted through
 * the session layer's seams, under the real window model and the real session layer.
 */
@WithTestDatabase
class OpenOnceIT {

    private static final String SECRET_STORE = """
            apiVersion: dapr.io/v1alpha1
            kind: Component
            metadata:
              name: local-secrets
            spec:
              type: secretstores.local.file
              version: v1
              metadata:
              - name: secretsFile
                value: secrets.json
            """;

    @TempDir
    Path dir;

    private final AtomicInteger reads = new AtomicInteger();
    private final List<Path> read = new ArrayList<>();
    private final AtomicInteger resolutions = new AtomicInteger();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainViewModel model;
    private String table;
    private URI endpoint;

    @BeforeEach
    void window(TestDatabase db, DaprTables tables) throws IOException {
        table = UiStores.sampleTable(tables);
        endpoint = db.endpoint();
        Files.writeString(dir.resolve("secrets.json"), "{\"ddb-secret\": \"" + LocalCredentials.SECRET_KEY + "\"}");
        SessionContext counting = SessionContext.standard(Map.of(), dir, StateDeskSettings.defaults())
                .withFiles(path -> {
                    reads.incrementAndGet();
                    read.add(path);
                    return ComponentLoader.load(path);
                })
                .withSecrets((set, component, environment, stores) -> {
                    resolutions.incrementAndGet();
                    return new SecretResolver(set, environment, null, stores).resolve(component);
                });
        model = new MainViewModel(new CurrentThreadTaskRunner(), dialogs,
                new DefaultSessions(counting, UiStores.EXECUTOR, null), new NoSandbox(),
                new WriteHistory(dir.resolve("history.jsonl")), Clock.systemUTC());
    }

    private String stateStore() {
        return """
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: statestore
                spec:
                  type: state.aws.dynamodb
                  version: v1
                  metadata:
                  - name: table
                    value: "%s"
                  - name: endpoint
                    value: "%s"
                  - name: region
                    value: "%s"
                  - name: accessKey
                    value: "%s"
                  - name: secretKey
                    secretKeyRef:
                      name: ddb-secret
                auth:
                  secretStore: local-secrets
                """.formatted(table, endpoint, LocalCredentials.REGION, LocalCredentials.ACCESS_KEY);
    }

    @Test
    void openingAFile_readsItOnce_andResolvesItsSecretsOnce() throws IOException {
        Path file = Files.writeString(dir.resolve("statestore.yaml"), SECRET_STORE + "---\n" + stateStore());

        model.open(file);

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.problems).isEmpty();
        assertThat(model.tabs()).singleElement().satisfies(tab -> assertThat(tab.keys().loadedProperty().get())
                .isPositive());
        assertThat(reads).hasValue(1);
        assertThat(resolutions).hasValue(1);
    }

    @Test
    void openingAFolder_readsItOnce_andFindsTheSecretStoreInItsOtherFile() throws IOException {
        Files.writeString(dir.resolve("secretstore.yaml"), SECRET_STORE);
        Files.writeString(dir.resolve("statestore.yaml"), stateStore());

        model.open(dir);

        assertThat(dialogs.componentChoicesShown).isEqualTo(1);
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.problems).isEmpty();
        assertThat(model.tabs()).singleElement().satisfies(tab -> assertThat(tab.session().title())
                .isEqualTo("statestore"));
        assertThat(read).containsExactly(dir);
        assertThat(resolutions).hasValue(1);
    }

    @Test
    void aRetry_isANewOpen_thatReadsTheFileAgain() throws IOException {
        Path file = Files.writeString(dir.resolve("statestore.yaml"), SECRET_STORE + "---\n"
                + stateStore().replace(table, "missing-" + table));
        dialogs.problemAnswers.add(io.statedesk.session.Remedy.RETRY);

        model.open(file);

        // the first open and the retry each said the table is missing; the retry read the file anew (an edit made
        // meanwhile counts) and prepared it anew
        assertThat(dialogs.problems).hasSize(2).allSatisfy(p -> assertThat(p).contains("does not exist"));
        assertThat(reads).hasValue(2);
        assertThat(resolutions).hasValue(2);
        assertThat(model.tabs()).isEmpty();
    }

    private static final class NoSandbox implements SandboxControl {
        @Override
        public StoreSession start(boolean replaceLegacy) {
            throw new AssertionError("no sandbox here");
        }

        @Override
        public StoreSession reset() {
            throw new AssertionError("no sandbox here");
        }

        @Override
        public StoreSession useEndpoint(URI newEndpoint) {
            throw new AssertionError("no sandbox here");
        }
    }
}
