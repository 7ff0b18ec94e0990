package io.statedesk.component.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statedesk.component.ComponentLoader;
import io.statedesk.component.Fixtures;
import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.model.LoadedFile;
import io.statedesk.component.validation.ComponentValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Saving changes only the edited values: everything else in the file stays byte for byte. */
class ComponentFileEditorTest {

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

    @Test
    void changeOneValue_andSave_changesOnlyThatValue() throws IOException {
        ComponentSet set = ComponentLoader.load(file);

        ComponentFileEditor.open(set.files().get(0))
                .setValue(set.component("orders").orElseThrow(), "region", "us-east-2")
                .save();

        String saved = Files.readString(file);
        assertThat(differingLines(original, saved)).containsExactly(16);
        assertThat(saved.lines().toList().get(15)).isEqualTo("      value: us-east-2");
        assertThat(ComponentLoader.load(file).component("orders").orElseThrow().item("region").orElseThrow().value())
                .isEqualTo("us-east-2");
    }

    @Test
    void editsInTheMiddleDocument_leaveTheOtherDocumentsAndCommentsAlone() throws IOException {
        ComponentSet set = ComponentLoader.load(file);
        ComponentManifest secrets = set.component("local-secrets").orElseThrow();

        String edited = ComponentFileEditor.open(set.files().get(0))
                .setValue(secrets, "secretsFile", "/etc/dapr/secrets.json").text();

        assertThat(differingLines(original, edited)).containsExactly(31);
        assertThat(edited.lines().toList().get(30)).isEqualTo(
                "  metadata: [{name: secretsFile, value: /etc/dapr/secrets.json}, {name: nestedSeparator, value: \":\"}]");
    }

    @Test
    void switchingAnItemToASecretRef_rewritesOnlyThatItem() {
        LoadedFile loaded = load();
        ComponentManifest orders = loaded.components().get(0);

        String edited = ComponentFileEditor.open(loaded)
                .setItem(orders, "region", new ItemValue.SecretRef("aws", "region"))
                .text();

        List<String> lines = edited.lines().toList();
        assertThat(lines.subList(14, 19)).containsExactly("    - name: region", "      secretKeyRef:",
                "        name: aws", "        key: region", "    - name: keyPrefix");
        assertThat(edited.replace("      secretKeyRef:\n        name: aws\n        key: region\n",
                "      value: eu-west-1\n")).isEqualTo(original);
    }

    @Test
    void switchingAFlowItemToAnEnvRef_staysFlowStyle() {
        LoadedFile loaded = load();
        ComponentManifest secrets = loaded.components().get(1);

        String edited = ComponentFileEditor.open(loaded)
                .setItem(secrets, "secretsFile", new ItemValue.EnvRef("SECRETS_FILE"))
                .text();

        assertThat(differingLines(original, edited)).containsExactly(31);
        assertThat(edited.lines().toList().get(30)).isEqualTo(
                "  metadata: [{name: secretsFile, envRef: SECRETS_FILE}, {name: nestedSeparator, value: \":\"}]");
    }

    @Test
    void renamingAnItem_keepsItsValueAndItsLine() {
        LoadedFile loaded = load();

        String edited = ComponentFileEditor.open(loaded)
                .renameItem(loaded.components().get(0), "region", "awsRegion")
                .text();

        assertThat(differingLines(original, edited)).containsExactly(15);
        assertThat(edited.lines().toList().get(14)).isEqualTo("    - name: awsRegion");
    }

    @Test
    void topLevelFields_andScopes_areSetAndRemovedInPlace() {
        LoadedFile loaded = load();
        ComponentManifest cache = loaded.components().get(2);

        String edited = ComponentFileEditor.open(loaded)
                .setField(cache, "metadata.name", "cache-v2")
                .setField(cache, "metadata.namespace", "shop")
                .setField(cache, "auth.secretStore", "")
                .setScopes(cache, List.of("checkout", "billing"))
                .text();

        ComponentManifest after = ComponentFileReader.parseText(file, edited, false).components().get(2);
        assertThat(after.name()).isEqualTo("cache-v2");
        assertThat(after.namespace()).isEqualTo("shop");
        assertThat(after.secretStore()).isNull();
        assertThat(after.scopes()).containsExactly("checkout", "billing");
        assertThat(edited).startsWith(original.substring(0, original.indexOf("  name: cache")))
                .contains("# end of file")
                .doesNotContain("auth:");
    }

