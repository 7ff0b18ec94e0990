package io.statedesk.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.component.model.LoadNote;
import io.statedesk.component.model.MetadataItem;
import io.statedesk.component.model.SecretKeyRef;
import io.statedesk.component.model.Severity;
import io.statedesk.component.model.ValueStyle;
import io.statedesk.component.model.Violation;
import io.statedesk.component.validation.ComponentValidator;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.model.KeyPrefix;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComponentLoaderTest {

    @Test
    void multiDocumentFile_listsEveryComponent_andSkipsOtherKindsWithANote() throws IOException {
        ComponentSet set = ComponentLoader.load(Fixtures.components("multi/all-in-one.yaml"));

        assertThat(set.components()).extracting(ComponentManifest::name)
                .containsExactly("orders", "local-secrets", "events");
        assertThat(set.components()).extracting(ComponentManifest::documentIndex).containsExactly(0, 2, 3);
        assertThat(set.dynamoDbComponents()).extracting(ComponentManifest::name).containsExactly("orders");
        assertThat(set.allNotes()).extracting(LoadNote::message)
                .containsExactly("Document 2 skipped: kind Configuration is not a Component.");
        assertThat(set.allNotes().get(0).line()).isEqualTo(39);
        assertThat(set.folder()).isEqualTo(Fixtures.components("multi"));
    }

    @Test
    void multiDocumentFile_readsTheManifestFields() throws IOException {
        ComponentManifest orders = ComponentLoader.load(Fixtures.components("multi/all-in-one.yaml"))
                .component("orders").orElseThrow();

        assertThat(orders.apiVersion()).isEqualTo("dapr.io/v1alpha1");
        assertThat(orders.kind()).isEqualTo("Component");
        assertThat(orders.namespace()).isEqualTo("shop");
        assertThat(orders.type()).isEqualTo("state.aws.dynamodb");
        assertThat(orders.version()).isEqualTo("v1");
        assertThat(orders.initTimeout()).isEqualTo("10s");
        assertThat(orders.ignoreErrors()).isEqualTo("false");
        assertThat(orders.ignoresErrors()).isFalse();
        assertThat(orders.secretStore()).isEqualTo("local-secrets");
        assertThat(orders.scopes()).containsExactly("orders", "billing");
        assertThat(orders.metadata()).extracting(MetadataItem::name).containsExactly("table", "region",
                "partitionKey", "ttlAttributeName", "keyPrefix", "actorStateStore", "accessKey", "secretKey");

        MetadataItem table = orders.item("table").orElseThrow();
        assertThat(table.value()).isEqualTo("orders-state");
        assertThat(table.style()).isEqualTo(ValueStyle.DOUBLE_QUOTED);
        assertThat(table.nameSpan().line()).isEqualTo(13);
        assertThat(table.nameSpan().column()).isEqualTo(11);
        assertThat(table.valueSpan().line()).isEqualTo(14);
        assertThat(table.valueSpan().column()).isEqualTo(12);

        MetadataItem accessKey = orders.item("accessKey").orElseThrow();
        assertThat(accessKey.value()).isNull();
        assertThat(accessKey.style()).isEqualTo(ValueStyle.ABSENT);
        assertThat(accessKey.secretKeyRef()).isEqualTo(new SecretKeyRef("aws", "accessKey"));
        assertThat(orders.span("metadata.name").line()).isEqualTo(5);
        assertThat(orders.span("auth.secretStore").line()).isEqualTo(34);
    }

    @Test
    void multiDocumentFile_derivesTheTypedDynamoDbConfig() throws IOException {
        ComponentManifest orders = ComponentLoader.load(Fixtures.components("multi/all-in-one.yaml"))
                .component("orders").orElseThrow();

        DynamoDbComponentConfig config = DynamoDbComponentConfig.from(orders);

        assertThat(config.componentName()).isEqualTo("orders");
        assertThat(config.table()).isEqualTo("orders-state");
        assertThat(config.region()).isEqualTo("eu-central-1");
        assertThat(config.endpoint()).isNull();
        assertThat(config.partitionKey()).isEqualTo("pk");
        assertThat(config.ttlAttributeName()).isEqualTo("expiresAt");
        assertThat(config.keyPrefix()).isEqualTo("name");
        assertThat(config.actorStateStore()).isTrue();
        assertThat(config.hasStaticKeys()).as("secret references are unresolved").isFalse();
        assertThat(config.pointsAtRealAws()).isTrue();
        assertThat(config.toStoreConfig(true)).isEqualTo(new StoreConfig("orders-state", "pk", "expiresAt",
                KeyPrefix.fromMetadata("name"), "orders", true));
    }

    @Test
    void flowStyleItems_readLikeBlockItems() throws IOException {
        ComponentManifest events = ComponentLoader.load(Fixtures.components("multi/all-in-one.yaml"))
                .component("events").orElseThrow();

        MetadataItem host = events.item("redisHost").orElseThrow();
        assertThat(host.value()).isEqualTo("localhost:6379");
        assertThat(host.valueSpan().line()).isEqualTo(66);
        assertThat(events.isDynamoDb()).isFalse();
    }

    @Test
    void validFixtures_haveNoErrors() throws IOException {
        for (String fixture : List.of("multi/all-in-one.yaml", "folder-mixed")) {
            List<Violation> violations = ComponentValidator.validate(ComponentLoader.load(
                    Fixtures.components(fixture)));
            assertThat(violations).as(fixture).isEmpty();
        }
    }

    @Test
    void folder_loadsYamlAndYmlFilesInNameOrder_notSubfolders_andNotesOtherFiles() throws IOException {
        Path folder = Fixtures.components("folder-mixed");

        ComponentSet set = ComponentLoader.load(folder);

        assertThat(set.files()).extracting(f -> f.path().getFileName().toString())
                .containsExactly("pubsub.yaml", "secret-stores.yml", "statestore.yaml");
        assertThat(set.components()).extracting(ComponentManifest::label).containsExactly(
                "pubsub (pubsub.redis)", "file-secrets (secretstores.local.file)",
                "env-secrets (secretstores.local.env)", "statestore (state.aws.dynamodb)",
                "cache (state.aws.dynamodb)");
        assertThat(set.dynamoDbComponents()).extracting(ComponentManifest::name)
                .containsExactly("statestore", "cache");
        assertThat(set.notes()).extracting(n -> n.file().getFileName().toString()).containsExactly("README.txt",
                "secrets.json");
        assertThat(set.component("nested-is-not-loaded")).isEmpty();
    }

    @Test
    void duplicateNamesAcrossTheFolder_areAnErrorOnTheSecondFile() throws IOException {
        List<Violation> violations = ComponentValidator.validate(ComponentLoader.load(
                Fixtures.components("folder-duplicates")));

        assertThat(violations).filteredOn(v -> v.field().equals("metadata.name")).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.file().getFileName().toString()).isEqualTo("b.yaml");
            assertThat(v.line()).isEqualTo(4);
            assertThat(v.column()).isEqualTo(9);
            assertThat(v.message()).contains("already named `statestore` (a.yaml line 4)");
        });
    }

    @Test
    void positions_countCharactersInFilesWithEmojiCrLfAndAByteOrderMark(@TempDir Path dir) throws IOException {
        String text = "# 😀 fun\r\napiVersion: dapr.io/v1alpha1\r\nkind: Component\r\nmetadata:\r\n  name: \"😀x\"\r\n"
                + "spec:\r\n  type: state.aws.dynamodb\r\n  metadata:\r\n  - name: table\r\n    value: t😀ble\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Path file = dir.resolve("c.yaml");
        Files.write(file, withBom);

        ComponentSet set = ComponentLoader.load(file);

        assertThat(set.files().get(0).byteOrderMark()).isTrue();
        ComponentManifest c = set.components().get(0);
        assertThat(c.name()).isEqualTo("😀x");
        MetadataItem table = c.item("table").orElseThrow();
        assertThat(table.value()).isEqualTo("t😀ble");
        assertThat(table.valueSpan().line()).isEqualTo(10);
        assertThat(text.substring(table.valueSpan().startIndex(), table.valueSpan().endIndex())).isEqualTo("t😀ble");
    }

    @Test
    void defaultFolder_isDaprsSelfHostedComponentsFolder() {
        assertThat(ComponentLoader.defaultFolder(Path.of("/home/ana")))
                .isEqualTo(Path.of("/home/ana/.dapr/components"));
    }

    @Test
    void missingFolderEntry_isAReadProblem_notAnException(@TempDir Path dir) throws IOException {
        ComponentSet set = ComponentLoader.load(dir.resolve("absent.yaml"));

        assertThat(set.readProblems()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("file");
            assertThat(v.message()).contains("not a regular file");
        });
    }

    @Test
    void nonUtf8File_isRefusedWithAClearMessage(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, "kind: Component\nname: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(ComponentLoader.load(file).readProblems()).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("not UTF-8"));
    }
}
