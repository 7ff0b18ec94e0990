package io.statedesk.ui.componentform;

import static io.statedesk.component.form.TextDiff.differingLines;
import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.component.ComponentLoader;
import io.statedesk.component.Fixtures;
import io.statedesk.component.form.ComponentTemplate;
import io.statedesk.component.form.FormField;
import io.statedesk.component.form.FormState;
import io.statedesk.component.form.SourceKind;
import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.LocalEndpoints;
import io.statedesk.component.yaml.ItemValue;
import io.statedesk.engine.model.KeyPrefix;
import io.statedesk.session.ComponentConnections;
import io.statedesk.session.WritePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The form's logic without a screen: templates, live validation, saving, undo, and what it never reveals. */
class ComponentFormViewModelTest {

    @TempDir
    Path dir;

    private final FormTesting t = new FormTesting();

    private Path copy(String fixture) throws IOException {
        Path file = dir.resolve(Path.of(fixture).getFileName());
        Files.copy(Fixtures.components(fixture), file);
        return file;
    }

    @Test
    void newComponent_fromTheLocalTemplate_isValid_savesToTheFolder_andOffersToOpenIt() throws IOException {
        ComponentFormViewModel form = t.newComponent(dir);

        assertThat(form.state().name()).isEqualTo("statestore");
        assertThat(form.fileNameProperty().get()).isEqualTo("statestore.yaml");
        assertThat(form.summaryProperty().get()).isEqualTo("No problems in the component");
        assertThat(form.canSaveProperty().get()).isTrue();

        form.save();

        Path file = dir.resolve("statestore.yaml");
        ComponentManifest saved = ComponentLoader.load(file).components().get(0);
        assertThat(FormState.of(saved)).isEqualTo(form.state());
        assertThat(Files.readString(file)).startsWith("# Dapr state store on DynamoDB Local.\n");
        assertThat(t.dialogs.confirmations).singleElement().asString().contains("Open statestore in a browser tab");
        assertThat(t.reopened).containsExactly(file);
        assertThat(form.isNewProperty().get()).isFalse();
        assertThat(form.dirtyProperty().get()).isFalse();
    }

    @Test
    void invalidTableName_isShownOnTheTableField_andBlocksSave_untilFixed() {
        ComponentFormViewModel form = t.newComponent(dir);

        form.field(FormField.TABLE).textProperty().set("x");

        assertThat(form.messages(FormField.TABLE)).singleElement().satisfies(m -> {
            assertThat(m.isError()).isTrue();
            assertThat(m.message()).contains("is not a valid DynamoDB table name");
        });
        assertThat(form.canSaveProperty().get()).isFalse();
        assertThat(form.connection().canTestProperty().get()).isFalse();
        assertThat(form.summaryProperty().get()).startsWith("1 error, 0 warnings");

        form.field(FormField.TABLE).textProperty().set("orders-state");

        assertThat(form.messages(FormField.TABLE)).isEmpty();
        assertThat(form.canSaveProperty().get()).isTrue();
    }

    @Test
    void warnings_areShown_butDoNotBlockSave() {
        ComponentFormViewModel form = t.newComponent(dir);
        form.applyTemplate(ComponentTemplate.AWS_PROFILE);

        form.field(FormField.REGION).textProperty().set("eu-wset-1");

        assertThat(form.messages(FormField.REGION)).singleElement().satisfies(m -> {
            assertThat(m.isError()).isFalse();
            assertThat(m.message()).contains("Did you mean `eu-west-1`?");
        });
        assertThat(form.canSaveProperty().get()).isTrue();
    }

    @Test
    void nameTakenInTheFolder_isAnErrorOnTheNameField() throws IOException {
        ComponentFormViewModel first = t.newComponent(dir);
        first.save();
        ComponentFormViewModel second = t.newComponent(dir);
        assertThat(second.state().name()).isEqualTo("statestore-2");

        second.nameProperty().set("statestore");

        assertThat(second.messages(FormField.NAME)).singleElement().satisfies(m ->
                assertThat(m.message()).contains("Another component is already named `statestore`"));
        assertThat(second.canSaveProperty().get()).isFalse();
    }

