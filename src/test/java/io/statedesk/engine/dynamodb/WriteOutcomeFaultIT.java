package io.statedesk.engine.dynamodb;

import static io.statedesk.engine.dynamodb.EngineFixture.raw;
import static io.statedesk.engine.dynamodb.EngineFixture.setS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.error.EtagMismatchException;
import io.statedesk.engine.error.FirstWriteConflictException;
import io.statedesk.engine.error.OutcomeUnknownException;
import io.statedesk.engine.error.ThrottledException;
import io.statedesk.engine.error.UnavailableException;
import io.statedesk.engine.model.Concurrency;
import io.statedesk.engine.model.DeleteRequest;
import io.statedesk.engine.model.SetRequest;
import io.statedesk.engine.model.TransactionOperation;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.FaultClients;
import io.statedesk.testing.FaultProxy;
import io.statedesk.testing.FaultProxy.Fault;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Every write path of the engine told truly when the network or DynamoDB fails around it (issue 13, items 1 and 2):
 * a write that was applied is a success even when its answer was lost and the SDK's retry failed its own condition;
 * a write that was certainly not applied says so; what cannot be known is reported as unknown, with the key.
 */
@WithTestDatabase
class WriteOutcomeFaultIT {

    private FaultProxy proxy;
    private DynamoDbClient faulty;
    private DynamoDbClient direct;
    private StateStore store;
    private String table;

    @BeforeEach
    void setUp(TestDatabase db, DaprTables tables) {
        table = tables.create();
        direct = db.client();
        proxy = FaultProxy.inFrontOf(db.endpoint());
        faulty = FaultClients.through(proxy.endpoint(), FaultClients.QUICK);
        store = EngineFixture.store(faulty, StoreConfig.of(table));
    }

    @AfterEach
    void tearDown() {
        faulty.close();
        proxy.close();
    }

    private String seed(String key, String value) {
        return EngineFixture.store(direct, StoreConfig.of(table)).set(setS(key, value));
    }

    private String storedEtag(String key) {
        var item = raw(direct, table, key);
        return item.isEmpty() ? null : item.get("etag").s();
    }

    private String storedValue(String key) {
        var item = raw(direct, table, key);
        return item.isEmpty() ? null : item.get("value").s();
    }

    // ---- lost answers: the write was applied, the retry fails its own condition ----

    @Test
    void setWithEtag_whoseAnswerWasLost_isASuccess_withTheEtagItStored() {
        String read = seed("app||k", "1");
        proxy.on("PutItem", Fault.DROP_RESPONSE_AFTER_APPLY, 1);

        String etag = store.set(setS("app||k", "2").withEtag(read));

        assertThat(etag).isEqualTo(storedEtag("app||k"));
        assertThat(storedValue("app||k")).isEqualTo("2");
        assertThat(proxy.count("PutItem")).as("the SDK retried").isEqualTo(2);
    }

    @Test
    void firstWrite_whoseAnswerWasLost_isASuccess() {
        proxy.on("PutItem", Fault.DROP_RESPONSE_AFTER_APPLY, 1);

        String etag = store.set(setS("app||new", "1").withConcurrency(Concurrency.FIRST_WRITE));

        assertThat(etag).isEqualTo(storedEtag("app||new"));
    }

    @Test
    void lastWrite_whoseAnswerWasLost_isASuccess() {
        proxy.on("PutItem", Fault.DROP_RESPONSE_AFTER_APPLY, 1);

        String etag = store.set(setS("app||lw", "1"));

        assertThat(etag).isEqualTo(storedEtag("app||lw"));
    }

    @Test
    void deleteWithEtag_whoseAnswerWasLost_isASuccess_theRetryFindingTheItemGone() {
        String read = seed("app||d", "1");
        proxy.on("DeleteItem", Fault.DROP_RESPONSE_AFTER_APPLY, 1);

        store.delete(new DeleteRequest("app||d", read));

        assertThat(raw(direct, table, "app||d")).isEmpty();
        assertThat(proxy.count("DeleteItem")).isEqualTo(2);
    }

