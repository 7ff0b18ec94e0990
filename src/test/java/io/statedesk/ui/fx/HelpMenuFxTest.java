package io.statedesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.statedesk.build.BuildInfo;
import io.statedesk.engine.model.Storage;
import io.statedesk.folders.AppFolders;
import io.statedesk.history.WriteHistory;
import io.statedesk.history.WriteRecord;
import io.statedesk.ui.ScriptedDialogs;
import io.statedesk.ui.common.CurrentThreadTaskRunner;
import io.statedesk.ui.help.AboutDialog;
import io.statedesk.ui.help.AboutFacts;
import io.statedesk.ui.help.HelpMenu;
import io.statedesk.ui.help.HelpViewModel;
import io.statedesk.ui.help.Licence;
import io.statedesk.ui.help.RecordingDesktop;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help > About shows the version, the folders and the shipped libraries; Help > Clear history… asks first. */
@ExtendWith(ApplicationExtension.class)
class HelpMenuFxTest {

    @TempDir
    static Path home;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private WriteHistory history;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        // The folders a Linux user has by default, under a made-up home: the picture shows no machine's paths.
        Path user = Path.of("/home/ada");
        AppFolders folders = AppFolders.of("Linux", Map.of(), user, null);
        history = new WriteHistory(home.resolve("history.jsonl"));
        AboutFacts facts = new AboutFacts(BuildInfo.version(), BuildInfo.buildTime(),
                System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("javafx.runtime.version", BuildInfo.javaFxVersion()), "Linux (amd64)",
                folders.config(), folders.data(), folders.logs(), folders.logs().resolve("statedesk.log"));
        HelpViewModel model = new HelpViewModel(facts, BuildInfo.thirdPartyInventory(), history,
                new CurrentThreadTaskRunner(), dialogs, new RecordingDesktop(), user);
        BorderPane root = new BorderPane();
        root.setTop(new MenuBar(HelpMenu.create(model, () -> stage)));
        root.setPrefSize(800, 500);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(HelpMenuFxTest.class.getResource("/io/statedesk/ui/statedesk.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeAbout() throws Exception {
        FxToolkit.setupFixture(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && "About StateDesk".equals(s.getTitle()))
                .forEach(w -> ((Stage) w).close()));
    }

    @Test
    void about_showsVersionFoldersAndTheThirdPartyLicences(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("About StateDesk…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + AboutDialog.LICENCES_ID).tryQuery()
                .isPresent());

        GridPane facts = robot.lookup("#" + AboutDialog.FACTS_ID).queryAs(GridPane.class);
        List<String> texts = facts.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        assertThat(texts).contains("Version", BuildInfo.version(), "Logs", "/home/ada/.local/state/statedesk/logs");
        @SuppressWarnings("unchecked")
        TableView<Licence> licences = robot.lookup("#" + AboutDialog.LICENCES_ID).queryAs(TableView.class);
        assertThat(licences.getItems()).hasSizeGreaterThan(20)
                .anySatisfy(l -> assertThat(l.coordinates()).startsWith("ch.qos.logback:logback-classic:"));

        Stage about = (Stage) licences.getScene().getWindow();
        assertThat(about.getTitle()).isEqualTo("About StateDesk");
        robot.interact(() -> Screenshots.save(about.getScene(), "about"));
        robot.clickOn("Close");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !about.isShowing());
    }

    @Test
    void clearHistory_asksFirst_andClearsOnlyWhenConfirmed(FxRobot robot) {
        history.record(new WriteRecord(Instant.parse("2026-12-06T10:00:00Z"), "statestore", "dapr-state",
                "myapp||k", WriteRecord.Action.SET, Storage.S, null, "1".getBytes(StandardCharsets.UTF_8), null,
                "e1"));
        dialogs.confirmAnswer = false;

        robot.clickOn("Help").clickOn("Clear history…");

        assertThat(dialogs.confirmTitles).containsExactly("Clear history");
        assertThat(history.list()).hasSize(1);

        dialogs.confirmAnswer = true;
        robot.clickOn("Help").clickOn("Clear history…");

        assertThat(history.list()).isEmpty();
    }
}
