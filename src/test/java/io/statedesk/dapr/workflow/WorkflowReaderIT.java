package io.statedesk.dapr.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.engine.StateStore;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@WithTestDatabase
class WorkflowReaderIT {

    static final WorkflowActorType ORDERS = WorkflowActorType.workflow("default", "orders");
    static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    static WorkflowRecordsBuilder completed(String id) {
        return WorkflowRecordsBuilder.instance(ORDERS, id)
                .started("OrderWorkflow", "{\"orderId\":7}", T)
                .activityScheduled(0, "ReserveInventory", "{\"sku\":\"A1\"}", T.plusSeconds(1))
                .replayEnded(T.plusSeconds(1))
                .replayStarted(T.plusSeconds(2))
                .activityCompleted(0, "{\"reserved\":true}", T.plusSeconds(2))
                .completed("{\"shipped\":true}", T.plusSeconds(3))
                .customStatus("done");
    }

    static WorkflowRecordsBuilder running(String id) {
        return WorkflowRecordsBuilder.instance(ORDERS, id)
                .started("OrderWorkflow", "{\"orderId\":8}", T)
                .timerCreated(0, T.plusSeconds(3600), T.plusSeconds(1))
                .replayEnded(T.plusSeconds(1))
                .pendingEvent("approval", "{\"ok\":true}", T.plusSeconds(60));
    }

    static WorkflowRecordsBuilder failed(String id) {
        return WorkflowRecordsBuilder.instance(ORDERS, id)
                .started("OrderWorkflow", null, T)
                .activityScheduled(0, "ChargeCard", null, T.plusSeconds(1))
                .activityFailed(0, "PaymentDeclined", "card expired", T.plusSeconds(2))
                .failed("PaymentDeclined", "card expired", T.plusSeconds(3));
    }

    @Test
    void list_findsEachInstance_withDaprsStatusNameTimesAndLengths(DynamoDbClient client, DaprTables tables) {
        String table = tables.create();
        WorkflowTables.put(client, table, completed("o-1").records());
        WorkflowTables.put(client, table, running("o-2").records());
        WorkflowTables.put(client, table, failed("o-3").records());
        WorkflowTables.put(client, table, Map.of("orders||order-1", "{}".getBytes()));

        try (StateStore store = WorkflowTables.store(client, table, true)) {
            WorkflowListing listing = new WorkflowReader(store).list(null, null);

            assertThat(listing.complete()).isTrue();
            assertThat(listing.instances()).extracting(WorkflowInstance::instanceId, WorkflowInstance::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("o-1", RuntimeStatus.COMPLETED),
                            org.assertj.core.groups.Tuple.tuple("o-2", RuntimeStatus.RUNNING),
                            org.assertj.core.groups.Tuple.tuple("o-3", RuntimeStatus.FAILED));
            WorkflowInstance done = listing.instances().get(0);
            assertThat(done.name()).isEqualTo("OrderWorkflow");
            assertThat(done.createdAt()).isEqualTo(T);
            assertThat(done.lastUpdatedAt()).isEqualTo(T.plusSeconds(3));
            assertThat(done.completedAt()).isEqualTo(T.plusSeconds(3));
            assertThat(done.historyLength()).isEqualTo(7);
            assertThat(done.inboxLength()).isZero();
            assertThat(done.generation()).isEqualTo(1);
            assertThat(done.customStatus()).isEqualTo("done");
            assertThat(done.input()).isEqualTo("{\"orderId\":7}");
            assertThat(done.output()).isEqualTo("{\"shipped\":true}");
            assertThat(done.problems()).isEmpty();
            assertThat(listing.instances().get(1).inboxLength()).isEqualTo(1);
            assertThat(listing.instances().get(2).failure().summary()).isEqualTo("PaymentDeclined: card expired");
            assertThat(listing.orphans()).isEmpty();
        }
    }

