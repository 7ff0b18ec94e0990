package io.statedesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.component.ComponentLoader;
import io.statedesk.component.PreparedStore;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.secrets.EncryptionSecrets;
import io.statedesk.dapr.encryption.EncryptionSetup;
import io.statedesk.dapr.workflow.RuntimeStatus;
import io.statedesk.dapr.workflow.WorkflowInstance;
import io.statedesk.dapr.workflow.WorkflowReader;
import io.statedesk.engine.StateStore;
import io.statedesk.engine.dynamodb.DynamoDbStateStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox's Dapr-internal sample state: three workflow instances as daprd 1.16 writes them, and encrypted values
 * whose key its own secret store holds, read through its component folder as daprd would.
 */
class SandboxDaprStateIT {

    @TempDir
    Path folder;

    @Test
    void theComponentFolder_resolvesTheEncryptionKey_whichOpensTheSampleValues_andSurvivesARestart() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Sandbox sandbox = Sandbox.start(folder, Clock.systemUTC(), DynoxideBinary.locate(), false)) {
            ComponentSet set = ComponentLoader.load(sandbox.componentFolder());
            PreparedStore prepared = PreparedStore.prepare(set, set.component(Sandbox.COMPONENT_NAME).orElseThrow(),
                    Map.of(), null, null);
            EncryptionSetup setup = EncryptionSetup.of(EncryptionSecrets.of(prepared.metadata()));

            assertThat(prepared.hasErrors()).as(prepared.problems().toString()).isFalse();
            assertThat(setup).isInstanceOf(EncryptionSetup.Ready.class);
            try (StateStore store = DynamoDbStateStores.create(prepared.storeConfig(false), sandbox.client(), pool)) {
                byte[] card = store.get("secure||card").orElseThrow().value();
                assertThat(new String(card, StandardCharsets.US_ASCII)).endsWith("||sandbox-encryption-key");
                assertThat(new String(((EncryptionSetup.Ready) setup).cipher().decrypt(card), StandardCharsets.UTF_8))
                        .contains("\"last4\":\"4242\"");

                assertThat(new WorkflowReader(store).list(null, null).instances())
                        .extracting(WorkflowInstance::instanceId, WorkflowInstance::status)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("order-1001", RuntimeStatus.COMPLETED),
                                org.assertj.core.groups.Tuple.tuple("order-1002", RuntimeStatus.FAILED),
                                org.assertj.core.groups.Tuple.tuple("ship-9f2c", RuntimeStatus.RUNNING));
            }
        }
        String secrets = Files.readString(folder.resolve(SandboxSecrets.FILE));
        try (Sandbox again = Sandbox.start(folder, Clock.systemUTC(), DynoxideBinary.locate(), false)) {
            assertThat(Files.readString(folder.resolve(SandboxSecrets.FILE))).isEqualTo(secrets);
            assertThat(again.cipher().decrypt(again.client().getItem(b -> b.tableName(Sandbox.TABLE)
                    .key(Map.of("key", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(
                            "secure||api-token")))).item().get("value").b().asByteArray()))
                    .isEqualTo("\"sk_test_51Hx7Q2\"".getBytes(StandardCharsets.UTF_8));
        } finally {
            pool.shutdownNow();
        }
    }
}
