package io.statedesk.engine.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.table.TableCheck;
import io.statedesk.engine.table.TableCheck.Diagnostic;
import io.statedesk.engine.table.TableCheck.Severity;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

@WithTestDatabase
class TableCheckIT {

    private static TableCheck check(DynamoDbClient client, StoreConfig config) {
        return EngineFixture.store(client, config).checkTable();
    }

    private static List<String> codes(TableCheck check) {
        return check.diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void daprTable_withTtlEnabledOnTheComponentsAttribute_isOk(DaprTables tables, DynamoDbClient client) {
        String table = tables.createWithTtl("expiresAt");

        TableCheck check = check(client, StoreConfig.of(table).withTtlAttributeName("expiresAt"));

        assertThat(check.exists()).isTrue();
        assertThat(check.ok()).isTrue();
        assertThat(check.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.INFO);
            assertThat(d.code()).isEqualTo("TTL_ENABLED");
        });
    }

    @Test
    void ttlNotEnabled_isAWarningThatSaysTheFix(DaprTables tables, DynamoDbClient client) {
        String table = tables.create();

        TableCheck check = check(client, StoreConfig.of(table).withTtlAttributeName("expiresAt"));

        assertThat(check.ok()).isTrue();
        assertThat(check.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.code()).isEqualTo("TTL_NOT_ENABLED");
            assertThat(d.message()).startsWith("TTL is not enabled on expiresAt: DynamoDB will never delete expired "
                    + "items").contains("enable TTL");
        });
    }

    @Test
    void ttlEnabledOnAnotherAttribute_isAWarning(DaprTables tables, DynamoDbClient client) {
        String table = tables.createWithTtl("ttl");

        TableCheck check = check(client, StoreConfig.of(table).withTtlAttributeName("expiresAt"));

        assertThat(codes(check)).containsExactly(TableCheck.TTL_OTHER_ATTRIBUTE);
        assertThat(check.find(TableCheck.TTL_OTHER_ATTRIBUTE).orElseThrow().message()).contains("ttl")
                .contains("expiresAt");
        assertThat(check.find(TableCheck.TTL_ENABLED)).isEmpty();
    }

    @Test
    void ttlEnabledButNotConfigured_isInformation(DaprTables tables, DynamoDbClient client) {
        String table = tables.createWithTtl("expiresAt");

        TableCheck check = check(client, StoreConfig.of(table));

        assertThat(codes(check)).containsExactly("TTL_IGNORED_BY_COMPONENT");
        assertThat(check.ok()).isTrue();
    }

    @Test
    void noTtlAnywhere_hasNoFindings(DaprTables tables, DynamoDbClient client) {
        assertThat(check(client, StoreConfig.of(tables.create())).diagnostics()).isEmpty();
    }

    @Test
    void customPartitionKey_matchingTheTable_isOk(DaprTables tables, DynamoDbClient client) {
        String table = tables.create("pkey", null);

        assertThat(check(client, StoreConfig.of(table).withPartitionKey("pkey")).ok()).isTrue();
        TableCheck wrongName = check(client, StoreConfig.of(table));
        assertThat(wrongName.ok()).isFalse();
        assertThat(codes(wrongName)).containsExactly("KEY_SCHEMA_NAME");
        assertThat(wrongName.diagnostics().get(0).message()).contains("partitionKey").contains("pkey");
    }

    @Test
    void tableWithASortKey_isAnError(DynamoDbClient client) {
        String table = "dapr-test-sort-" + UUID.randomUUID();
        client.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName("key").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("key").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));

        TableCheck check = check(client, StoreConfig.of(table));

        assertThat(check.ok()).isFalse();
        assertThat(codes(check)).containsExactly("KEY_SCHEMA_SORT_KEY");
    }

    @Test
    void hashKeyOfTypeN_isAnError(DynamoDbClient client) {
        String table = "dapr-test-n-" + UUID.randomUUID();
        client.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("key")
                        .attributeType(ScalarAttributeType.N).build())
                .keySchema(KeySchemaElement.builder().attributeName("key").keyType(KeyType.HASH).build()));

        TableCheck check = check(client, StoreConfig.of(table));

        assertThat(codes(check)).containsExactly("KEY_SCHEMA_TYPE");
        assertThat(check.diagnostics().get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void missingTable_doesNotExist_withADiagnosticThatSaysTheFix(DynamoDbClient client) {
        TableCheck check = check(client, StoreConfig.of("no-such-table"));

        assertThat(check.exists()).isFalse();
        assertThat(check.ok()).isFalse();
        assertThat(check.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("TABLE_NOT_FOUND");
            assertThat(d.message()).contains("no-such-table").contains("hash key named 'key'");
        });
    }
}
