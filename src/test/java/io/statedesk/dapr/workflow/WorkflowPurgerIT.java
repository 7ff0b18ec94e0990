package io.statedesk.dapr.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.model.TransactionOperation;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@WithTestDatabase
class WorkflowPurgerIT {

    private static final WorkflowActorType ORDERS = WorkflowReaderIT.ORDERS;

    @Test
    void aRunningInstance_isRefused_andNothingIsDeleted(DynamoDbClient client, DaprTables tables) {
        String table = tables.create();
        WorkflowTables.put(client, table, WorkflowReaderIT.running("o-2").records());

        try (StateStore store = WorkflowTables.store(client, table, false)) {
            PurgePlan plan = PurgePlan.of(new WorkflowReader(store).load(ORDERS, "o-2").orElseThrow());
            PurgeOutcome outcome = new WorkflowPurger(store).purge(plan, false, (d, t, b, n) -> { });

            assertThat(outcome).isInstanceOf(PurgeOutcome.Refused.class);
            assertThat(outcome.describe()).contains("RUNNING");
            assertThat(WorkflowTables.count(client, table, "orders||")).isEqualTo(7);
        }
    }

    @Test
    void aCompletedInstance_isPurged_inOneTransaction_andDaprsLoaderFindsNothing(DynamoDbClient client,
                                                                                DaprTables tables) {
        String table = tables.create();
        WorkflowTables.put(client, table, WorkflowReaderIT.completed("o-1").records());
        WorkflowTables.put(client, table, WorkflowReaderIT.failed("o-3").records());
        WorkflowTables.put(client, table, Map.of(WorkflowRecordKey.storedKey(ORDERS, "o-1", "history-000099"),
                new byte[] {8, 1}));

        try (StateStore store = WorkflowTables.store(client, table, false)) {
            WorkflowReader reader = new WorkflowReader(store);
            PurgePlan plan = PurgePlan.of(reader.loadWithStrays(ORDERS, "o-1", null).orElseThrow());
            List<Integer> progress = new ArrayList<>();

            PurgeOutcome outcome = new WorkflowPurger(store).purge(plan, false, (d, t, b, n) -> progress.add(d));

            assertThat(outcome).isEqualTo(new PurgeOutcome.Purged("o-1", 10, 1));
            assertThat(progress).containsExactly(10);
            assertThat(reader.load(ORDERS, "o-1")).isEmpty();
            assertThat(WorkflowTables.count(client, table, WorkflowRecordKey.instancePrefix(ORDERS, "o-1"))).isZero();
            assertThat(WorkflowTables.count(client, table, WorkflowRecordKey.instancePrefix(ORDERS, "o-3")))
                    .isEqualTo(7);
        }
    }

    @Test
    void aRunningInstance_isPurged_whenForced(DynamoDbClient client, DaprTables tables) {
        String table = tables.create();
        WorkflowTables.put(client, table, WorkflowReaderIT.running("o-2").records());

        try (StateStore store = WorkflowTables.store(client, table, false)) {
            PurgePlan plan = PurgePlan.of(new WorkflowReader(store).load(ORDERS, "o-2").orElseThrow());

            assertThat(new WorkflowPurger(store).purge(plan, true, (d, t, b, n) -> { }))
                    .isInstanceOf(PurgeOutcome.Purged.class);
            assertThat(WorkflowTables.count(client, table, "orders||")).isZero();
        }
    }

    @Test
    void aLongHistory_isPurgedInEtagCheckedBatches_withProgress(DynamoDbClient client, DaprTables tables) {
        String table = tables.create();
        WorkflowTables.put(client, table, longHistory("big", 230).records());

        try (StateStore store = WorkflowTables.store(client, table, false)) {
            PurgePlan plan = PurgePlan.of(new WorkflowReader(store).load(ORDERS, "big").orElseThrow());
            List<String> progress = new ArrayList<>();

            PurgeOutcome outcome = new WorkflowPurger(store).purge(plan, false,
                    (done, total, batch, batches) -> progress.add(done + "/" + total + " " + batch + "/" + batches));

            assertThat(plan.size()).isEqualTo(235);
            assertThat(outcome).isEqualTo(new PurgeOutcome.Purged("big", 235, 3));
            assertThat(progress).containsExactly("99/235 1/3", "198/235 2/3", "235/235 3/3");
            assertThat(WorkflowTables.count(client, table, "orders||")).isZero();
        }
    }

