package io.statedesk.ui.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.dapr.workflow.EventKind;
import io.statedesk.dapr.workflow.LoadedWorkflow;
import io.statedesk.dapr.workflow.RuntimeStatus;
import io.statedesk.session.StoreSession;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.ScriptedDialogs;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.common.CurrentThreadTaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The Workflows view model on the sandbox's sample state: list, filters, timeline, purge. */
@WithTestDatabase
class WorkflowsViewModelIT {

    private StoreSession session;
    private ScriptedDialogs dialogs;
    private WorkflowsViewModel model;

    @BeforeEach
    void open(DynamoDbClient client, DaprTables tables) {
        session = UiStores.session(client, UiStores.sampleTable(tables), false);
        dialogs = new ScriptedDialogs();
        model = new WorkflowsViewModel(session, new CurrentThreadTaskRunner(), dialogs);
        model.refresh();
    }

    private LoadedWorkflow instance(String id) {
        return model.instances().stream().filter(w -> w.instance().instanceId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void refresh_listsTheSampleInstances_withTheirStatus() {
        assertThat(model.instances()).extracting(w -> w.instance().instanceId() + " " + w.instance().status())
                .containsExactly("order-1001 COMPLETED", "order-1002 FAILED", "ship-9f2c RUNNING");
        assertThat(model.statusProperty().get()).startsWith("3 instances (1 not finished)")
                .contains("1 workflow record whose instance is gone");
    }

    @Test
    void filters_byStatus_andByNameOrId() {
        model.statusFilterProperty().set(RuntimeStatus.FAILED);
        assertThat(model.instances()).extracting(w -> w.instance().instanceId()).containsExactly("order-1002");

        model.statusFilterProperty().set(null);
        model.nameFilterProperty().set("shipment");
        assertThat(model.instances()).extracting(w -> w.instance().instanceId()).containsExactly("ship-9f2c");
    }

    @Test
    void selecting_showsTheTimeline_withoutReplayMarkers_thenPendingInbox_andEachRecord() {
        model.selectedProperty().set(instance("ship-9f2c"));
        WorkflowTimelineViewModel timeline = model.timeline();

        assertThat(timeline.rows()).extracting(TimelineRow::title).containsExactly(
                "Execution started: ShipmentWorkflow", "Activity scheduled: RequestLabel", "Activity completed",
                "Activity scheduled: ScheduleCarrier", "Activity completed", "Timer created",
                "External event: CarrierPickedUp");
        assertThat(timeline.rows().get(6).pending()).isTrue();
        assertThat(timeline.summaryProperty().get()).contains("ShipmentWorkflow", "RUNNING", "in transit");

        timeline.selectedProperty().set(timeline.rows().get(1));
        assertThat(timeline.payloadsProperty().get()).contains("\"input\"").contains("\"orderId\": 1001");
        assertThat(timeline.rawProperty().get()).contains("ship-9f2c||history-000002").contains("etag").contains("B,");

        timeline.showReplayMarkersProperty().set(true);
        assertThat(timeline.rows()).anySatisfy(r -> assertThat(r.entry().event().kind())
                .isEqualTo(EventKind.ORCHESTRATOR_STARTED));
    }

    @Test
    void aFailedInstance_showsTheFailure() {
        model.selectedProperty().set(instance("order-1002"));

        assertThat(model.timeline().summaryProperty().get())
                .contains("Failed: PaymentDeclinedException: card declined");
        assertThat(model.timeline().rows()).filteredOn(TimelineRow::failed).extracting(TimelineRow::title)
                .containsExactly("Activity failed", "Execution failed");
    }

    @Test
    void purge_ofAFinishedInstance_asksOnce_andRemovesIt() {
        model.selectedProperty().set(instance("order-1001"));

        model.purgeSelected();

        assertThat(dialogs.confirmations).hasSize(1);
        assertThat(dialogs.confirmations.get(0)).contains("order-1001");
        assertThat(model.noticeProperty().get()).startsWith("Purged order-1001: 22 records");
        assertThat(model.instances()).extracting(w -> w.instance().instanceId())
                .containsExactly("order-1002", "ship-9f2c");
    }

    @Test
    void purge_ofARunningInstance_needsASecondConfirmation() {
        model.selectedProperty().set(instance("ship-9f2c"));
        dialogs.confirmAnswers.add(true);
        dialogs.confirmAnswers.add(false);

        model.purgeSelected();

        assertThat(dialogs.confirmations).hasSize(2);
        assertThat(model.noticeProperty().get()).contains("Not purged").contains("RUNNING");
        assertThat(model.instances()).hasSize(3);
    }

    @Test
    void purge_onAReadOnlyStore_isRefused() {
        session.setWritesAllowed(false);
        model.selectedProperty().set(instance("order-1001"));

        model.purgeSelected();

        assertThat(dialogs.confirmations).isEmpty();
        assertThat(model.noticeProperty().get()).contains("read-only");
        assertThat(model.instances()).hasSize(3);
    }
}
