package io.statedesk.component.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.component.ComponentLoader;
import io.statedesk.component.Fixtures;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.component.model.Secret;
import io.statedesk.component.model.Severity;
import io.statedesk.component.model.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretResolverTest {

    private static final Map<String, String> NO_ENV = Map.of();

    @Test
    void fileStore_resolvesNestedKeysJoinedWithTheDefaultSeparator() throws Exception {
        ComponentSet set = ComponentLoader.load(Fixtures.components("folder-mixed"));

        ResolvedMetadata resolved = new SecretResolver(set, NO_ENV).resolve(set.component("statestore").orElseThrow());

        assertThat(resolved.problems()).isEmpty();
        DynamoDbComponentConfig config = resolved.dynamoDbConfig();
        assertThat(config.accessKey().reveal()).isEqualTo("AKIAFOLDEREXAMPLE");
        assertThat(config.secretKey().reveal()).isEqualTo("folder-secret-example");
        assertThat(config.hasStaticKeys()).isTrue();
        assertThat(config.table()).isEqualTo("dapr-state");
    }

    @Test
    void resolvedValues_neverShowInToString() throws Exception {
        ComponentSet set = ComponentLoader.load(Fixtures.components("folder-mixed"));
        ResolvedMetadata resolved = new SecretResolver(set, NO_ENV).resolve(set.component("statestore").orElseThrow());

        assertThat(resolved.toString()).doesNotContain("AKIAFOLDEREXAMPLE", "folder-secret-example");
        assertThat(resolved.dynamoDbConfig().toString()).doesNotContain("AKIAFOLDEREXAMPLE", "folder-secret-example")
                .contains("Secret[****]");
        assertThat(resolved.value("accessKey").orElseThrow().toString()).isEqualTo("Secret[****]");
    }

    @Test
    void fileStore_multiValued_readsFieldsOfTopLevelObjects() throws Exception {
        ComponentSet set = ComponentLoader.load(Fixtures.components("multi/all-in-one.yaml"));
        Path dir = set.folder();
        // all-in-one.yaml's store is not multiValued: the secret `aws` does not exist there, only `aws:accessKey`.
        ResolvedMetadata flat = new SecretResolver(set, NO_ENV).resolve(set.component("orders").orElseThrow());
        assertThat(flat.problems()).extracting(Violation::message)
                .containsExactly("Secret `aws` not found in secret store `local-secrets`.",
                        "Secret `aws` not found in secret store `local-secrets`.");

        LocalFileSecretStore multi = LocalFileSecretStore.open(dir.resolve("secrets.json"), ":", true);
        assertThat(multi.secret("aws").orElseThrow()).containsOnlyKeys("accessKey", "secretKey");
    }

    @Test
    void fileStore_multiValued_resolvesSecretKeyRefNameAndKey(@TempDir Path dir) throws Exception {
        write(dir, "secrets.json", """
                {"aws": {"accessKey": "AK1", "secretKey": "SK1", "deeper": {"token": "T1"}}, "port": 5432,
                 "plain": "P1", "list": ["a"]}
                """);
        write(dir, "store.yaml", fileStore("store", "secrets.json", "  - name: multiValued\n    value: \"true\"\n"));
        write(dir, "ddb.yaml", dynamo("store", ref("accessKey", "aws", "accessKey") + ref("secretKey", "aws", "secretKey")
                + ref("sessionToken", "aws", "deeper:token")));
        ComponentSet set = ComponentLoader.load(dir);

        ResolvedMetadata resolved = new SecretResolver(set, NO_ENV).resolve(set.component("ddb").orElseThrow());

        assertThat(resolved.problems()).isEmpty();
        assertThat(resolved.value("accessKey")).contains(Secret.of("AK1"));
        assertThat(resolved.value("secretKey")).contains(Secret.of("SK1"));
        assertThat(resolved.value("sessionToken")).contains(Secret.of("T1"));
        LocalFileSecretStore store = LocalFileSecretStore.open(dir.resolve("secrets.json"), ":", true);
        assertThat(store.secret("plain").orElseThrow()).containsEntry("plain", Secret.of("P1"));
        assertThat(store.secret("port")).as("top-level numbers are dropped").isEmpty();
        assertThat(store.secret("list")).as("top-level arrays are dropped").isEmpty();
    }

    @Test
    void fileStore_flattensArraysByIndex_andHonoursTheNestedSeparator(@TempDir Path dir) throws Exception {
        write(dir, "s.json", "{\"db\": {\"hosts\": [\"h0\", \"h1\"], \"user\": {\"name\": \"u\"}}}");

        LocalFileSecretStore colon = LocalFileSecretStore.open(dir.resolve("s.json"), null, false);
        LocalFileSecretStore dot = LocalFileSecretStore.open(dir.resolve("s.json"), ".", false);

        assertThat(colon.secret("db:hosts:1").orElseThrow()).containsEntry("db:hosts:1", Secret.of("h1"));
        assertThat(colon.secret("db:user:name").orElseThrow()).containsEntry("db:user:name", Secret.of("u"));
        assertThat(dot.secret("db.user.name")).isPresent();
        assertThat(dot.secret("db:user:name")).isEmpty();
    }

    @Test
    void fileStore_readsNonStringValuesAsGoPrintsThem_andWarns(@TempDir Path dir) throws Exception {
        write(dir, "secrets.json", "{\"port\": 5432, \"ratio\": 0.5, \"flag\": true, \"none\": null, \"big\": 1e21}");
        write(dir, "store.yaml", fileStore("store", "secrets.json", ""));
        write(dir, "ddb.yaml", dynamo("store", ref("accessKey", "port", "") + ref("secretKey", "flag", "")));
        ComponentSet set = ComponentLoader.load(dir);

        ResolvedMetadata resolved = new SecretResolver(set, NO_ENV).resolve(set.component("ddb").orElseThrow());

        assertThat(resolved.value("accessKey")).contains(Secret.of("%!s(float64=5432)"));
        assertThat(resolved.value("secretKey")).contains(Secret.of("%!s(bool=true)"));
        assertThat(resolved.problems()).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.message()).contains("not JSON strings").contains("port");
        });
        LocalFileSecretStore store = LocalFileSecretStore.open(dir.resolve("secrets.json"), ":", false);
        assertThat(store.secret("ratio").orElseThrow().get("ratio").reveal()).isEqualTo("%!s(float64=0.5)");
        assertThat(store.secret("none").orElseThrow().get("none").reveal()).isEqualTo("%!s(<nil>)");
        assertThat(store.secret("big").orElseThrow().get("big").reveal()).isEqualTo("%!s(float64=1e+21)");
    }

    @Test
    void missingSecret_isAnErrorOnTheItem_andTheValueStaysAsWritten(@TempDir Path dir) throws Exception {
        write(dir, "secrets.json", "{\"other\": \"x\"}");
        write(dir, "store.yaml", fileStore("store", "secrets.json", ""));
        write(dir, "ddb.yaml", dynamo("store", ref("accessKey", "aws", "id")));
        ComponentSet set = ComponentLoader.load(dir);

        ResolvedMetadata resolved = new SecretResolver(set, NO_ENV).resolve(set.component("ddb").orElseThrow());

        assertThat(resolved.value("accessKey")).isEmpty();
        assertThat(resolved.isComplete()).isFalse();
        assertThat(resolved.problems()).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.field()).isEqualTo("spec.metadata.accessKey");
            assertThat(v.message()).isEqualTo("Secret `aws` not found in secret store `store`.");
            assertThat(v.line()).isEqualTo(11);
        });
    }

    @Test
    void missingKeyInsideASecret_isAnError(@TempDir Path dir) throws Exception {
        write(dir, "secrets.json", "{\"aws\": {\"id\": \"x\"}}");
        write(dir, "store.yaml", fileStore("store", "secrets.json", "  - name: multiValued\n    value: \"true\"\n"));
        write(dir, "ddb.yaml", dynamo("store", ref("accessKey", "aws", "secret")));
        ComponentSet set = ComponentLoader.load(dir);

        ResolvedMetadata resolved = new SecretResolver(set, NO_ENV).resolve(set.component("ddb").orElseThrow());

        assertThat(resolved.problems()).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("Secret `aws` has no key `secret`"));
    }

    @Test
    void missingStore_isAnError(@TempDir Path dir) throws Exception {
        write(dir, "ddb.yaml", dynamo("vault", ref("accessKey", "aws", "id")));
        ComponentSet set = ComponentLoader.load(dir);

        ResolvedMetadata resolved = new SecretResolver(set, NO_ENV).resolve(set.component("ddb").orElseThrow());

        assertThat(resolved.problems()).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.message()).contains("no secret store component named `vault`");
        });
    }

    @Test
    void storeOfAnUnsupportedType_isAnError_thatAUserValueCanReplace(@TempDir Path dir) throws Exception {
        write(dir, "vault.yaml", """
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: vault
                spec:
                  type: secretstores.hashicorp.vault
                  version: v1
                """);
        write(dir, "ddb.yaml", dynamo("vault", ref("accessKey", "aws", "id") + ref("secretKey", "aws", "secret")));
        ComponentSet set = ComponentLoader.load(dir);

        ResolvedMetadata resolved = new SecretResolver(set, NO_ENV).resolve(set.component("ddb").orElseThrow());

        assertThat(resolved.problems()).hasSize(2).allSatisfy(v -> assertThat(v.message())
                .contains("is of type secretstores.hashicorp.vault; StateDesk reads secretstores.local.file"));
        ResolvedMetadata supplied = resolved.withValue("accessKey", Secret.of("AK")).withValue("secretKey",
                Secret.of("SK"));
        assertThat(supplied.problems()).isEmpty();
        assertThat(supplied.dynamoDbConfig().hasStaticKeys()).isTrue();
    }

    @Test
    void missingSecretsFile_namesTheResolvedPath_andDaprdsWorkingDirectoryRule(@TempDir Path dir) throws Exception {
        write(dir, "store.yaml", fileStore("store", "missing.json", ""));
        write(dir, "ddb.yaml", dynamo("store", ref("accessKey", "aws", "id")));
        ComponentSet set = ComponentLoader.load(dir);

        ResolvedMetadata resolved = new SecretResolver(set, NO_ENV).resolve(set.component("ddb").orElseThrow());

        assertThat(resolved.problems()).singleElement().satisfies(v -> assertThat(v.message())
                .contains(dir.resolve("missing.json") + " does not exist")
                .contains("resolves it against its own working directory"));
    }

    @Test
    void relativeSecretsFile_canResolveAgainstAnotherBase(@TempDir Path dir, @TempDir Path workingDir)
            throws Exception {
        write(workingDir, "secrets.json", "{\"id\": \"FROM-WORKDIR\"}");
        write(dir, "store.yaml", fileStore("store", "secrets.json", ""));
        write(dir, "ddb.yaml", dynamo("store", ref("accessKey", "id", "")));
        ComponentSet set = ComponentLoader.load(dir);

        ResolvedMetadata resolved = new SecretResolver(set, NO_ENV, workingDir).resolve(
                set.component("ddb").orElseThrow());

        assertThat(resolved.value("accessKey")).contains(Secret.of("FROM-WORKDIR"));
    }

    @Test
    void envStore_readsInjectedVariables_withNameAsKey() throws Exception {
        ComponentSet set = ComponentLoader.load(Fixtures.components("folder-mixed"));
        Map<String, String> env = Map.of("CACHE_ACCESS_KEY", "AK-ENV", "CACHE_SECRET_KEY", "SK-ENV");

        ResolvedMetadata resolved = new SecretResolver(set, env).resolve(set.component("cache").orElseThrow());

        assertThat(resolved.problems()).isEmpty();
        assertThat(resolved.dynamoDbConfig().accessKey().reveal()).isEqualTo("AK-ENV");
        assertThat(resolved.dynamoDbConfig().secretKey().reveal()).isEqualTo("SK-ENV");
    }

    @Test
    void envStore_withPrefix_andAnUnsetVariable(@TempDir Path dir) throws Exception {
        write(dir, "env.yaml", """
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: env
                spec:
                  type: secretstores.local.env
                  metadata:
                  - name: prefix
                    value: MYAPP_
                """);
        write(dir, "ddb.yaml", dynamo("env", ref("accessKey", "KEY_ID", "") + ref("secretKey", "KEY_SECRET", "")));
        ComponentSet set = ComponentLoader.load(dir);

        ResolvedMetadata resolved = new SecretResolver(set, Map.of("MYAPP_KEY_ID", "AK", "KEY_SECRET", "no-prefix"))
                .resolve(set.component("ddb").orElseThrow());

        assertThat(resolved.value("accessKey")).contains(Secret.of("AK"));
        assertThat(resolved.value("secretKey")).isEmpty();
        assertThat(resolved.problems()).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.message()).contains("environment variable MYAPP_KEY_SECRET is not set");
        });
    }

    @Test
    void envStore_refusesDaprVariables() {
        LocalEnvSecretStore store = new LocalEnvSecretStore(Map.of("DAPR_API_TOKEN", "t", "APP_API_TOKEN", "a",
                "dapr_x", "d"), "");

        assertThat(store.secret("DAPR_API_TOKEN").orElseThrow()).containsEntry("DAPR_API_TOKEN", Secret.empty());
        assertThat(store.secret("APP_API_TOKEN").orElseThrow()).containsEntry("APP_API_TOKEN", Secret.empty());
        assertThat(store.secret("dapr_x").orElseThrow()).containsEntry("dapr_x", Secret.empty());
    }

    @Test
    void envRef_readsTheVariable_unlessItIsReserved(@TempDir Path dir) throws Exception {
        write(dir, "ddb.yaml", dynamo(null, "  - name: accessKey\n    envRef: MY_KEY\n"
                + "  - name: secretKey\n    envRef: DAPR_SECRET\n"));
        ComponentSet set = ComponentLoader.load(dir);

        ResolvedMetadata resolved = new SecretResolver(set, Map.of("MY_KEY", "AK", "DAPR_SECRET", "S"))
                .resolve(set.component("ddb").orElseThrow());

        assertThat(resolved.value("accessKey")).contains(Secret.of("AK"));
        assertThat(resolved.value("secretKey")).isEmpty();
        assertThat(resolved.problems()).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("refuses `envRef` to DAPR_SECRET"));
    }

    @Test
    void invalidJson_errorDoesNotQuoteTheFile(@TempDir Path dir) throws Exception {
        write(dir, "bad.json", "{\"aws\": \"TOPSECRET\" \"x\"}");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LocalFileSecretStore.open(dir.resolve("bad.json"),
                        ":", false))
                .isInstanceOf(SecretStoreException.class)
                .hasMessageContaining("is not valid JSON (line 1)")
                .hasMessageNotContaining("TOPSECRET");
    }

    @Test
    void goFloat_matchesGosPercentV() {
        assertThat(GoText.goFloat(5432)).isEqualTo("5432");
        assertThat(GoText.goFloat(0.0001)).isEqualTo("0.0001");
        assertThat(GoText.goFloat(0.00001)).isEqualTo("1e-05");
        assertThat(GoText.goFloat(123456789012345678901.0)).isEqualTo("123456789012345680000");
        assertThat(GoText.goFloat(1e21)).isEqualTo("1e+21");
        assertThat(GoText.goFloat(-2.5)).isEqualTo("-2.5");
    }

    static String dynamo(String store, String items) {
        return """
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: ddb
                spec:
                  type: state.aws.dynamodb
                  version: v1
                  metadata:
                  - name: table
                    value: t1
                """ + items + (store == null ? "" : "auth:\n  secretStore: " + store + "\n");
    }

    static String ref(String item, String name, String key) {
        return "  - name: " + item + "\n    secretKeyRef:\n      name: " + name + "\n"
                + (key.isEmpty() ? "" : "      key: " + key + "\n");
    }

    static String fileStore(String name, String file, String extra) {
        return """
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: %s
                spec:
                  type: secretstores.local.file
                  version: v1
                  metadata:
                  - name: secretsFile
                    value: %s
                """.formatted(name, file) + extra;
    }

    static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