    @Test
    void batches_checkTheMetadataInEach_andDeleteItLast() {
        List<PurgePlan.Target> targets = new ArrayList<>();
        for (int i = 0; i < 199; i++) {
            targets.add(new PurgePlan.Target("k" + i, "e" + i));
        }
        targets.add(new PurgePlan.Target("meta", "m1"));
        PurgePlan plan = new PurgePlan(WorkflowReaderIT.completedInstance("x"), targets);

        List<List<TransactionOperation>> batches = WorkflowPurger.batches(plan);

        assertThat(batches).extracting(List::size).containsExactly(100, 100, 2);
        assertThat(batches.get(0).get(99)).isEqualTo(new TransactionOperation.Check("meta", "m1"));
        assertThat(batches.get(1).get(99)).isEqualTo(new TransactionOperation.Check("meta", "m1"));
        assertThat(batches.get(2)).containsExactly(new TransactionOperation.CheckedDelete("k198", "e198"),
                new TransactionOperation.CheckedDelete("meta", "m1"));
        assertThat(batches.get(0).get(0)).isEqualTo(new TransactionOperation.CheckedDelete("k0", "e0"));
    }

    @Test
    void aWriteByDaprdBetweenBatches_stopsThePurge_andSaysWhatRemains(DynamoDbClient client, DaprTables tables) {
        String table = tables.create();
        WorkflowTables.put(client, table, longHistory("big", 150).records());

        try (StateStore store = WorkflowTables.store(client, table, false)) {
            PurgePlan plan = PurgePlan.of(new WorkflowReader(store).load(ORDERS, "big").orElseThrow());
            String metadataKey = plan.metadata().key();

            PurgeOutcome outcome = new WorkflowPurger(store).purge(plan, false, (done, total, batch, batches) -> {
                // daprd saves the instance after the first batch: it rewrites metadata with a new ETag
                client.putItem(b -> b.tableName(table).item(Map.of("key", AttributeValue.fromS(metadataKey),
                        "value", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0x10, 1})),
                        "etag", AttributeValue.fromS("feedbeef"))));
            });

            assertThat(outcome).isInstanceOfSatisfying(PurgeOutcome.Incomplete.class, incomplete -> {
                assertThat(incomplete.deleted()).hasSize(99);
                assertThat(incomplete.remaining()).hasSize(plan.size() - 99).contains(metadataKey);
                assertThat(incomplete.reason()).contains("transaction 2 of 2");
            });
            assertThat(outcome.describe()).contains("still listed").contains("purge it again");
            assertThat(WorkflowTables.count(client, table, "orders||")).isEqualTo(plan.size() - 99);
        }
    }

    @Test
    void aReadOnlyStore_isRefused_beforeAnyRequest(DynamoDbClient client, DaprTables tables) {
        String table = tables.create();
        WorkflowTables.put(client, table, WorkflowReaderIT.completed("o-1").records());

        try (StateStore store = WorkflowTables.store(client, table, true)) {
            PurgePlan plan = PurgePlan.of(new WorkflowReader(store).load(ORDERS, "o-1").orElseThrow());

            assertThat(new WorkflowPurger(store).purge(plan, false, (d, t, b, n) -> { }).describe())
                    .contains("read-only");
            assertThat(WorkflowTables.count(client, table, "orders||")).isEqualTo(9);
        }
    }

    static WorkflowRecordsBuilder longHistory(String id, int activities) {
        WorkflowRecordsBuilder b = WorkflowRecordsBuilder.instance(ORDERS, id)
                .started("FanOut", "{}", WorkflowReaderIT.T);
        for (int i = 0; i < activities; i++) {
            b.activityScheduled(i, "Step", "{\"i\":" + i + "}", WorkflowReaderIT.T.plusSeconds(i));
        }
        return b.completed("{}", WorkflowReaderIT.T.plusSeconds(activities));
    }
}
