package io.statedesk.engine.dynamodb;

import static io.statedesk.engine.dynamodb.EngineFixture.setS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.error.InvalidRequestException;
import io.statedesk.engine.model.Concurrency;
import io.statedesk.engine.model.DeleteRequest;
import io.statedesk.engine.model.TransactionOperation;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.core.SdkRequest;

/**
 * An empty ETag is an error on every write path (issue 13, item 3): Dapr reads "" as "no ETag", which turned
 * {@code set --etag ''} into a blind overwrite. Refused before any request, and the item stays as it was.
 */
@WithTestDatabase
class EmptyEtagIT {

    private RecordingClient recording;
    private StateStore store;
    private String table;

    @BeforeEach
    void setUp(DaprTables tables, TestDatabase db) {
        table = tables.create();
        recording = new RecordingClient(db.endpoint());
        store = EngineFixture.store(recording.client(), StoreConfig.of(table));
        store.set(setS("app||k", "theirs"));
        recording.clear();
    }

    @AfterEach
    void tearDown() {
        recording.close();
    }

    private void assertRefusedBeforeAnyRequest(Executable write) {
        assertThatThrownBy(write::execute)
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("ETag for key 'app||k' is empty")
                .hasMessageContaining("nothing was sent");
        assertThat(recording.sent(SdkRequest.class)).isEmpty();
        assertThat(EngineFixture.utf8(store.browse("app||k").orElseThrow().value())).isEqualTo("theirs");
    }

    @Test
    void set_withEmptyEtag_isRefused() {
        assertRefusedBeforeAnyRequest(() -> store.set(setS("app||k", "mine").withEtag("")));
    }

    @Test
    void firstWrite_withEmptyEtag_isRefused() {
        assertRefusedBeforeAnyRequest(() -> store.set(setS("app||k", "mine").withEtag("")
                .withConcurrency(Concurrency.FIRST_WRITE)));
    }

    @Test
    void delete_withEmptyEtag_isRefused() {
        assertRefusedBeforeAnyRequest(() -> store.delete(new DeleteRequest("app||k", "")));
    }

    @Test
    void bulkSet_withEmptyEtag_reportsTheKeyRefused() {
        var results = store.bulkSet(List.of(setS("app||k", "mine").withEtag("")));

        assertThat(results.get(0).error()).get().isInstanceOf(InvalidRequestException.class);
        assertThat(recording.sent(SdkRequest.class)).isEmpty();
    }

    @Test
    void bulkDelete_withEmptyEtag_reportsTheKeyRefused() {
        var results = store.bulkDelete(List.of(new DeleteRequest("app||k", "")));

        assertThat(results.get(0).error()).get().isInstanceOf(InvalidRequestException.class);
        assertThat(recording.sent(SdkRequest.class)).isEmpty();
    }

    @Test
    void transaction_withEmptyEtag_isRefused() {
        assertRefusedBeforeAnyRequest(() -> store.transact(List.of(
                new TransactionOperation.Upsert(setS("app||k", "mine").withEtag("")))));
    }
}