    @Test
    void load_readsAsDaprdsLoader_timelineInboxAndRawRecords(DynamoDbClient client, DaprTables tables) {
        String table = tables.create();
        WorkflowTables.put(client, table, running("o-2").records());

        try (StateStore store = WorkflowTables.store(client, table, true)) {
            LoadedWorkflow w = new WorkflowReader(store).load(ORDERS, "o-2").orElseThrow();

            assertThat(w.history()).extracting(e -> e.event().kind()).containsExactly(EventKind.ORCHESTRATOR_STARTED,
                    EventKind.EXECUTION_STARTED, EventKind.TIMER_CREATED, EventKind.ORCHESTRATOR_COMPLETED);
            assertThat(w.inbox()).singleElement().satisfies(e -> {
                assertThat(e.event().title()).isEqualTo("External event: approval");
                assertThat(e.record().key().stored()).endsWith("||o-2||inbox-000000");
                assertThat(e.record().etag()).isNotBlank();
            });
            assertThat(w.instance().status()).isEqualTo(RuntimeStatus.RUNNING);
            assertThat(new WorkflowReader(store).load(ORDERS, "nope")).isEmpty();
        }
    }

    @Test
    void missingAndGarbledRecords_areReported_newerKeysShownRaw_orphansListed(DynamoDbClient client,
                                                                             DaprTables tables) {
        String table = tables.create();
        Map<String, byte[]> records = new java.util.LinkedHashMap<>(completed("o-1").records());
        records.remove(WorkflowRecordKey.storedKey(ORDERS, "o-1", "history-000003"));
        records.put(WorkflowRecordKey.storedKey(ORDERS, "o-1", "history-000004"), "\uFFFD\uFFFD".getBytes());
        records.put(WorkflowRecordKey.storedKey(ORDERS, "o-1", "sigcert-000000"), new byte[] {1, 2, 3});
        WorkflowTables.put(client, table, records);
        WorkflowTables.put(client, table, Map.of(WorkflowRecordKey.storedKey(ORDERS, "gone", "history-000000"),
                new byte[] {8, 1}));

        try (StateStore store = WorkflowTables.store(client, table, true)) {
            WorkflowListing listing = new WorkflowReader(store).list("orders", null);
            LoadedWorkflow w = listing.workflows().get(0);

            assertThat(w.history()).hasSize(7);
            assertThat(w.history().get(3).problem()).startsWith("missing");
            assertThat(w.history().get(4).problem()).contains("not a protobuf HistoryEvent");
            assertThat(w.instance().problems()).anySatisfy(p -> assertThat(p).contains("1 of 7 history records"))
                    .anySatisfy(p -> assertThat(p).contains("history-000004"))
                    .anySatisfy(p -> assertThat(p).contains("daprd does not read"));
            assertThat(w.others()).extracting(i -> i.key().stored()).containsExactly(
                    WorkflowRecordKey.storedKey(ORDERS, "o-1", "sigcert-000000"));
            assertThat(listing.orphans()).extracting(i -> i.key().stored())
                    .containsExactly(WorkflowRecordKey.storedKey(ORDERS, "gone", "history-000000"));
        }
    }

    @Test
    void filter_keepsStatusesAndMatchesNameOrId() {
        WorkflowInstance a = instance("abc-1", "OrderWorkflow", RuntimeStatus.RUNNING);
        WorkflowInstance b = instance("xyz-2", "Billing", RuntimeStatus.FAILED);

        assertThat(List.of(a, b)).filteredOn(new WorkflowFilter(Set.of(RuntimeStatus.FAILED), "")::test)
                .containsExactly(b);
        assertThat(List.of(a, b)).filteredOn(new WorkflowFilter(Set.of(), "order")::test).containsExactly(a);
        assertThat(List.of(a, b)).filteredOn(new WorkflowFilter(Set.of(), "XYZ")::test).containsExactly(b);
    }

    static WorkflowInstance completedInstance(String id) {
        return instance(id, "OrderWorkflow", RuntimeStatus.COMPLETED);
    }

    private static WorkflowInstance instance(String id, String name, RuntimeStatus status) {
        return new WorkflowInstance(ORDERS, id, name, status, null, null, null, 1, 0, 0, null, null, null, null, "e",
                List.of());
    }
}
