package io.statedesk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dapr.durabletask.implementation.protobuf.OrchestratorService.HistoryEvent;
import io.statedesk.dapr.workflow.LoadedWorkflow;
import io.statedesk.dapr.workflow.PurgeOutcome;
import io.statedesk.dapr.workflow.PurgePlan;
import io.statedesk.dapr.workflow.TimelineEntry;
import io.statedesk.dapr.workflow.WorkflowActorType;
import io.statedesk.dapr.workflow.WorkflowListing;
import io.statedesk.dapr.workflow.WorkflowPurger;
import io.statedesk.dapr.workflow.WorkflowReader;
import io.statedesk.dapr.workflow.WorkflowRecordKey;
import io.statedesk.dapr.workflow.WorkflowRecordsBuilder;
import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.dynamodb.DynamoDbStateStores;
import io.statedesk.engine.model.SetRequest;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.Storage;
import io.statedesk.sandbox.LocalCredentials;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Workflow records written by Dapr 1.16.5's own workflow state package (NewState, AddToHistory, GetSaveRequest,
 * through daprd's actor state layer and Dapr's DynamoDB component) are listed by StateDesk with durabletask's status,
 * Dapr's history and inbox; an instance StateDesk purges is gone for Dapr's LoadWorkflowState; and records StateDesk's
 * builder writes are what Dapr's loader reads.
 */
@DaprInterop
class WorkflowInteropIT {

    private static final String SECTION = "Workflow state (dapr/dapr v1.16.5 pkg/runtime/wfengine/state)";
    private static final WorkflowActorType ORDERS = WorkflowActorType.workflow("default", "orders");
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private DaprStateDriver dapr;
    private StateStore store;
    private String table;
    private TestDatabase db;
    private final Checks checks = new Checks(SECTION, "Each instance is written by Dapr's workflow state code and read"
            + " by StateDesk (status, name, event count, every event's protobuf, inbox, custom status, generation);"
            + " purges are checked with Dapr's loader.");

    @BeforeAll
    void start(TestDatabase database, DaprTables tables) {
        db = database;
        dapr = DaprStateDriver.shared().orElse(null);
        table = tables.create();
        store = DynamoDbStateStores.create(StoreConfig.of(table), database.client(), pool);
    }

    @AfterAll
    void stop() {
        pool.shutdownNow();
    }

    private ObjectNode init() {
        ObjectNode init = DaprStateDriver.request("init").put("appId", "orders").put("namespace", "default");
        ObjectNode metadata = init.putObject("metadata");
        metadata.put("table", table).put("endpoint", db.endpoint().toString()).put("region", LocalCredentials.REGION)
                .put("accessKey", LocalCredentials.ACCESS_KEY).put("secretKey", LocalCredentials.SECRET_KEY);
        return init;
    }

    private static ObjectNode save(String id, WorkflowRecordsBuilder built, String customStatus) {
        ObjectNode save = DaprStateDriver.request("saveWorkflow").put("instanceId", id);
        ArrayNode history = save.putArray("history");
        built.history().forEach(e -> history.add(Base64.getEncoder().encodeToString(e.toByteArray())));
        ArrayNode inbox = save.putArray("inbox");
        built.inbox().forEach(e -> inbox.add(Base64.getEncoder().encodeToString(e.toByteArray())));
        if (customStatus != null) {
            save.put("customStatus", customStatus);
        }
        return save;
    }

    private static ObjectNode load(String id) {
        return DaprStateDriver.request("loadWorkflow").put("instanceId", id);
    }

    static WorkflowRecordsBuilder completed(String id) {
        return WorkflowRecordsBuilder.instance(ORDERS, id)
                .started("OrderWorkflow", "{\"orderId\":7}", T)
                .activityScheduled(0, "ReserveInventory", "{\"sku\":\"A1\"}", T.plusSeconds(1))
                .replayEnded(T.plusSeconds(1))
                .replayStarted(T.plusSeconds(2))
                .activityCompleted(0, "{\"reserved\":true}", T.plusSeconds(2))
                .activityScheduled(1, "Ship", null, T.plusSeconds(3))
                .activityCompleted(1, "{\"tracking\":\"X1\"}", T.plusSeconds(4))
                .completed("{\"shipped\":true}", T.plusSeconds(5));
    }

