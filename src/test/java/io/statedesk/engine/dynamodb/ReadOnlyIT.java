package io.statedesk.engine.dynamodb;

import static io.statedesk.engine.dynamodb.EngineFixture.raw;
import static io.statedesk.engine.dynamodb.EngineFixture.setS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.error.ReadOnlyException;
import io.statedesk.engine.model.Consistency;
import io.statedesk.engine.model.DeleteRequest;
import io.statedesk.engine.model.TransactionOperation;
import io.statedesk.engine.model.TransactionOperation.Delete;
import io.statedesk.engine.model.TransactionOperation.Upsert;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Read-only is enforced by the engine: every write is refused before a request is sent. */
@WithTestDatabase
class ReadOnlyIT {

    static Stream<Arguments> writes() {
        List<TransactionOperation> tx = List.of(new Upsert(setS("app||k", "2")), new Delete("app||other"));
        return Stream.of(
                Arguments.of("set", (Consumer<StateStore>) s -> s.set(setS("app||k", "2"))),
                Arguments.of("set first-write", (Consumer<StateStore>) s -> s.set(EngineFixture.firstWrite(
                        setS("app||new", "2")))),
                Arguments.of("delete", (Consumer<StateStore>) s -> s.delete(DeleteRequest.unconditional("app||k"))),
                Arguments.of("delete with etag", (Consumer<StateStore>) s -> s.delete(new DeleteRequest("app||k", "1"))),
                Arguments.of("bulkSet", (Consumer<StateStore>) s -> s.bulkSet(List.of(setS("app||k", "2"),
                        setS("app||x", "3")))),
                Arguments.of("bulkSet empty", (Consumer<StateStore>) s -> s.bulkSet(List.of())),
                Arguments.of("bulkDelete", (Consumer<StateStore>) s -> s.bulkDelete(List.of(
                        DeleteRequest.unconditional("app||k")))),
                Arguments.of("transact", (Consumer<StateStore>) s -> s.transact(tx)),
                Arguments.of("transact empty", (Consumer<StateStore>) s -> s.transact(List.of())),
                Arguments.of("createTable", (Consumer<StateStore>) StateStore::createTable));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void everyWrite_isRefusedBeforeAnyRequest(String name, Consumer<StateStore> write, DaprTables tables,
            TestDatabase db) {
        String table = tables.create();
        DynamoDbClient client = db.client();
        client.putItem(b -> b.tableName(table).item(Map.of("key", AttributeValue.fromS("app||k"),
                "value", AttributeValue.fromS("1"), "etag", AttributeValue.fromS("1"))));
        try (RecordingClient recording = new RecordingClient(db.endpoint())) {
            StateStore readOnly = EngineFixture.store(recording.client(), StoreConfig.of(table).withReadOnly(true));

            assertThatThrownBy(() -> write.accept(readOnly))
                    .isInstanceOf(ReadOnlyException.class)
                    .hasMessageContaining("read-only").hasMessageContaining(table);

            assertThat(recording.sent(software.amazon.awssdk.core.SdkRequest.class)).isEmpty();
        }
        assertThat(raw(client, table, "app||k").get("value").s()).isEqualTo("1");
        assertThat(raw(client, table, "app||other")).isEmpty();
        assertThat(raw(client, table, "app||new")).isEmpty();
    }

    @Test
    void writes_areRefusedEvenWhenDynamoDbIsUnreachable() {
        // Nothing listens on port 9 of loopback: any request would fail as unavailable, not as read-only.
        try (DynamoDbClient nowhere = DynamoDbClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:9"))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .build()) {
            StateStore readOnly = EngineFixture.store(nowhere, StoreConfig.of("t").withReadOnly(true));

            assertThatThrownBy(() -> readOnly.set(setS("app||k", "1"))).isInstanceOf(ReadOnlyException.class);
            assertThatThrownBy(() -> readOnly.transact(List.of(new Delete("app||k"))))
                    .isInstanceOf(ReadOnlyException.class);
        }
    }

    @Test
    void reads_workOnAReadOnlyStore(DaprTables tables, DynamoDbClient client) {
        String table = tables.create();
        EngineFixture.store(client, StoreConfig.of(table)).set(setS("app||k", "1"));

        StateStore readOnly = EngineFixture.store(client, StoreConfig.of(table).withReadOnly(true));

        assertThat(readOnly.get("app||k", Consistency.STRONG)).isPresent();
        assertThat(readOnly.browse("app||k")).isPresent();
        assertThat(readOnly.bulkGet(List.of("app||k"), Consistency.EVENTUAL)).hasSize(1);
        assertThat(readOnly.checkTable().ok()).isTrue();
        readOnly.probe();
    }
}
