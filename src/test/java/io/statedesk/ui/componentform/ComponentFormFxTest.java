package io.statedesk.ui.componentform;

import static io.statedesk.component.form.TextDiff.differingLines;
import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.component.Fixtures;
import io.statedesk.component.form.ComponentTemplate;
import io.statedesk.component.form.FormField;
import io.statedesk.component.form.SourceKind;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.fx.Screenshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The component form as a user drives it: create, fix, save, reopen; edit in place; secrets; connection test. */
@WithTestDatabase
@ExtendWith(ApplicationExtension.class)
class ComponentFormFxTest {

    private static DaprTables tables;
    private static TestDatabase db;

    @TempDir
    Path dir;

    private FormBench bench;

    @BeforeAll
    static void database(DaprTables sharedTables, TestDatabase sharedDb) {
        tables = sharedTables;
        db = sharedDb;
    }

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createTempDirectory("statedesk-form-home");
        bench = new FormBench(stage, home, Files.createTempDirectory("statedesk-components"), Map.of());
    }

    private final List<String> created = new java.util.ArrayList<>();

    private String made(String table) {
        created.add(table);
        return table;
    }

    @AfterEach
    void closeWindows(FxRobot robot) {
        // One DynamoDB Local serves the whole run: drop what this test made.
        created.forEach(table -> db.client().deleteTable(b -> b.tableName(table)));
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != bench.scene.getWindow() && w instanceof Stage)
                .forEach(w -> ((Stage) w).close()));
    }

    private ComponentFormWindow openNew(FxRobot robot, Path folder) throws Exception {
        robot.interact(() -> bench.forms.newComponent(folder));
        return loaded(bench.onlyForm());
    }

    private static ComponentFormWindow loaded(ComponentFormWindow form) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> form.model().loadedProperty().get()
                && !form.model().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return form;
    }

    private static <T extends Node> T find(FxRobot robot, ComponentFormWindow form, String id) {
        return robot.from(form.view().root()).lookup("#" + id).query();
    }

    private static void type(FxRobot robot, ComponentFormWindow form, String id, String text) {
        Node node = find(robot, form, id);
        TextInputControl input = node instanceof ComboBox<?> combo ? combo.getEditor() : (TextInputControl) node;
        robot.clickOn(input);
        robot.interact(input::selectAll);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String messagesOf(FxRobot robot, ComponentFormWindow form, FormField field) {
        Parent box = find(robot, form, "messages-" + field.name());
        return box.getChildrenUnmodifiable().stream().map(n -> ((Labeled) n).getText())
                .collect(Collectors.joining("\n"));
    }

    private static DialogPane dialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private static void answer(FxRobot robot, String buttonText) throws Exception {
        DialogPane pane = dialog(robot);
        ButtonType type = pane.getButtonTypes().stream().filter(b -> b.getText().equals(buttonText)).findFirst()
                .orElseThrow();
        robot.clickOn((Button) pane.lookupButton(type));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every text the form's window shows, in labels, inputs (masked ones included) and text nodes. */
    private static List<String> shownTexts(FxRobot robot, ComponentFormWindow form) {
        List<String> texts = new java.util.ArrayList<>();
        descendants(form.view().root()).forEach(n -> {
            if (n instanceof Labeled l) {
                texts.add(l.getText());
            } else if (n instanceof TextInputControl t) {
                texts.add(t.getText());
            } else if (n instanceof Text t) {
                texts.add(t.getText());
            }
        });
        return texts;
    }

    private static List<Node> descendants(Node node) {
        List<Node> all = new java.util.ArrayList<>(List.of(node));
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> all.addAll(descendants(c)));
        }
        if (node instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
            all.addAll(descendants(sp.getContent()));
        }
        if (node instanceof javafx.scene.control.TitledPane tp && tp.getContent() != null) {
            all.addAll(descendants(tp.getContent()));
        }
        return all;
    }

    private ComponentFormWindow testConnection(FxRobot robot, String table) throws Exception {
        ComponentFormWindow form = openNew(robot, dir);
        type(robot, form, "field-ENDPOINT", db.endpoint().toString());
        type(robot, form, "field-TABLE", table);
        return runTest(robot, form);
    }

    private static ComponentFormWindow runTest(FxRobot robot, ComponentFormWindow form) throws Exception {
        robot.clickOn("#" + ComponentFormView.TEST_ID);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !form.model().connection().runningProperty().get()
                && !form.model().connection().steps().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return form;
    }

    private static String reportOf(FxRobot robot, ComponentFormWindow form) {
        Parent report = find(robot, form, ConnectionReportView.REPORT_ID);
        return descendants(report).stream().filter(n -> n instanceof Labeled).map(n -> ((Labeled) n).getText())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void newFromTemplate_fixTheErrorThatBlockedSave_save_andReopenInABrowserTab(FxRobot robot) throws Exception {
        String table = made(tables.createWithTtl("expiresAt"));
        robot.clickOn("File").clickOn("New component…");
        ComponentFormWindow form = loaded(bench.onlyForm());
        Button save = find(robot, form, ComponentFormView.SAVE_ID);
        type(robot, form, "field-ENDPOINT", db.endpoint().toString());

        type(robot, form, "field-TABLE", "ab");
        assertThat(save.isDisabled()).isTrue();
        assertThat(messagesOf(robot, form, FormField.TABLE)).contains("`ab` is not a valid DynamoDB table name");

        type(robot, form, "field-TABLE", table);
        assertThat(messagesOf(robot, form, FormField.TABLE)).isEmpty();
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn(save);
        answer(robot, "Open in tab");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> bench.view.currentView() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Path file = form.model().folderProperty().get().resolve("statestore.yaml");
        assertThat(Files.readString(file)).contains("value: " + table);
        assertThat(bench.view.currentView().model().session().config().table()).isEqualTo(table);
        assertThat(bench.model.sourceOf(bench.view.currentView().model())).hasValueSatisfying(c ->
                assertThat(c.file()).isEqualTo(file));

        robot.clickOn("File").clickOn("Edit component…");
        ComponentFormWindow edit = loaded(bench.onlyForm());
        assertThat(edit).isNotSameAs(form);
        assertThat(((TextInputControl) find(robot, edit, "field-TABLE")).getText()).isEqualTo(table);
    }

    @Test
    void editingACommentedMultiDocumentFile_changesOnlyThatValue(FxRobot robot) throws Exception {
        Path file = dir.resolve("commented.yaml");
        Files.copy(Fixtures.components("roundtrip/commented.yaml"), file);
        String before = Files.readString(file);
        robot.interact(() -> bench.forms.edit(file, 4, "orders"));
        ComponentFormWindow form = loaded(bench.onlyForm());
        assertThat(((Button) find(robot, form, ComponentFormView.SAVE_ID)).isDisabled()).isTrue();

        type(robot, form, "field-REGION", "eu-central-1");
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.S)
                .release(javafx.scene.input.KeyCode.CONTROL);
        answer(robot, "Cancel");

        String after = Files.readString(file);
        assertThat(differingLines(before, after)).containsExactly(16);
        assertThat(after.lines().toList().get(15)).isEqualTo("      value: eu-central-1");
        assertThat(form.model().dirtyProperty().get()).isFalse();
    }

    @Test
    void quittingWithUnsavedChanges_asksFirst_andCancelKeepsTheForm(FxRobot robot) throws Exception {
        ComponentFormWindow form = openNew(robot, dir);
        type(robot, form, "field-NAMESPACE", "shop");
        java.util.concurrent.atomic.AtomicReference<Boolean> closed = new java.util.concurrent.atomic.AtomicReference<>();

        robot.interact(() -> javafx.application.Platform.runLater(() -> closed.set(bench.forms.closeAll())));
        answer(robot, "Cancel");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> closed.get() != null);
        assertThat(closed.get()).isFalse();
        assertThat(form.stage().isShowing()).isTrue();

        closed.set(null);
        robot.interact(() -> javafx.application.Platform.runLater(() -> closed.set(bench.forms.closeAll())));
        answer(robot, "Discard changes");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> closed.get() != null);
        assertThat(closed.get()).isTrue();
        assertThat(form.stage().isShowing()).isFalse();
    }

    @Test
    void secretKeyRef_neverShowsOrWritesTheSecret(FxRobot robot) throws Exception {
        FormTesting.secretStoreFolder(dir, "{\"AWS_ACCESS_KEY_ID\": \"AKIAFXSECRET0000001\","
                + " \"AWS_SECRET_ACCESS_KEY\": \"fx/secret/value/99\"}");
        ComponentFormWindow form = openNew(robot, dir);
        ComboBox<ComponentTemplate> template = find(robot, form, ComponentFormView.TEMPLATE_ID);
        robot.clickOn(template).clickOn(ComponentTemplate.AWS_STATIC_KEYS.label());
        ComboBox<String> secretName = find(robot, form, "secret-name-SECRET_KEY");
        robot.interact(secretName::show);
        robot.clickOn(robot.lookup(".list-cell").match(n -> n instanceof Labeled l
                && "AWS_SECRET_ACCESS_KEY".equals(l.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> form.model().field(FormField.SECRET_KEY)
                .resolutionProperty().get().startsWith("Resolved"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(((Labeled) find(robot, form, "resolution-SECRET_KEY")).getText())
                .startsWith("Resolved from secret store `local-secrets`");
        assertThat(shownTexts(robot, form)).noneMatch(t -> t != null && (t.contains("fx/secret/value/99")
                || t.contains("AKIAFXSECRET0000001")));
        robot.clickOn("#" + ComponentFormView.SAVE_ID);
        answer(robot, "Cancel");

        String written = Files.readString(dir.resolve("statestore.yaml"));
        assertThat(written).contains("secretKeyRef:\n      name: AWS_SECRET_ACCESS_KEY")
                .doesNotContain("fx/secret/value/99").doesNotContain("AKIAFXSECRET0000001");
        assertThat(shownTexts(robot, form)).noneMatch(t -> t != null && t.contains("fx/secret/value/99"));
    }

    @Test
    void connectionTest_onADaprShapedTable_reportsSuccess(FxRobot robot) throws Exception {
        ComponentFormWindow form = testConnection(robot, made(tables.createWithTtl("expiresAt")));

        assertThat(((Labeled) find(robot, form, ConnectionReportView.SUMMARY_ID)).getText())
                .isEqualTo("Connected: daprd would start with these settings.");
        Labeled besideTheButton = (Labeled) find(robot, form, ComponentFormView.TEST_RESULT_ID);
        assertThat(besideTheButton.getText()).isEqualTo("Connected");
        assertThat(besideTheButton.getTooltip().getText()).isEqualTo("Connected: daprd would start with these settings.");
        assertThat(besideTheButton.getParent()).isSameAs(find(robot, form, ComponentFormView.TEST_ID).getParent());
        assertThat(besideTheButton.getStyleClass()).contains("step-passed");
        assertThat(reportOf(robot, form)).contains("Probe: GetItem of a random key")
                .contains("TTL is enabled on expiresAt").doesNotContain("FAILED");
    }

    @Test
    void connectionTest_reportsMissingTtl_withTheFix(FxRobot robot) throws Exception {
        ComponentFormWindow form = testConnection(robot, made(tables.create()));

        assertThat(reportOf(robot, form))
                .contains("TTL is not enabled on expiresAt: DynamoDB will never delete expired items");
    }

    @Test
    void connectionTest_reportsAWrongKeySchema(FxRobot robot) throws Exception {
        ComponentFormWindow form = testConnection(robot, made(tables.create("id", "expiresAt")));

        assertThat(((Labeled) find(robot, form, ConnectionReportView.SUMMARY_ID)).getText())
                .startsWith("Connection test failed");
        assertThat(reportOf(robot, form)).contains("has the hash key 'id', but the component uses 'key'");
    }

    @Test
    void screenshotOfTheForm(FxRobot robot) throws Exception {
        Path components = dir.resolve("components");
        FormTesting.secretStoreFolder(components, "{\"ddb-secret-key\": \"screenshot-secret\"}");
        ComponentFormWindow form = openNew(robot, components);
        type(robot, form, "field-ENDPOINT", db.endpoint().toString());
        type(robot, form, "field-TABLE", made(tables.create()));
        type(robot, form, "field-SECRET_STORE", "local-secrets");
        robot.interact(() -> {
            form.model().field(FormField.SECRET_KEY).kindProperty().set(SourceKind.SECRET_REF);
            form.model().field(FormField.SECRET_KEY).secretNameProperty().set("ddb-secret-key");
            form.model().setKeyPrefixStrategy(io.statedesk.engine.model.KeyPrefix.Strategy.NAME);
        });
        runTest(robot, form);

        // The window fits the (headless) screen; a second view of the same form, tall enough for all of it.
        robot.interact(() -> {
            javafx.scene.Scene whole = new javafx.scene.Scene(new ComponentFormView(form.model()).root(), 1000, 1300);
            whole.getStylesheets().addAll(form.stage().getScene().getStylesheets());
            Screenshots.save(whole, "component-form");
        });

        assertThat(form.model().connection().summaryProperty().get()).startsWith("Connected, with warnings");
        assertThat(shownTexts(robot, form)).noneMatch(t -> t != null && t.contains("screenshot-secret"));
    }
}