    @Test
    void transaction_whoseAnswerWasLost_isASuccess() {
        String read = seed("app||t1", "1");
        seed("app||t2", "x");
        proxy.on("TransactWriteItems", Fault.DROP_RESPONSE_AFTER_APPLY, 1);

        store.transact(List.of(new TransactionOperation.Upsert(setS("app||t1", "2").withEtag(read)),
                new TransactionOperation.Upsert(setS("app||t3", "3").withConcurrency(Concurrency.FIRST_WRITE)),
                new TransactionOperation.Delete("app||t2")));

        assertThat(storedValue("app||t1")).isEqualTo("2");
        assertThat(storedValue("app||t3")).isEqualTo("3");
        assertThat(raw(direct, table, "app||t2")).isEmpty();
    }

    @Test
    void bulkDelete_withOneLostAnswer_reportsEveryKeyDeleted() {
        String a = seed("app||b1", "1");
        String b = seed("app||b2", "2");
        String c = seed("app||b3", "3");
        proxy.on("DeleteItem", Fault.DROP_RESPONSE_AFTER_APPLY, 1);

        var results = store.bulkDelete(List.of(new DeleteRequest("app||b1", a), new DeleteRequest("app||b2", b),
                new DeleteRequest("app||b3", c)));

        assertThat(results).allMatch(StateStore.BulkWriteResult::succeeded);
        assertThat(List.of("app||b1", "app||b2", "app||b3")).allMatch(k -> raw(direct, table, k).isEmpty());
    }

    @Test
    void bulkSet_withOneLostAnswer_reportsEveryKeyWritten() {
        proxy.on("PutItem", Fault.DROP_RESPONSE_AFTER_APPLY, 1);

        var results = store.bulkSet(List.of(setS("app||s1", "1").withConcurrency(Concurrency.FIRST_WRITE),
                setS("app||s2", "2").withConcurrency(Concurrency.FIRST_WRITE)));

        assertThat(results).allMatch(StateStore.BulkWriteResult::succeeded);
        assertThat(results).allMatch(r -> r.newEtag().orElseThrow().equals(storedEtag(r.key())));
    }

    // ---- a server error after applying: settled by reading the item ----

    @Test
    void setWithEtag_answered500AfterApplying_isASuccess_settledByARead() {
        String read = seed("app||k", "1");
        proxy.on("PutItem", Fault.APPLY_THEN_500, 10);

        String etag = store.set(setS("app||k", "2").withEtag(read));

        assertThat(etag).isEqualTo(storedEtag("app||k"));
        assertThat(proxy.seen()).contains("GetItem");
    }

    // ---- certainly not applied: said so, never "conflict" and never "unknown" ----

    @Test
    void setWithEtag_answered500WithoutApplying_saysNothingWasWritten() {
        String read = seed("app||k", "1");
        proxy.on("PutItem", Fault.ANSWER_500, 10);

        assertThatThrownBy(() -> store.set(setS("app||k", "2").withEtag(read)))
                .isInstanceOf(UnavailableException.class)
                .hasMessageContaining("server error")
                .hasMessageContaining("nothing was written")
                .hasMessageNotContaining("could not reach");
        assertThat(storedEtag("app||k")).isEqualTo(read);
    }

    @Test
    void set_throttledOnEveryAttempt_isThrottled_nothingWritten_withoutARead() {
        String read = seed("app||k", "1");
        proxy.on("PutItem", Fault.THROTTLE, 10);

        assertThatThrownBy(() -> store.set(setS("app||k", "2").withEtag(read)))
                .isInstanceOf(ThrottledException.class)
                .hasMessageContaining("nothing was written")
                .hasMessageContaining("3 attempts");
        assertThat(proxy.seen()).doesNotContain("GetItem");
    }