    static WorkflowRecordsBuilder failed(String id) {
        return WorkflowRecordsBuilder.instance(ORDERS, id)
                .started("OrderWorkflow", null, T)
                .activityScheduled(0, "ChargeCard", "{\"amount\":5}", T.plusSeconds(1))
                .activityFailed(0, "PaymentDeclined", "card expired", T.plusSeconds(2))
                .failed("PaymentDeclined", "card expired", T.plusSeconds(3));
    }

    static WorkflowRecordsBuilder running(String id) {
        return WorkflowRecordsBuilder.instance(ORDERS, id)
                .started("OrderWorkflow", "{\"orderId\":9}", T)
                .timerCreated(0, T.plusSeconds(3600), T.plusSeconds(1))
                .replayEnded(T.plusSeconds(1))
                .pendingEvent("approval", "{\"ok\":true}", T.plusSeconds(60))
                .pendingActivityResult(3, "{\"late\":1}", T.plusSeconds(61));
    }

    @Test
    void instancesDaprWrites_areListedWithDaprsStatusHistoryAndInbox() {
        assertThat(dapr).as("interop/daprstate built").isNotNull();
        List<ObjectNode> requests = new ArrayList<>(List.of(init(),
                save("wf-completed", completed("wf-completed"), "done"),
                save("wf-failed", failed("wf-failed"), null),
                save("wf-running", running("wf-running"), "waiting for approval"),
                load("wf-completed"), load("wf-failed"), load("wf-running")));
        List<JsonNode> results = dapr.run(requests);
        results.forEach(r -> assertThat(r.path("ok").asBoolean()).as(r.toString()).isTrue());

        WorkflowListing listing = new WorkflowReader(store).list("orders", null);
        List<LoadedWorkflow> mine = listing.workflows().stream()
                .filter(w -> w.instance().instanceId().startsWith("wf-") && List.of("wf-completed", "wf-failed",
                        "wf-running").contains(w.instance().instanceId())).toList();

        assertThat(mine).extracting(w -> w.instance().instanceId())
                .containsExactly("wf-completed", "wf-failed", "wf-running");
        for (int i = 0; i < 3; i++) {
            compare("Dapr writes → StateDesk lists", mine.get(i), results.get(4 + i));
        }
        for (int r = 1; r <= 3; r++) {
            String id = requests.get(r).path("instanceId").asText();
            for (JsonNode key : results.get(r).path("keys")) {
                Optional<StateItem> stored = store.browse(WorkflowRecordKey.storedKey(ORDERS, id, key.asText()));
                checks.same(Checks.DAPR_TO_STATEDESK, id, "storage", key.asText(), "B",
                        stored.map(s -> String.valueOf(s.storage())).orElse("missing"));
            }
        }
        checks.assertAllEqual();
    }

    @Test
    void anInstanceStateDeskPurges_isGoneForDaprsLoader() {
        assertThat(dapr).as("interop/daprstate built").isNotNull();
        dapr.run(List.of(init(), save("wf-purge", completed("wf-purge"), "done"),
                save("wf-keep", failed("wf-keep"), null)));
        WorkflowReader reader = new WorkflowReader(store);
        PurgePlan plan = PurgePlan.of(reader.loadWithStrays(ORDERS, "wf-purge", null).orElseThrow());

        PurgeOutcome outcome = new WorkflowPurger(store).purge(plan, false, (d, t, b, n) -> { });
        List<JsonNode> after = dapr.run(List.of(init(), load("wf-purge"), load("wf-keep")));

        assertThat(outcome).isInstanceOf(PurgeOutcome.Purged.class);
        checks.same("StateDesk purges → Dapr loads", "wf-purge", "LoadWorkflowState", "found", "false",
                after.get(1).path("found").asText());
        checks.same("StateDesk purges → Dapr loads", "wf-keep", "LoadWorkflowState", "found", "true",
                after.get(2).path("found").asText());
        checks.same("StateDesk purges → Dapr loads", "wf-purge", "records under the instance", "count", "0",
                String.valueOf(db.client().scanPaginator(b -> b.tableName(table)).items().stream()
                        .filter(item -> item.get("key").s().startsWith(WorkflowRecordKey.instancePrefix(ORDERS,
                                "wf-purge"))).count()));
        checks.assertAllEqual();
    }