    @Test
    void fileNameMustBeYaml() {
        ComponentFormViewModel form = t.newComponent(dir);

        form.fileNameProperty().set("statestore.txt");

        assertThat(form.generalMessages()).anySatisfy(m -> assertThat(m.message()).contains(".yaml or .yml"));
        assertThat(form.canSaveProperty().get()).isFalse();
    }

    @Test
    void typedFolder_expandsTheHomeDirectory_andABlankOneIsRefused() {
        ComponentFormViewModel form = t.newComponent(dir);

        form.useFolder("  ");
        assertThat(form.folderProperty().get()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(form.statusProperty().get()).startsWith("Give the folder");

        form.useFolder("~/.dapr/components-statedesk-test");
        assertThat(form.folderProperty().get()).isEqualTo(Path.of(System.getProperty("user.home"),
                ".dapr", "components-statedesk-test"));
    }

    @Test
    void existingFileOfTheSameName_isReplacedOnlyAfterAsking() throws IOException {
        Files.writeString(dir.resolve("statestore.yaml"), "# placeholder\n");
        ComponentFormViewModel form = t.newComponent(dir);
        t.dialogs.confirmAnswer = false;

        form.save();

        assertThat(Files.readString(dir.resolve("statestore.yaml"))).isEqualTo("# placeholder\n");
        assertThat(t.dialogs.confirmations).singleElement().asString().contains("already exists");
        assertThat(form.isNewProperty().get()).isTrue();
    }

    @Test
    void editingAnExistingCommentedFile_changesOnlyTheEditedValue() throws IOException {
        Path file = copy("roundtrip/commented.yaml");
        String before = Files.readString(file);
        ComponentFormViewModel form = t.edit(file, "orders");
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(form.canSaveProperty().get()).isFalse();

        form.field(FormField.REGION).textProperty().set("eu-central-1");
        form.save();

        assertThat(differingLines(before, Files.readString(file))).containsExactly(16);
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(t.reopened).containsExactly(file);
    }

    @Test
    void typingIsOneUndoStep_andUndoingEverythingIsNotDirty() throws IOException {
        ComponentFormViewModel form = t.edit(copy("roundtrip/commented.yaml"), "orders");

        form.field(FormField.TABLE).textProperty().set("orders-prod2");
        form.field(FormField.TABLE).textProperty().set("orders-prod23");
        form.field(FormField.TTL_ATTRIBUTE_NAME).textProperty().set("");
        assertThat(form.dirtyProperty().get()).isTrue();

        form.undo();
        assertThat(form.state().value(FormField.TTL_ATTRIBUTE_NAME)).isEqualTo(ItemValue.plain("expiresAt"));
        assertThat(form.dirtyProperty().get()).isTrue();
        form.undo();
        assertThat(form.field(FormField.TABLE).textProperty().get()).isEqualTo("orders-prod");
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(form.canUndoProperty().get()).isFalse();

        form.redo();
        assertThat(form.state().text(FormField.TABLE)).isEqualTo("orders-prod23");
    }

    @Test
    void leavingWithUnsavedChanges_asksFirst() throws IOException {
        ComponentFormViewModel form = t.edit(copy("roundtrip/commented.yaml"), "orders");
        assertThat(form.confirmClose()).isTrue();
        assertThat(t.dialogs.confirmations).isEmpty();

        form.namespaceProperty().set("shop");
        t.dialogs.confirmAnswer = false;

        assertThat(form.confirmClose()).isFalse();
        assertThat(t.dialogs.confirmations).singleElement().asString().contains("unsaved changes");
    }

    @Test
    void secretReference_resolves_butItsValueIsNeverShownKeptOrWritten() throws IOException {
        Path folder = dir.resolve("components");
        FormTesting.secretStoreFolder(folder, "{\"AWS_ACCESS_KEY_ID\": \"AKIAFORMTESTSECRET01\","
                + " \"AWS_SECRET_ACCESS_KEY\": \"form/test/secret/42\"}");
        ComponentFormViewModel form = t.newComponent(folder);

        form.applyTemplate(ComponentTemplate.AWS_STATIC_KEYS);

        assertThat(form.state().secretStore()).isEqualTo("local-secrets");
        assertThat(form.secretNames()).containsExactly("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY");
        assertThat(form.field(FormField.SECRET_KEY).resolutionProperty().get())
                .startsWith("Resolved from secret store `local-secrets`");
        assertThat(form.messages(FormField.SECRET_KEY)).isEmpty();
        form.save();
        String written = Files.readString(folder.resolve("statestore.yaml"));
        assertThat(written).contains("secretKeyRef:").contains("name: AWS_SECRET_ACCESS_KEY")
                .doesNotContain("form/test/secret/42").doesNotContain("AKIAFORMTESTSECRET01");
        assertThat(Exposure.textsOf(form)).noneMatch(s -> s.contains("form/test/secret/42")
                || s.contains("AKIAFORMTESTSECRET01"));
    }

    @Test
    void missingSecret_isAWarningOnItsField_notAnError() throws IOException {
        Path folder = dir.resolve("components");
        FormTesting.secretStoreFolder(folder, "{\"other\": \"x\"}");
        ComponentFormViewModel form = t.newComponent(folder);

        form.applyTemplate(ComponentTemplate.AWS_STATIC_KEYS);

        assertThat(form.messages(FormField.ACCESS_KEY)).singleElement().satisfies(m -> {
            assertThat(m.isError()).isFalse();
            assertThat(m.message()).contains("Secret `AWS_ACCESS_KEY_ID` not found");
        });
        assertThat(form.canSaveProperty().get()).isTrue();
    }

    @Test
    void plainKeySwitchedToASecretReference_leavesNoPlainKeyInTheFile() throws IOException {
        Path folder = dir.resolve("components");
        FormTesting.secretStoreFolder(folder, "{\"ddb\": \"x\"}");
        ComponentFormViewModel created = t.newComponent(folder);
        created.save();
        Path file = folder.resolve("statestore.yaml");
        assertThat(Files.readString(file)).contains("name: secretKey\n    value: local\n");
        ComponentFormViewModel form = t.edit(file, "statestore");

        form.secretStoreProperty().set("local-secrets");
        form.field(FormField.SECRET_KEY).kindProperty().set(SourceKind.SECRET_REF);
        form.field(FormField.SECRET_KEY).secretNameProperty().set("ddb");
        form.save();

        assertThat(Files.readString(file)).contains("  - name: secretKey\n    secretKeyRef:\n      name: ddb\n")
                .contains("auth:\n  secretStore: local-secrets\n").doesNotContain("name: secretKey\n    value:");
    }

    @Test
    void deprecatedAwsRegion_isFlaggedOnTheRegionField_andRenamedOnRequest() throws IOException {
        Path file = dir.resolve("c.yaml");
        Files.writeString(file, "apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: s\nspec:\n"
                + "  type: state.aws.dynamodb\n  metadata:\n  - name: table\n    value: t1x\n"
                + "  - name: awsRegion\n    value: eu-west-1\n");
        ComponentFormViewModel form = t.edit(file, "s");
        assertThat(form.messages(FormField.REGION)).singleElement().asString().contains("deprecated");
        assertThat(form.regionItemNameProperty().get()).isEqualTo("awsRegion");

        form.useRegionName();
        form.save();

        assertThat(Files.readString(file)).contains("  - name: region\n    value: eu-west-1\n")
                .doesNotContain("awsRegion");
        assertThat(form.messages(FormField.REGION)).isEmpty();
    }

    @Test
    void connectionTest_usesTheValuesInTheForm_savedOrNot() {
        ComponentFormViewModel form = t.newComponent(dir);
        form.field(FormField.TABLE).textProperty().set("unsaved-table");

        form.testConnection();

        assertThat(t.connections.tested).singleElement().satisfies(target ->
                assertThat(target.component().item("table").orElseThrow().value()).isEqualTo("unsaved-table"));
        assertThat(form.connection().steps()).hasSize(1);
        assertThat(form.connection().summaryProperty().get()).startsWith("Connected");
    }

    @Test
    void connectionTest_usesTheProfileTheWindowHasWhenItStarts() {
        ComponentFormViewModel form = t.newComponent(dir);
        t.awsProfile = "staging";
        form.testConnection();
        t.awsProfile = null;
        form.testConnection();

        assertThat(t.connections.tested).extracting(ComponentConnections.Target::profile)
                .containsExactly("staging", null);
    }

    @Test
    void createTable_isOfferedForLocalEndpointsOnly_andOnlyRunsWhenConfirmed() {
        ComponentFormViewModel form = t.newComponent(dir);
        assertThat(form.connection().canCreateTableProperty().get()).isTrue();
        t.dialogs.confirmAnswer = false;
        form.createTable();
        assertThat(t.connections.created).isEmpty();

        t.dialogs.confirmAnswer = true;
        form.createTable();
        assertThat(t.connections.created).hasSize(1);
        assertThat(t.connections.tested).hasSize(1);

        form.applyTemplate(ComponentTemplate.AWS_PROFILE);
        assertThat(form.connection().canCreateTableProperty().get()).isFalse();
        form.createTable();
        assertThat(t.connections.created).hasSize(1);
    }

    @Test
    void aHostMarkedLocalInTheSettings_isLocalForTheForm_asForTheWindow() {
        t.connections.policy = new WritePolicy(new LocalEndpoints(java.util.Set.of("ddb.lab.internal")));
        ComponentFormViewModel form = t.newComponent(dir);

        form.field(FormField.ENDPOINT).textProperty().set("http://ddb.lab.internal:8000");

        assertThat(form.endpointNoteProperty().get()).startsWith("Local endpoint");
        assertThat(form.connection().canCreateTableProperty().get()).isTrue();
        form.field(FormField.ENDPOINT).textProperty().set("http://ddb.other.internal:8000");
        assertThat(form.endpointNoteProperty().get()).startsWith("Neither local nor AWS");
        assertThat(form.connection().canCreateTableProperty().get()).isFalse();
    }

    @Test
    void keyPrefixStrategies_updateTheStoredKeyExample() {
        ComponentFormViewModel form = t.newComponent(dir);
        assertThat(form.exampleProperty().get().storedKey()).isEqualTo("myapp||order-1");

        form.setKeyPrefixStrategy(KeyPrefix.Strategy.NAME);
        assertThat(form.state().text(FormField.KEY_PREFIX)).isEqualTo("name");
        assertThat(form.exampleProperty().get().storedKey()).isEqualTo("statestore||order-1");

        form.setKeyPrefixStrategy(KeyPrefix.Strategy.CUSTOM);
        form.field(FormField.KEY_PREFIX).textProperty().set("Shop");
        assertThat(form.exampleProperty().get().storedKey()).isEqualTo("shop||order-1");
        assertThat(form.keyPrefixStrategyProperty().get()).isEqualTo(KeyPrefix.Strategy.CUSTOM);

        form.setKeyPrefixStrategy(KeyPrefix.Strategy.APPID);
        assertThat(form.state().value(FormField.KEY_PREFIX)).isEqualTo(ItemValue.UNSET);
    }

    @Test
    void actorStateStore_writesTrue_andUncheckingRemovesAnItemTheFileDidNotHave() {
        ComponentFormViewModel form = t.newComponent(dir);

        form.setActorStateStore(true);
        assertThat(form.state().value(FormField.ACTOR_STATE_STORE)).isEqualTo(ItemValue.plain("true"));
        assertThat(form.previewProperty().get()).contains("- name: actorStateStore\n    value: \"true\"\n");
        assertThat(form.exampleProperty().get().actorKey()).isEqualTo("myapp||MyActor||1||order-1");

        form.setActorStateStore(false);
        assertThat(form.state().value(FormField.ACTOR_STATE_STORE)).isEqualTo(ItemValue.UNSET);
    }
}
