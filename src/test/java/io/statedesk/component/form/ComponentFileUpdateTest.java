package io.statedesk.component.form;

import static io.statedesk.component.form.TextDiff.differingLines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statedesk.component.Fixtures;
import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.LoadedFile;
import io.statedesk.component.yaml.ComponentFileChangedException;
import io.statedesk.component.yaml.ComponentFileReader;
import io.statedesk.component.yaml.ItemValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The form writes into existing files by changing only what it changed. */
class ComponentFileUpdateTest {

    @TempDir
    Path dir;
    Path file;
    String original;

    @BeforeEach
    void copyFixture() throws IOException {
        file = dir.resolve("commented.yaml");
        Files.copy(Fixtures.components("roundtrip/commented.yaml"), file);
        original = Files.readString(file);
    }

    private ComponentFileUpdate update(String name) {
        LoadedFile loaded = ComponentFileReader.read(file);
        ComponentManifest c = loaded.components().stream().filter(m -> name.equals(m.name())).findFirst().orElseThrow();
        return new ComponentFileUpdate(loaded, c);
    }

    private static FormState reread(String text, Path file, String name) {
        return FormState.of(ComponentFileReader.parseText(file, text, false).components().stream()
                .filter(m -> name.equals(m.name())).findFirst().orElseThrow());
    }

    @Test
    void unchangedForm_leavesTheTextAsItWas() {
        ComponentFileUpdate update = update("orders");

        assertThat(update.plan(update.baseline()).text()).isEqualTo(original);
    }

    @Test
    void changedValue_goesThroughTheComponentEditor_andChangesOnlyItsLine() throws IOException {
        ComponentFileUpdate update = update("orders");
        FormState target = update.baseline().with(FormField.REGION, ItemValue.plain("eu-central-1"));

        ComponentFileUpdate.Plan plan = update.plan(target);
        update.save(plan);

        String saved = Files.readString(file);
        assertThat(differingLines(original, saved)).containsExactly(16);
        assertThat(saved.lines().toList().get(15)).isEqualTo("      value: eu-central-1");
    }

    @Test
    void clearedField_removesItsItem_newField_isAddedAfterTheLastItem() {
        ComponentFileUpdate update = update("orders");
        FormState target = update.baseline().with(FormField.KEY_PREFIX, ItemValue.UNSET)
                .with(FormField.PARTITION_KEY, ItemValue.plain("pk"));

        String text = update.plan(target).text();

        assertThat(text).doesNotContain("keyPrefix").contains("    - name: partitionKey\n      value: pk\n");
        assertThat(reread(text, file, "orders")).isEqualTo(target);
    }

    @Test
    void secretReference_replacesAPlainValueInPlace_withoutTheValue() {
        ComponentFileUpdate update = update("orders");
        FormState target = update.baseline().with(FormField.TABLE, new ItemValue.SecretRef("tables", "orders"));

        String text = update.plan(target).text();

        List<String> lines = text.lines().toList();
        assertThat(lines.subList(12, 17)).containsExactly("    - name: table", "      secretKeyRef:",
                "        name: tables", "        key: orders", "    - name: region");
        assertThat(text).doesNotContain("orders-prod");
        assertThat(text.replace("      secretKeyRef:\n        name: tables\n        key: orders\n",
                "      value: \"orders-prod\"      # double quotes kept\n")).isEqualTo(original);
    }

    @Test
    void changedSecretKey_rewritesOnlyThatItem() {
        ComponentFileUpdate update = update("cache");
        FormState target = update.baseline().with(FormField.ACCESS_KEY, new ItemValue.SecretRef("aws", "accessKeyId"));

        String text = update.plan(target).text();

        assertThat(text).contains("  - name: accessKey\n    secretKeyRef:\n      name: aws\n      key: accessKeyId\n"
                + "auth:\n");
        assertThat(differingLines(original, text)).containsExactly(53);
    }

    @Test
    void environmentReference_forAnEmptyItem() {
        ComponentFileUpdate update = update("cache");
        FormState target = update.baseline().with(FormField.ENDPOINT, new ItemValue.EnvRef("DDB_ENDPOINT"));

        String text = update.plan(target).text();

        assertThat(text).contains("  - name: endpoint\n    envRef: DDB_ENDPOINT\n  - name: region\n");
        assertThat(reread(text, file, "cache")).isEqualTo(target);
    }

