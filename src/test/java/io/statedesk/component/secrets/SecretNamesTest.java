package io.statedesk.component.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the stores offer for choosing a secretKeyRef: names and keys in the store's order, never values. */
class SecretNamesTest {

    private static final String JSON = """
            {"aws": {"id": "AKIA", "secret": "s3cr3t"}, "token": "t0k3n", "ports": [80, 443]}""";

    @TempDir
    Path dir;

    @Test
    void fileStore_flattened_namesEveryLeaf_withTheSeparator() throws Exception {
        Path file = Files.writeString(dir.resolve("secrets.json"), JSON);

        Map<String, List<String>> names = LocalFileSecretStore.open(file, ".", false).names();

        assertThat(names).containsExactly(entry("aws.id", List.of("aws.id")), entry("aws.secret",
                List.of("aws.secret")), entry("token", List.of("token")), entry("ports.0", List.of("ports.0")),
                entry("ports.1", List.of("ports.1")));
        assertThat(names.toString()).doesNotContain("AKIA", "s3cr3t", "t0k3n");
    }

    @Test
    void fileStore_multiValued_namesTopLevelSecrets_withTheirKeys() throws Exception {
        Path file = Files.writeString(dir.resolve("secrets.json"), JSON);

        Map<String, List<String>> names = LocalFileSecretStore.open(file, ":", true).names();

        assertThat(names).containsExactly(entry("aws", List.of("id", "secret")), entry("token", List.of("token")));
    }

    @Test
    void envStore_namesTheVariablesWithItsPrefix_butNotDaprdsReservedOnes() {
        LocalEnvSecretStore store = new LocalEnvSecretStore(Map.of("APP_DB", "x", "APP_", "y", "OTHER", "z",
                "APP_TOKEN", "t"), "APP_");

        assertThat(store.names()).containsExactly(entry("DB", List.of("DB")), entry("TOKEN", List.of("TOKEN")));
        assertThat(new LocalEnvSecretStore(Map.of("DAPR_API_TOKEN", "x", "HOME", "/root"), "").names())
                .containsOnlyKeys("HOME");
    }
}
