package io.statedesk.component.form;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.component.yaml.ComponentFileReader;
import io.statedesk.component.yaml.ItemValue;
import io.statedesk.engine.model.KeyPrefix;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The form's plain values: field mapping, new documents, the key example, the region search. */
class FormModelTest {

    private static final Path FILE = Path.of("/tmp/statedesk-form/statestore.yaml");

    @ParameterizedTest
    @CsvSource({
            "metadata.name, NAME",
            "auth.secretStore, SECRET_STORE",
            "scopes, SCOPES",
            "spec.metadata.table, TABLE",
            "spec.metadata.Table, TABLE",
            "spec.metadata.awsRegion, REGION",
            "spec.metadata.accessKey.secretKeyRef.name, ACCESS_KEY",
            "spec.metadata.partitionKey, PARTITION_KEY"})
    void violationFields_mapToFormFields(String path, FormField field) {
        assertThat(FormField.forViolation(path)).contains(field);
    }

    @ParameterizedTest
    @CsvSource({"kind", "spec.type", "spec.metadata.ttlInSeconds", "spec.metadata", "yaml"})
    void otherFindings_belongToNoField(String path) {
        assertThat(FormField.forViolation(path)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ComponentTemplate.class)
    void everyTemplate_writesADocumentThatReadsBackAsTheForm(ComponentTemplate template) {
        FormState state = template.state(FolderSnapshot.empty(FILE.getParent()))
                .with(FormField.SCOPES, ItemValue.plain("orders billing"))
                .with(FormField.KEY_PREFIX, ItemValue.plain("yes"))
                .with(FormField.SESSION_TOKEN, new ItemValue.EnvRef("AWS_SESSION_TOKEN"));

        String text = ComponentYaml.document(state, template.header());

        var read = ComponentFileReader.parseText(FILE, text, false);
        assertThat(read.problems()).isEmpty();
        assertThat(FormState.of(read.components().get(0))).isEqualTo(state);
        assertThat(text).startsWith("# ").contains("type: state.aws.dynamodb\n");
    }

    @Test
    void plainValues_neverPrintThemselves() {
        assertThat(ItemValue.plain("AKIASECRET").toString()).doesNotContain("AKIASECRET");
        FormState state = FormState.empty().with(FormField.SECRET_KEY, ItemValue.plain("hush-hush"));
        assertThat(state.toString()).doesNotContain("hush-hush");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "''         ; ''      ; myapp||order-1",
            "appid      ; ''      ; myapp||order-1",
            "name       ; ''      ; statestore||order-1",
            "namespace  ; shop    ; shop.myapp||order-1",
            "namespace  ; ''      ; myapp||order-1",
            "none       ; ''      ; order-1",
            "Orders-V2  ; ''      ; orders-v2||order-1"})
    void storedKeyExample_followsDaprd(String keyPrefix, String namespace, String stored) {
        FormState state = new FormState("statestore", namespace, "", List.of(),
                Map.of(FormField.KEY_PREFIX, keyPrefix.isEmpty() ? ItemValue.UNSET : ItemValue.plain(keyPrefix)),
                null);

        assertThat(StoredKeyExample.of(state, "myapp", "order-1").storedKey()).isEqualTo(stored);
    }

    @Test
    void storedKeyExample_ofAnEmptyKeyPrefixItem_isDaprdsEmptyCustomPrefix() {
        FormState state = FormState.empty().with(FormField.KEY_PREFIX, ItemValue.plain(""));

        StoredKeyExample example = StoredKeyExample.of(state, "myapp", "order-1");

        assertThat(example.storedKey()).isEqualTo("||order-1");
        assertThat(example.explanation()).contains("Remove the item");
    }

    @Test
    void storedKeyExample_refusesTheSeparator_andSaysWhenAReferenceDecides() {
        FormState bad = FormState.empty().with(FormField.KEY_PREFIX, ItemValue.plain("a||b"));
        assertThat(StoredKeyExample.of(bad, "myapp", "k").explanation()).contains("||");
        FormState ref = FormState.empty().with(FormField.KEY_PREFIX, new ItemValue.EnvRef("PREFIX"));
        assertThat(StoredKeyExample.of(ref, "myapp", "k").storedKey()).isEmpty();
        assertThat(KeyPrefix.fromMetadata("none").strategy()).isEqualTo(KeyPrefix.Strategy.NONE);
    }

    @Test
    void regionSearch_findsCodesAndPlaces() {
        assertThat(RegionChoices.search("frank")).extracting(RegionChoices.Choice::code).contains("eu-central-1");
        assertThat(RegionChoices.search("eu-w").get(0).code()).startsWith("eu-west-");
        assertThat(RegionChoices.search("")).hasSameSizeAs(RegionChoices.ALL);
        assertThat(RegionChoices.search("nowhere-at-all")).isEmpty();
    }
}