    @Test
    void name_andSecretStore_keepTheirCommentsAndQuoting() {
        ComponentFileUpdate orders = update("orders");
        String text = orders.plan(orders.baseline().withName("orders-v2")).text();
        assertThat(text.lines().toList().get(6)).isEqualTo("  name: orders-v2     # apps call /v1.0/state/orders");
        assertThat(differingLines(original, text)).containsExactly(7);

        ComponentFileUpdate cache = update("cache");
        text = cache.plan(cache.baseline().with(FormField.SECRET_STORE, ItemValue.plain("vault"))).text();
        assertThat(differingLines(original, text)).containsExactly(55);
        assertThat(text).contains("  secretStore: vault\n# end of file");
    }

    @Test
    void namespace_isAddedAfterTheName_andRemovedAgain() {
        ComponentFileUpdate update = update("orders");
        FormState withNamespace = update.baseline().with(FormField.NAMESPACE, ItemValue.plain("shop"));

        String text = update.plan(withNamespace).text();

        assertThat(text.lines().toList().subList(5, 8)).containsExactly("metadata:",
                "  name: orders     # apps call /v1.0/state/orders", "  namespace: shop");
        assertThat(TextDiff.withoutLine(text, 8)).isEqualTo(original);
    }

    @Test
    void namespace_inAFlowMapping_staysFlow() throws IOException {
        Files.writeString(file, "apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata: {name: s, namespace: a}\n"
                + "spec:\n  type: state.aws.dynamodb\n  metadata: [{name: table, value: t1}]\n");
        ComponentFileUpdate update = update("s");

        String removed = update.plan(update.baseline().with(FormField.NAMESPACE, ItemValue.plain(""))).text();
        String switched = update.plan(update.baseline().with(FormField.TABLE, new ItemValue.EnvRef("T"))).text();

        assertThat(removed).contains("metadata: {name: s}\n");
        assertThat(switched).contains("metadata: [{name: table, envRef: T}]\n");
    }

    @Test
    void removingTheOnlySecretStore_removesTheAuthBlock() {
        ComponentFileUpdate update = update("cache");
        FormState target = update.baseline().with(FormField.SECRET_STORE, ItemValue.plain(""))
                .with(FormField.ACCESS_KEY, ItemValue.UNSET);

        String text = update.plan(target).text();

        assertThat(text).doesNotContain("auth:").doesNotContain("secretStore").endsWith("      second line\n\n"
                + "# end of file\n");
    }

    @Test
    void scopes_areAddedAtTheEndOfTheDocument_andReplacedAsABlock() throws IOException {
        ComponentFileUpdate update = update("cache");
        String text = update.plan(update.baseline().with(FormField.SCOPES, ItemValue.plain("orders, billing")))
                .text();
        assertThat(text).endsWith("  secretStore: local-secrets\nscopes:\n- orders\n- billing\n# end of file\n");

        Files.copy(Fixtures.components("multi/all-in-one.yaml"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String multi = Files.readString(file);
        ComponentFileUpdate orders = update("orders");
        text = orders.plan(orders.baseline().with(FormField.SCOPES, ItemValue.plain("orders"))).text();
        assertThat(text).isEqualTo(TextDiff.withoutLine(multi, 37));
    }

    @Test
    void deprecatedAwsRegion_isRenamedInPlace() throws IOException {
        Files.writeString(file, original.replace("- name: region", "- name: awsRegion"));
        String before = Files.readString(file);
        ComponentFileUpdate update = update("orders");
        assertThat(update.baseline().usesAwsRegionAlias()).isTrue();

        String text = update.plan(update.baseline().withRegionItemName("region")).text();

        assertThat(differingLines(before, text)).containsExactly(15);
        assertThat(text.lines().toList().get(14)).isEqualTo("    - name: region");
    }

    @Test
    void valueThatIsAnAlias_isRefused_withoutChangingAnything() throws IOException {
        Files.writeString(file, "x: &t orders\napiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: s\n"
                + "spec:\n  type: state.aws.dynamodb\n  metadata:\n  - name: table\n    value: *t\n");
        ComponentFileUpdate update = update("s");

        assertThatThrownBy(() -> update.plan(update.baseline().with(FormField.TABLE, ItemValue.plain("other"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("anchor");
    }

    @Test
    void save_refusesWhenTheFileChangedOnDisk() throws IOException {
        ComponentFileUpdate update = update("orders");
        ComponentFileUpdate.Plan plan = update.plan(update.baseline().withName("renamed"));
        Files.writeString(file, original + "# edited elsewhere\n");

        assertThatThrownBy(() -> update.save(plan)).isInstanceOf(ComponentFileChangedException.class);
        assertThat(Files.readString(file)).endsWith("# edited elsewhere\n");
    }
}
