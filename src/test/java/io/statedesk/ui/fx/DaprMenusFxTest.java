package io.statedesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.dapr.workflow.LoadedWorkflow;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.actors.ActorsView;
import io.statedesk.ui.workflows.WorkflowsView;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** View > Workflows… and View > Actors and reminders… open their windows for the current tab, from the workbench. */
@WithTestDatabase
@ExtendWith(ApplicationExtension.class)
class DaprMenusFxTest {

    private static DynamoDbClient client;
    private static DaprTables tables;

    @TempDir
    static Path home;

    private Workbench workbench;

    @BeforeAll
    static void database(DynamoDbClient sharedClient, DaprTables sharedTables) {
        client = sharedClient;
        tables = sharedTables;
    }

    @Start
    void start(Stage stage) {
        String table = UiStores.sampleTable(tables);
        workbench = new Workbench(stage, () -> UiStores.session(client, table, false), home);
    }

    /** The windows stay open otherwise, and a later test's lookups would find their nodes. */
    @org.junit.jupiter.api.AfterEach
    void closeDaprWindows() throws Exception {
        org.testfx.api.FxToolkit.setupFixture(() -> java.util.List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && s.getTitle() != null && (s.getTitle().startsWith("Workflows · ")
                        || s.getTitle().startsWith("Actors and reminders · ")))
                .forEach(w -> ((Stage) w).close()));
    }

    @Test
    void theViewMenu_opensTheWorkflowsAndActorsWindowsOfTheOpenTab(FxRobot robot) throws Exception {
        workbench.openAndScan();

        robot.clickOn("View").clickOn("Workflows…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + WorkflowsView.TABLE_ID).tryQuery()
                .map(node -> !((TableView<?>) node).getItems().isEmpty()).orElse(false));
        @SuppressWarnings("unchecked")
        TableView<LoadedWorkflow> instances = robot.lookup("#" + WorkflowsView.TABLE_ID).queryAs(TableView.class);
        assertThat(instances.getItems()).extracting(w -> w.instance().instanceId())
                .containsExactly("order-1001", "order-1002", "ship-9f2c");
        assertThat(Window.getWindows()).filteredOn(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith("Workflows · ")).hasSize(1);

        // the Workflows window has the focus now: fire the workbench's menu item as its menu bar would
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) workbench.scene.lookup(".menu-bar");
        javafx.scene.control.MenuItem actors = bar.getMenus().stream().filter(m -> m.getText().equals("View"))
                .flatMap(m -> m.getItems().stream()).filter(i -> "Actors and reminders…".equals(i.getText()))
                .findFirst().orElseThrow();
        robot.interact(actors::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + ActorsView.TYPES_ID).tryQuery()
                .map(node -> !((ListView<?>) node).getItems().isEmpty()).orElse(false));
        assertThat(Window.getWindows()).filteredOn(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith("Actors and reminders · ")).hasSize(1);
    }
}
