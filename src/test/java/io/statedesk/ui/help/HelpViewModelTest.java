package io.statedesk.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.build.BuildInfo;
import io.statedesk.engine.model.Storage;
import io.statedesk.history.WriteHistory;
import io.statedesk.history.WriteRecord;
import io.statedesk.logging.LogSecrets;
import io.statedesk.ui.ScriptedDialogs;
import io.statedesk.ui.common.CurrentThreadTaskRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelpViewModelTest {

    @TempDir
    Path home;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final RecordingDesktop desktop = new RecordingDesktop();
    private WriteHistory history;
    private AboutFacts facts;
    private HelpViewModel model;

    @BeforeEach
    void setUp() {
        history = new WriteHistory(home.resolve("data").resolve("history.jsonl"));
        facts = new AboutFacts("0.2.0", "2026-12-06 10:00 UTC", "17.0.17+10 (Eclipse Adoptium)", "21.0.11",
                "Linux 6.1 (amd64)", home.resolve("config"), home.resolve("data"), home.resolve("logs"),
                home.resolve("logs").resolve("statedesk.log"));
        model = new HelpViewModel(facts, BuildInfo.thirdPartyInventory(), history, new CurrentThreadTaskRunner(),
                dialogs, desktop, home);
    }

    private void recordAWrite() {
        history.record(new WriteRecord(Instant.parse("2026-12-06T10:00:00Z"), "statestore", "dapr-state",
                "myapp||k", WriteRecord.Action.SET, Storage.S, null, "{}".getBytes(StandardCharsets.UTF_8), null,
                "e1"));
    }

    @Test
    void about_namesVersionBuildJavaJavaFxAndTheFolders() {
        assertThat(model.about()).containsEntry("Version", "0.2.0").containsEntry("Build", "2026-12-06 10:00 UTC")
                .containsEntry("JavaFX", "21.0.11").containsEntry("Logs", home.resolve("logs").toString())
                .containsKeys("Java", "System", "Settings", "Data");
    }

    @Test
    void licences_listEveryShippedLibrary_fromTheJarsInventory() {
        assertThat(model.licences()).hasSizeGreaterThan(20)
                .contains(new Licence("Logback Classic Module", "ch.qos.logback:logback-classic:1.5.38",
                        "EPL-2.0 or LGPL-2.1-only"))
                .anySatisfy(l -> assertThat(l.coordinates()).startsWith("software.amazon.awssdk:dynamodb:"))
                .anySatisfy(l -> assertThat(l.coordinates()).startsWith("dynoxide-rs:" + BuildInfo.dynoxideVersion()))
                .allSatisfy(l -> assertThat(l.licences()).isNotBlank());
    }

    @Test
    void licence_parse_readsTheInventoryFormat_andSkipsItsHeader() {
        List<Licence> parsed = Licence.parse("""

                Lists of 2 third-party dependencies.
                     (Apache-2.0) AWS SDK :: DynamoDB (software.amazon.awssdk:dynamodb:2.40.2 - https://aws.amazon.com/sdkforjava)
                     (MIT) SLF4J API Module (org.slf4j:slf4j-api:2.0.17 - http://www.slf4j.org)
                """);

        assertThat(parsed).containsExactly(
                new Licence("AWS SDK :: DynamoDB", "software.amazon.awssdk:dynamodb:2.40.2", "Apache-2.0"),
                new Licence("SLF4J API Module", "org.slf4j:slf4j-api:2.0.17", "MIT"));
    }

    @Test
    void openLogFolder_createsItIfNeeded_andOpensIt() {
        model.openLogFolder();

        assertThat(home.resolve("logs")).isDirectory();
        assertThat(desktop.opened).containsExactly(home.resolve("logs"));
    }

    @Test
    void reportProblem_copiesVersionsAndTheLogsEnd_withSecretsAndTheHomeMasked() throws IOException {
        LogSecrets.hide(List.of("report-secret-value-3a9c"));
        Files.createDirectories(home.resolve("logs"));
        Files.writeString(facts.logFile(), "old line\nINFO opened with report-secret-value-3a9c\n"
                + "WARN X-Amz-Security-Token: IQoJb3JpZ2luReport\nlast line\n");

        model.reportProblem();

        assertThat(desktop.copied).hasSize(1);
        String report = desktop.copied.get(0);
        assertThat(report).contains("Version: 0.2.0", "JavaFX: 21.0.11", "Logs: ~/logs", "last line",
                "opened with <secret>").doesNotContain("report-secret-value-3a9c", "IQoJb3JpZ2luReport",
                home.toString());
        assertThat(dialogs.textsShown).singleElement().asString().contains("on the clipboard", "Version: 0.2.0");
    }

    @Test
    void reportProblem_keepsOnlyTheLastLinesOfALongLog() throws IOException {
        Files.createDirectories(home.resolve("logs"));
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            log.append("line ").append(i).append('\n');
        }
        Files.writeString(facts.logFile(), log);

        model.reportProblem();

        String report = desktop.copied.get(0);
        assertThat(report).contains("line 4999", "line " + (5_000 - HelpViewModel.REPORT_LOG_LINES))
                .doesNotContain("line " + (4_999 - HelpViewModel.REPORT_LOG_LINES) + "\n");
    }

    @Test
    void clearHistory_asksFirst_andKeepsTheHistoryWhenDeclined() {
        recordAWrite();
        dialogs.confirmAnswer = false;

        model.clearHistory();

        assertThat(dialogs.confirmTitles).containsExactly("Clear history");
        assertThat(history.list()).hasSize(1);
    }

    @Test
    void clearHistory_confirmed_deletesEveryRecord() {
        recordAWrite();
        dialogs.confirmAnswer = true;

        model.clearHistory();

        assertThat(history.list()).isEmpty();
        assertThat(history.file()).doesNotExist();
        assertThat(dialogs.textsShown).singleElement().asString().contains("empty");
    }
}
