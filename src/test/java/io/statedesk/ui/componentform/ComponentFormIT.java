package io.statedesk.ui.componentform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statedesk.app.AppParts;
import io.statedesk.component.form.ComponentTemplate;
import io.statedesk.component.form.FolderSnapshot;
import io.statedesk.component.form.FormCheck;
import io.statedesk.component.form.FormField;
import io.statedesk.session.ComponentConnections;
import io.statedesk.session.ConnectionStep.Outcome;
import io.statedesk.session.ConnectionStep;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** "Test connection" and "Create the table" against DynamoDB Local, through the app's real implementation. */
@WithTestDatabase
class ComponentFormIT {

    @TempDir
    Path dir;

    private final FormTesting t = new FormTesting();
    private final java.util.List<String> created = new java.util.ArrayList<>();

    /** The run shares one DynamoDB Local: tables made here are dropped again, so other tests list fewer. */
    @org.junit.jupiter.api.AfterEach
    void dropTables(DynamoDbClient client) {
        created.forEach(table -> client.deleteTable(b -> b.tableName(table)));
    }

    private String made(String table) {
        created.add(table);
        return table;
    }

    private ComponentFormViewModel localForm(TestDatabase db, String table) {
        ComponentFormViewModel form = ComponentFormViewModel.newComponent(dir,
                t.services(AppParts.connections()));
        form.field(FormField.ENDPOINT).textProperty().set(db.endpoint().toString());
        form.field(FormField.TABLE).textProperty().set(table);
        return form;
    }

    private static ConnectionStep step(ComponentFormViewModel form, int index) {
        return form.connection().steps().get(index);
    }

    @Test
    void daprShapedTable_passesTheProbeAndTheTableCheck_withTimings(DaprTables tables, TestDatabase db) {
        ComponentFormViewModel form = localForm(db, made(tables.createWithTtl("expiresAt")));

        form.testConnection();

        assertThat(form.connection().steps()).extracting(ConnectionStep::outcome)
                .containsExactly(Outcome.PASSED, Outcome.PASSED, Outcome.PASSED);
        assertThat(step(form, 1).timing()).endsWith("ms");
        assertThat(step(form, 2).lines()).anySatisfy(l -> assertThat(l.text()).contains("TTL is enabled on expiresAt"));
        assertThat(form.connection().summaryProperty().get()).isEqualTo("Connected: daprd would start with these settings.");
    }

    @Test
    void tableWithoutTtl_isReported_withTheFix(DaprTables tables, TestDatabase db) {
        ComponentFormViewModel form = localForm(db, made(tables.create()));

        form.testConnection();

        assertThat(step(form, 1).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(step(form, 2).outcome()).isEqualTo(Outcome.WARNING);
        assertThat(step(form, 2).lines()).anySatisfy(l -> assertThat(l.text()).startsWith(
                "TTL is not enabled on expiresAt: DynamoDB will never delete expired items").contains("enable TTL"));
        assertThat(form.connection().summaryProperty().get()).startsWith("Connected, with warnings");
    }

    @Test
    void wrongKeySchema_failsTheProbe_andTheTableCheckSaysWhichKey(DaprTables tables, TestDatabase db) {
        ComponentFormViewModel form = localForm(db, made(tables.create("id", "expiresAt")));

        form.testConnection();

        assertThat(step(form, 1).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(step(form, 2).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(step(form, 2).lines()).anySatisfy(l -> assertThat(l.text())
                .contains("has the hash key 'id', but the component uses 'key'")
                .contains("set the component's partitionKey to 'id'"));
        assertThat(form.connection().summaryProperty().get()).startsWith("Connection test failed");

        form.field(FormField.PARTITION_KEY).textProperty().set("id");
        form.testConnection();
        assertThat(form.connection().steps()).extracting(ConnectionStep::outcome).doesNotContain(Outcome.FAILED);
    }

    @Test
    void missingTable_failsTheProbe_andPointsAtCreateTheTable(TestDatabase db) {
        ComponentFormViewModel form = localForm(db, "missing-" + UUID.randomUUID());

        form.testConnection();

        assertThat(step(form, 1).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(step(form, 1).lines().get(0).text()).contains("Create the table");
    }

    @Test
    void nothingListening_failsTheProbe_andSkipsTheTableCheck() {
        ComponentFormViewModel form = ComponentFormViewModel.newComponent(dir,
                t.services(AppParts.connections()));
        form.field(FormField.ENDPOINT).textProperty().set("http://127.0.0.1:1");

        form.testConnection();

        assertThat(step(form, 1).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(step(form, 1).lines().get(0).text()).contains("Nothing answered at http://127.0.0.1:1");
        assertThat(step(form, 2).outcome()).isEqualTo(Outcome.SKIPPED);
    }

    @Test
    void createTheTable_onALocalEndpoint_makesItAsDaprNeedsIt_thenTestsAgain(TestDatabase db,
                                                                             DynamoDbClient client) {
        String table = made("form-created-" + UUID.randomUUID());
        ComponentFormViewModel form = localForm(db, table);
        form.field(FormField.PARTITION_KEY).textProperty().set("pk");

        form.createTable();

        var description = client.describeTable(b -> b.tableName(table)).table();
        assertThat(description.keySchema()).singleElement().satisfies(k -> {
            assertThat(k.attributeName()).isEqualTo("pk");
            assertThat(k.keyType()).isEqualTo(KeyType.HASH);
        });
        assertThat(description.attributeDefinitions().get(0).attributeTypeAsString()).isEqualTo("S");
        assertThat(client.describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription())
                .satisfies(ttl -> {
                    assertThat(ttl.attributeName()).isEqualTo("expiresAt");
                    assertThat(ttl.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
                });
        assertThat(form.statusProperty().get()).startsWith("Created table '" + table + "'");
        assertThat(form.connection().steps()).extracting(ConnectionStep::outcome)
                .containsExactly(Outcome.PASSED, Outcome.PASSED, Outcome.PASSED);
    }

    @Test
    void createTheTable_isRefusedForAws_evenWhenAskedDirectly() {
        ComponentFormViewModel form = ComponentFormViewModel.newComponent(dir, t.services());
        form.applyTemplate(ComponentTemplate.AWS_PROFILE);
        FormCheck check = FormCheck.run(FolderSnapshot.empty(dir), dir.resolve("statestore.yaml"),
                form.previewProperty().get(), 0);

        assertThatThrownBy(() -> AppParts.connections().createTable(new ComponentConnections.Target(
                check.set(), check.component(), java.util.Map.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("only on a local endpoint");
    }
}