    @Test
    void unknownField_isRefused() {
        LoadedFile loaded = load();

        assertThatThrownBy(() -> ComponentFileEditor.open(loaded).setField(loaded.components().get(0), "spec.type",
                "x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not an editable field");
    }

    @Test
    void quotingStyleOfTheFile_isKept() {
        LoadedFile loaded = load();
        ComponentManifest orders = loaded.components().get(0);

        String edited = ComponentFileEditor.open(loaded)
                .setValue(orders, "table", "orders-test")
                .setValue(orders, "keyPrefix", "it's")
                .text();

        assertThat(differingLines(original, edited)).containsExactly(14, 18);
        assertThat(edited.lines().toList().get(13)).isEqualTo("      value: \"orders-test\"      # double quotes kept");
        assertThat(edited.lines().toList().get(17)).isEqualTo("      value: 'it''s'   # single quotes kept");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "off", "~", "null", "123", "0x1F", "1e3", "a: b", "x #y", "[a]", "{a}", "*ref",
            "&anchor", "!tag", "- item", "?", "'quoted'", "\"dq\"", "%", "@at", "`tick", " lead", "trail ", "",
            "two\nlines", "tab\there", "back\\slash", "ünïcødé 😀", "---", "...", "a,b", "#hash", "|", ">"})
    void anyText_readsBackExactlyAsWritten(String value) {
        LoadedFile loaded = load();
        ComponentManifest orders = loaded.components().get(0);

        String edited = ComponentFileEditor.open(loaded).setValue(orders, "region", value).text();

        ComponentManifest reread = ComponentFileReader.parseText(file, edited, false).components().get(0);
        assertThat(reread.item("region").orElseThrow().value()).isEqualTo(value);
        assertThat(differingLines(original, edited)).containsExactly(16);
    }

    @Test
    void addItem_appendsAfterTheLastItem_inTheListsIndentation() {
        LoadedFile loaded = load();

        String edited = ComponentFileEditor.open(loaded)
                .addItem(loaded.components().get(0), "partitionKey", "pk").text();

        List<String> lines = edited.lines().toList();
        assertThat(lines.subList(22, 24)).containsExactly("    - name: partitionKey", "      value: pk");
        assertThat(withoutLines(edited, 23, 24)).isEqualTo(original);
        assertThat(lines.get(24)).isEqualTo("  # trailing comment inside spec");
    }

    @Test
    void addItem_toAFlowList_staysFlow() {
        LoadedFile loaded = load();

        String edited = ComponentFileEditor.open(loaded)
                .addItem(loaded.components().get(1), "multiValued", "true").text();

        assertThat(differingLines(original, edited)).containsExactly(31);
        assertThat(edited.lines().toList().get(30)).endsWith(
                "{name: nestedSeparator, value: \":\"}, {name: multiValued, value: \"true\"}]");
    }

    @Test
    void removeItem_removesItsLinesOnly() {
        LoadedFile loaded = load();

        String edited = ComponentFileEditor.open(loaded).removeItem(loaded.components().get(0), "keyPrefix").text();

        assertThat(edited).isEqualTo(withoutLines(original, 17, 18));
    }

    @Test
    void removeItem_fromAFlowList() {
        LoadedFile loaded = load();

        String edited = ComponentFileEditor.open(loaded)
                .removeItem(loaded.components().get(1), "secretsFile").text();

        assertThat(edited.lines().toList().get(30)).isEqualTo("  metadata: [{name: nestedSeparator, value: \":\"}]");
        assertThat(differingLines(original, edited)).containsExactly(31);
    }

    @Test
    void setValue_onAnItemWithoutValue_addsTheValueLine() {
        LoadedFile loaded = load();
        ComponentManifest cache = loaded.components().get(2);

        String edited = ComponentFileEditor.open(loaded).setValue(cache, "endpoint", "http://localhost:8000").text();

        assertThat(edited).isEqualTo(withLineAfter(original, 42, "    value: http://localhost:8000"));
    }

    @Test
    void setValue_onAnEmptyValue_fillsIt() {
        LoadedFile loaded = load();

        String edited = ComponentFileEditor.open(loaded)
                .setValue(loaded.components().get(2), "region", "eu-north-1").text();

        assertThat(differingLines(original, edited)).containsExactly(44);
        assertThat(edited.lines().toList().get(43)).isEqualTo("    value: eu-north-1");
    }

    @Test
    void setValue_onABlockScalar_keepsTheBlankLineAfterIt() {
        LoadedFile loaded = load();

        String edited = ComponentFileEditor.open(loaded)
                .setValue(loaded.components().get(2), "note", "one line").text();

        List<String> lines = edited.lines().toList();
        assertThat(lines.get(45)).isEqualTo("    value: one line");
        assertThat(lines.get(46)).isEmpty();
        assertThat(lines.get(47)).isEqualTo("  - name: accessKey");
        assertThat(edited).isEqualTo(withoutLines(original, 47, 48).replace("    value: |\n", "    value: one line\n"));
    }

