package io.statedesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.statedesk.dapr.workflow.LoadedWorkflow;
import io.statedesk.session.StoreSession;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.ScriptedDialogs;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.actors.ActorsView;
import io.statedesk.ui.actors.ActorsViewModel;
import io.statedesk.ui.common.CurrentThreadTaskRunner;
import io.statedesk.ui.workflows.TimelineRow;
import io.statedesk.ui.workflows.WorkflowsView;
import io.statedesk.ui.workflows.WorkflowsViewModel;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The Workflows and Actors views on the sandbox's sample state, with the README's screenshots. */
@WithTestDatabase
@ExtendWith(ApplicationExtension.class)
class WorkflowsFxTest {

    private static DynamoDbClient client;
    private static DaprTables tables;

    private StoreSession session;
    private WorkflowsView view;
    private Stage stage;

    @BeforeAll
    static void database(DynamoDbClient sharedClient, DaprTables sharedTables) {
        client = sharedClient;
        tables = sharedTables;
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = UiStores.session(client, UiStores.sampleTable(tables), false);
        WorkflowsViewModel model = new WorkflowsViewModel(session, new CurrentThreadTaskRunner(),
                new ScriptedDialogs());
        view = new WorkflowsView(model);
        Scene scene = new Scene(view.root(), 1240, 780);
        scene.getStylesheets().add(WorkflowsFxTest.class.getResource("/io/statedesk/ui/statedesk.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
        model.refresh();
    }

    @Test
    void theListShowsEachInstance_andATimelineOpensWithItsPayloads(FxRobot robot) {
        TableView<LoadedWorkflow> instances = robot.lookup("#" + WorkflowsView.TABLE_ID).queryAs(TableView.class);
        assertThat(instances.getItems()).extracting(w -> w.instance().instanceId())
                .containsExactly("order-1001", "order-1002", "ship-9f2c");
        robot.interact(() -> instances.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(stage.getScene(), "workflow-list"));

        robot.interact(() -> instances.getSelectionModel().select(2));
        TableView<TimelineRow> timeline = robot.lookup("#" + WorkflowsView.TIMELINE_ID).queryAs(TableView.class);
        assertThat(timeline.getItems()).extracting(TimelineRow::title).startsWith(
                "Execution started: ShipmentWorkflow").endsWith("External event: CarrierPickedUp");
        robot.interact(() -> timeline.getSelectionModel().select(3));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.getSelectionModel().getSelectedItem().title()).isEqualTo("Activity scheduled: "
                + "ScheduleCarrier");
        assertThat(view.payloadArea().getText()).contains("\"carrier\": \"DHL\"");
        robot.interact(() -> Screenshots.save(stage.getScene(), "workflow-timeline"));
    }

    @Test
    void theActorsViewShowsTypesActorsAndStaleReminders(FxRobot robot) {
        robot.interact(() -> {
            ActorsViewModel model = new ActorsViewModel(session, new CurrentThreadTaskRunner(), new ScriptedDialogs());
            ActorsView actors = new ActorsView(model);
            Scene scene = new Scene(actors.root(), 1240, 700);
            scene.getStylesheets().add(WorkflowsFxTest.class.getResource("/io/statedesk/ui/statedesk.css")
                    .toExternalForm());
            stage.setScene(scene);
            model.refresh();
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> reminders = robot.lookup("#" + ActorsView.REMINDERS_ID).queryAs(TableView.class);
        assertThat(reminders.getItems()).hasSizeGreaterThan(5);
        assertThat(robot.lookup(".stale-note").queryLabeled().getText()).contains("Scheduler");
        robot.interact(() -> Screenshots.save(stage.getScene(), "actors"));
    }
}
