package io.statedesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.app.AppParts;
import io.statedesk.sandbox.LocalComponentYaml;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.UiStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A component that does not open says why in words that fit, and offers what fixes it. */
@WithTestDatabase
@ExtendWith(ApplicationExtension.class)
class OpenProblemsFxTest {

    private static TestDatabase db;

    @TempDir
    static Path home;
    @TempDir
    Path folder;

    private Workbench workbench;

    @BeforeAll
    static void database(TestDatabase shared) {
        db = shared;
    }

    @Start
    void start(Stage stage) {
        workbench = new Workbench(stage, () -> {
            throw new AssertionError("no sandbox here");
        }, home, AppParts.sessions(UiStores.EXECUTOR));
    }

    @Test
    void oneInvalidFile_showsItsProblem_withEditComponent(FxRobot robot) throws Exception {
        Path file = folder.resolve("statestore.yaml");
        Files.writeString(file, """
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: statestore
                spec:
                  type: state.aws.dynamodb
                  version: v1
                  metadata:
                  - name: region
                    value: us-east-1
                """);

        robot.interact(() -> workbench.model.open(file));
        DialogPane problem = new WorkbenchRobot(robot, workbench).dialog();

        assertThat(problem.getHeaderText()).isEqualTo("Cannot open statestore (state.aws.dynamodb)");
        assertThat(problem.getContentText()).contains("statestore.yaml").contains("table")
                .doesNotContain("Several components");
        assertThat(problem.getButtonTypes()).extracting(ButtonType::getText).contains("Edit component…");
        robot.interact(() -> robot.lookup(".dialog-pane").queryAs(DialogPane.class).getScene().getWindow().hide());
    }

    @Test
    void aMissingLocalTable_offersCreateTable_whichMakesItAndOpens(FxRobot robot) throws Exception {
        String table = "missing-" + java.util.UUID.randomUUID();
        Path file = folder.resolve("statestore.yaml");
        Files.writeString(file, LocalComponentYaml.render("a test component", "statestore", table, db.endpoint(),
                Map.of("ttlAttributeName", "expiresAt")));
        WorkbenchRobot user = new WorkbenchRobot(robot, workbench);

        robot.interact(() -> workbench.model.open(file));
        DialogPane problem = user.dialog();
        assertThat(problem.getContentText()).startsWith("Table '" + table + "' does not exist at ");
        robot.clickOn(user.button(problem, "Create table"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !workbench.model.tabs().isEmpty());
        workbench.waitForIdle();

        assertThat(workbench.model.tabs().get(0).keys().statusProperty().get()).isEqualTo("0 keys");
    }
}