    @Test
    void setValue_onASecretReference_isRefused() {
        LoadedFile loaded = load();

        assertThatThrownBy(() -> ComponentFileEditor.open(loaded).setValue(loaded.components().get(2), "accessKey", "x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("takes its value from secret aws");
    }

    @Test
    void addItem_toASpecWithoutMetadata_addsTheList(@TempDir Path other) throws IOException {
        Path f = other.resolve("c.yaml");
        String text = "apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: x\nspec:\n"
                + "  type: state.aws.dynamodb\n  version: v1\n# done\n";
        Files.writeString(f, text);
        LoadedFile loaded = ComponentLoader.load(f).files().get(0);

        String edited = ComponentFileEditor.open(loaded).addItem(loaded.components().get(0), "table", "t1").text();

        assertThat(edited).isEqualTo(text.replace("  version: v1\n",
                "  version: v1\n  metadata:\n  - name: table\n    value: t1\n"));
    }

    @Test
    void crlfFileWithByteOrderMark_staysCrlfWithTheMark(@TempDir Path other) throws IOException {
        Path f = other.resolve("crlf.yaml");
        String text = "kind: Component\r\nmetadata:\r\n  name: x\r\nspec:\r\n  type: state.aws.dynamodb\r\n"
                + "  metadata:\r\n  - name: table\r\n    value: t1\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(f, bytes);
        LoadedFile loaded = ComponentLoader.load(f).files().get(0);

        ComponentFileEditor.open(loaded)
                .setValue(loaded.components().get(0), "table", "t2")
                .addItem(loaded.components().get(0), "region", "us-east-1")
                .save();

        byte[] saved = Files.readAllBytes(f);
        assertThat(saved).startsWith(0xEF, 0xBB, 0xBF);
        String savedText = new String(saved, 3, saved.length - 3, StandardCharsets.UTF_8);
        assertThat(savedText).isEqualTo(text.replace("t1", "t2") + "  - name: region\r\n    value: us-east-1\r\n");
    }

    @Test
    void save_refusesWhenTheFileChangedOnDisk() throws IOException {
        LoadedFile loaded = load();
        ComponentFileEditor editor = ComponentFileEditor.open(loaded).setValue(loaded.components().get(0), "region",
                "us-west-2");
        Files.writeString(file, original + "# someone else's edit\n");

        assertThatThrownBy(editor::save).isInstanceOf(ComponentFileChangedException.class)
                .hasMessageContaining("changed on disk");
        assertThat(Files.readString(file)).endsWith("# someone else's edit\n");
    }

    @Test
    void save_keepsFilePermissions() throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        LoadedFile loaded = load();

        ComponentFileEditor.open(loaded).setValue(loaded.components().get(0), "region", "us-west-2").save();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void editedFile_stillValidatesClean() throws IOException {
        LoadedFile loaded = load();
        ComponentFileEditor.open(loaded)
                .setValue(loaded.components().get(0), "table", "orders-2")
                .addItem(loaded.components().get(0), "partitionKey", "pk")
                .removeItem(loaded.components().get(0), "keyPrefix")
                .save();

        ComponentSet set = ComponentLoader.load(file);
        assertThat(set.component("orders").orElseThrow().metadata()).extracting(i -> i.name() + "=" + i.value())
                .containsExactly("table=orders-2", "region=eu-west-1", "ttlAttributeName=expiresAt", "partitionKey=pk");
        assertThat(ComponentValidator.validate(set.component("orders").orElseThrow())).isEmpty();
    }

    private LoadedFile load() {
        return ComponentFileReader.read(file);
    }

    /** 1-based numbers of the lines that differ; both texts must have the same number of lines. */
    static List<Integer> differingLines(String a, String b) {
        List<String> x = a.lines().toList();
        List<String> y = b.lines().toList();
        assertThat(y).as("line count").hasSameSizeAs(x);
        return IntStream.range(0, x.size()).filter(i -> !x.get(i).equals(y.get(i))).mapToObj(i -> i + 1).toList();
    }

    /** The text without the given 1-based lines (inclusive). */
    static String withoutLines(String text, int from, int to) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        lines.subList(from - 1, to).clear();
        return String.join("\n", lines) + "\n";
    }

    static String withLineAfter(String text, int after, String line) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        lines.add(after, line);
        return String.join("\n", lines) + "\n";
    }
}