    @Test
    void anInstanceDaprPurges_isGoneForStateDesk_andRecordsStateDeskWrites_loadInDapr() {
        assertThat(dapr).as("interop/daprstate built").isNotNull();
        WorkflowRecordsBuilder built = running("wf-mine").customStatus("written by StateDesk");
        for (Map.Entry<String, byte[]> record : built.records().entrySet()) {
            store.set(SetRequest.lastWrite(record.getKey(), record.getValue(), Storage.B));
        }
        List<JsonNode> results = dapr.run(List.of(init(), save("wf-dapr-purged", completed("wf-dapr-purged"), null),
                DaprStateDriver.request("purgeWorkflow").put("instanceId", "wf-dapr-purged"), load("wf-mine")));

        LoadedWorkflow mine = new WorkflowReader(store).load(ORDERS, "wf-mine").orElseThrow();
        compare("StateDesk writes → Dapr loads", mine, results.get(3));
        checks.same("Dapr purges → StateDesk loads", "wf-dapr-purged", "load", "found", "false",
                String.valueOf(new WorkflowReader(store).load(ORDERS, "wf-dapr-purged").isPresent()));
        checks.assertAllEqual();
    }

    private void compare(String direction, LoadedWorkflow mine, JsonNode dapr) {
        String id = mine.instance().instanceId();
        checks.same(direction, id, "load", "found", "true", dapr.path("found").asText());
        checks.same(direction, id, "runtime status", "status", dapr.path("runtimeStatus").asText(),
                mine.instance().status().name());
        checks.same(direction, id, "name", "name", dapr.path("name").asText(), mine.instance().name());
        checks.same(direction, id, "metadata", "generation", dapr.path("generation").asText(),
                String.valueOf(mine.instance().generation()));
        checks.same(direction, id, "customStatus", "value", dapr.path("customStatus").isNull() ? "(none)"
                : dapr.path("customStatus").asText(), mine.instance().customStatusIfAny().orElse("(none)"));
        events(direction, id, "history", dapr.path("history"), mine.history());
        events(direction, id, "inbox", dapr.path("inbox"), mine.inbox());
    }

    private void events(String direction, String id, String which, JsonNode dapr, List<TimelineEntry> mine) {
        checks.same(direction, id, which, "length", String.valueOf(dapr.size()), String.valueOf(mine.size()));
        for (int i = 0; i < Math.min(dapr.size(), mine.size()); i++) {
            HistoryEvent theirs = parse(Base64.getDecoder().decode(dapr.get(i).asText()));
            HistoryEvent ours = mine.get(i).record() == null ? null : parse(mine.get(i).record().value());
            checks.record(direction, id, which + "-" + i, "HistoryEvent (" + (mine.get(i).event() == null ? "?"
                    : mine.get(i).event().kind()) + ")", brief(theirs), brief(ours), theirs.equals(ours));
        }
    }

    private static String brief(HistoryEvent event) {
        String text = event == null ? "missing" : com.google.protobuf.TextFormat.shortDebugString(event);
        return text.length() > 140 ? text.substring(0, 140) + " …" : text;
    }

    private static HistoryEvent parse(byte[] bytes) {
        try {
            return HistoryEvent.parseFrom(bytes);
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new AssertionError("not a HistoryEvent", e);
        }
    }
}
