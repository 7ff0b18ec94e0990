package io.statedesk.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.statedesk.component.ComponentLoader;
import io.statedesk.component.PreparedStore;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.engine.model.KeyPrefix;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.StateKey;
import io.statedesk.engine.model.Storage;
import io.statedesk.history.WriteHistory;
import io.statedesk.history.WriteRecord;
import io.statedesk.session.StoreSession;
import io.statedesk.session.WritePolicy;
import io.statedesk.testing.FaultClients;
import io.statedesk.ui.ScriptedDialogs;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.common.CurrentThreadTaskRunner;
import io.statedesk.ui.keys.KeyRow;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Read-only in the window, per write path (issue 13): a component whose endpoint is not local by the one policy opens
 * read-only, and save, new key, delete, bulk delete and history restore are refused before any request reaches a
 * server that records every request. The store's connection is bent to that recorder; the policy sees the
 * component's own endpoint. (Copy and purge do not exist yet.)
 */
class WindowReadOnlyIT {

    @TempDir
    Path dir;

    private HttpServer recorder;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private DynamoDbClient client;

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
        client = FaultClients.through(URI.create("http://127.0.0.1:" + recorder.getAddress().getPort()),
                FaultClients.QUICK);
    }

    @AfterEach
    void stopRecorder() {
        client.close();
        recorder.stop(0);
    }

    static Stream<String> nonLocalEndpoints() {
        return Stream.of("", "https://dynamodb.us-east-1.amazonaws.com", "http://127.attacker.example:8000",
                "http://localstack.prod.example.com:4566", "http://localstack:4566", "http://dynamodb-local:8000",
                "https://proxy.corp.example:8443", "http://10.0.0.5:8000", "http://0.0.0.0:8000");
    }

    /** The tab as the window opens it: the component layer decides read-only with the window's policy. */
    private StoreTabViewModel open(String endpoint, WriteHistory history) throws Exception {
        Files.writeString(dir.resolve("c.yaml"), "apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n"
                + "  name: c\nspec:\n  type: state.aws.dynamodb\n  version: v1\n  metadata:\n"
                + "  - name: table\n    value: dapr-state\n  - name: region\n    value: us-east-1\n"
                + (endpoint.isEmpty() ? "" : "  - name: endpoint\n    value: \"" + endpoint + "\"\n"));
        ComponentSet set = ComponentLoader.load(dir.resolve("c.yaml"));
        PreparedStore prepared = PreparedStore.prepare(set, set.dynamoDbComponents().get(0), Map.of(), null, null);
        boolean readOnly = WritePolicy.loopbackOnly().opensReadOnly(prepared.config().endpoint());
        StoreSession session = new StoreSession("c", endpoint, false, false, prepared.storeConfig(readOnly),
                config -> UiStores.store(client, config));
        return new StoreTabViewModel(session, new CurrentThreadTaskRunner(), new ScriptedDialogs(), history,
                Clock.systemUTC());
    }

    private static StateItem item(String key) {
        return new StateItem(StateKey.parse(key, KeyPrefix.appId()), "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
                true, Storage.S, "e1", null, false, 20);
    }

    @ParameterizedTest(name = "endpoint [{0}]")
    @MethodSource("nonLocalEndpoints")
    void everyWritePathOfTheWindow_isRefusedBeforeAnyRequest(String endpoint) throws Exception {
        WriteHistory history = new WriteHistory(dir.resolve("history.jsonl"));
        StoreTabViewModel tab = open(endpoint, history);
        assertThat(tab.readOnlyProperty().get()).isTrue();

        tab.editor().show(item("myapp||k"));
        tab.editor().textProperty().set("{\"a\":2}");
        tab.editor().save();
        assertThat(tab.editor().errorProperty().get()).contains("read-only");

        tab.createKey("myapp", "new", Storage.S);
        assertThat(tab.noticeProperty().get()).contains("read-only");

        tab.delete(List.of(new KeyRow(item("myapp||k"))));
        assertThat(tab.noticeProperty().get()).contains("read-only");

        tab.delete(List.of(new KeyRow(item("myapp||a")), new KeyRow(item("myapp||b"))));
        assertThat(tab.noticeProperty().get()).contains("read-only");

        io.statedesk.ui.history.HistoryViewModel restore = tab.history("myapp||k");
        restore.restore();
        assertThat(restore.messageProperty().get()).contains("read-only");

        // Below the view models, the engine refuses too (a disabled button is not the only guard).
        var store = tab.session().store();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.bulkSet(List.of(
                io.statedesk.engine.model.SetRequest.lastWrite("myapp||k", new byte[] {1}, Storage.B))))
                .isInstanceOf(io.statedesk.engine.error.ReadOnlyException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.transact(List.of(
                new io.statedesk.engine.model.TransactionOperation.Delete("myapp||k"))))
                .isInstanceOf(io.statedesk.engine.error.ReadOnlyException.class);
        assertThat(requests).isEmpty();
        assertThat(history.list()).isEmpty();
    }
}
