package io.statedesk.component.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.component.ComponentLoader;
import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.testing.LocalSecretFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encryption keys' secret references resolve as daprd's ComponentEncryptionKey reads them. */
class EncryptionSecretsTest {

    @TempDir
    Path dir;

    private EncryptionSecrets secrets(String metadata, String secretsJson) throws Exception {
        LocalSecretFiles.write(dir, secretsJson);
        Files.writeString(dir.resolve("statestore.yaml"), """
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: statestore
                spec:
                  type: state.aws.dynamodb
                  version: v1
                  metadata:
                  - name: table
                    value: t1
                """ + metadata + """
                auth:
                  secretStore: localsecrets
                """);
        ComponentSet set = ComponentLoader.load(dir);
        ComponentManifest component = set.component("statestore").orElseThrow();
        return EncryptionSecrets.of(new SecretResolver(set, Map.of()).resolve(component));
    }

    @Test
    void bothKeys_resolve_andAreNamedAfterTheSecretNotItsKey() throws Exception {
        EncryptionSecrets s = secrets("""
                  - name: primaryEncryptionKey
                    secretKeyRef:
                      name: mysecret
                  - name: secondaryEncryptionKey
                    secretKeyRef:
                      name: oldsecret
                      key: oldsecret
                """, "{\"mysecret\":\"00ff\",\"oldsecret\":\"aa11\"}");

        assertThat(s.declared()).isTrue();
        assertThat(s.problems()).isEmpty();
        assertThat(s.primary()).get().extracting(EncryptionSecrets.NamedKey::name).isEqualTo("mysecret");
        assertThat(s.primary().orElseThrow().hex().reveal()).isEqualTo("00ff");
        assertThat(s.secondary()).get().extracting(EncryptionSecrets.NamedKey::name).isEqualTo("oldsecret");
        assertThat(s.toString()).doesNotContain("aa11");
    }

    @Test
    void aMissingSecret_isAProblem_withoutAValue() throws Exception {
        EncryptionSecrets s = secrets("""
                  - name: primaryEncryptionKey
                    secretKeyRef:
                      name: nothere
                      key: nothere
                """, "{\"other\":\"00ff\"}");

        assertThat(s.declared()).isTrue();
        assertThat(s.primary()).isEmpty();
        assertThat(s.problems()).singleElement().asString().contains("nothere");
    }

    @Test
    void aComponentWithoutKeys_isNotEncrypted() throws Exception {
        EncryptionSecrets s = secrets("", "{}");

        assertThat(s.declared()).isFalse();
        assertThat(s.primary()).isEmpty();
    }
}