    @Test
    void deleteWithEtag_resetBeforeForwarding_saysNothingWasDeleted() {
        String read = seed("app||d", "1");
        proxy.on("DeleteItem", Fault.RESET_BEFORE_FORWARD, 10);

        assertThatThrownBy(() -> store.delete(new DeleteRequest("app||d", read)))
                .isInstanceOf(UnavailableException.class)
                .hasMessageContaining("nothing was deleted");
        assertThat(storedEtag("app||d")).isEqualTo(read);
    }

    @Test
    void realConflict_isStillAConflict() {
        seed("app||k", "1");
        String theirs = seed("app||k", "2");

        assertThatThrownBy(() -> store.set(setS("app||k", "3").withEtag("0123456789abcdef")))
                .isInstanceOf(EtagMismatchException.class);
        assertThatThrownBy(() -> store.set(setS("app||k", "3").withConcurrency(Concurrency.FIRST_WRITE)))
                .isInstanceOf(FirstWriteConflictException.class);
        assertThat(storedEtag("app||k")).isEqualTo(theirs);
    }

    // ---- unknown: the request may have landed and nothing can settle it ----

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"APPLY_THEN_500", "HANG", "DROP_RESPONSE_AFTER_APPLY"})
    void set_whenEveryRequestFails_afterSending_isUnknown_withTheKeyAndWhatToDo(Fault fault) {
        String read = seed("app||k", "1");
        proxy.on("*", fault, 100);

        assertThatThrownBy(() -> store.set(setS("app||k", "2").withEtag(read)))
                .isInstanceOf(OutcomeUnknownException.class)
                .hasMessageContaining("key 'app||k'")
                .hasMessageContaining("outcome unknown")
                .hasMessageContaining("repeating this ETag-checked or first-write save is safe")
                .hasMessageNotContaining("could not reach");
    }

    @Test
    void delete_whenEveryRequestHangs_isUnknown() {
        String read = seed("app||d", "1");
        proxy.on("*", Fault.HANG, 100);

        assertThatThrownBy(() -> store.delete(new DeleteRequest("app||d", read)))
                .isInstanceOf(OutcomeUnknownException.class)
                .hasMessageContaining("key 'app||d'");
    }

    @Test
    void transaction_whenEveryRequestFailsAfterSending_isUnknown_namingItsKeys() {
        proxy.on("*", Fault.APPLY_THEN_500, 100);

        assertThatThrownBy(() -> store.transact(List.of(new TransactionOperation.Upsert(setS("app||x", "1")),
                new TransactionOperation.Delete("app||y"))))
                .isInstanceOf(OutcomeUnknownException.class)
                .hasMessageContaining("'app||x'")
                .hasMessageContaining("'app||y'");
    }

    @Test
    void set_thatUsesUpTheWholeCallLimit_isUnknownAtThatLimit_withoutASecondWait() {
        String read = seed("app||k", "1");
        proxy.on("*", Fault.HANG, 100);
        // One attempt as long as the whole call: the call limit ends it, and no read follows.
        try (DynamoDbClient slow = FaultClients.through(proxy.endpoint(), new io.statedesk.component.settings
                .ClientLimits(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(5),
                java.time.Duration.ofSeconds(2), 3))) {
            StateStore slowStore = EngineFixture.store(slow, StoreConfig.of(table));

            assertThatThrownBy(() -> slowStore.set(setS("app||k", "2").withEtag(read)))
                    .isInstanceOf(OutcomeUnknownException.class)
                    .hasMessageContaining("used up its whole time limit");
        }
        assertThat(proxy.seen()).doesNotContain("GetItem");
    }

    @Test
    void afterRecovery_theSameWriteSucceeds() {
        String read = seed("app||k", "1");
        proxy.on("*", Fault.HANG, 100);
        SetRequest write = setS("app||k", "2").withEtag(read);
        assertThatThrownBy(() -> store.set(write)).isInstanceOf(OutcomeUnknownException.class);

        proxy.heal();

        assertThat(store.set(write)).isEqualTo(storedEtag("app||k"));
    }
}
