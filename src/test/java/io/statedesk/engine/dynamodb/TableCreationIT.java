package io.statedesk.engine.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.table.TableCheck;
import io.statedesk.engine.table.TableCreation;
import io.statedesk.testing.WithTestDatabase;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** The engine creates a table as Dapr needs it, so that nothing above it calls DynamoDB's table API. */
@WithTestDatabase
class TableCreationIT {

    private static String newName() {
        return "created-" + UUID.randomUUID();
    }

    @Test
    void createTable_makesTheDaprTable_withTtl_andTheCheckFindsNothingWrong(DynamoDbClient client) {
        String table = newName();
        StoreConfig config = StoreConfig.of(table).withTtlAttributeName("expiresAt");

        TableCreation created = EngineFixture.store(client, config).createTable();

        assertThat(created).isEqualTo(new TableCreation.Created(table, "key", "expiresAt"));
        TableDescription description = client.describeTable(b -> b.tableName(table)).table();
        assertThat(description.keySchema()).singleElement().satisfies(k -> {
            assertThat(k.attributeName()).isEqualTo("key");
            assertThat(k.keyType()).isEqualTo(KeyType.HASH);
        });
        TableCheck check = EngineFixture.store(client, config).checkTable();
        assertThat(check.ok()).isTrue();
        assertThat(check.find(TableCheck.TTL_ENABLED)).isPresent();
    }

    @Test
    void createTable_usesTheComponentsPartitionKey_andNoTtlWithoutAnAttribute(DynamoDbClient client) {
        String table = newName();
        StoreConfig config = StoreConfig.of(table).withPartitionKey("pkey");

        TableCreation created = EngineFixture.store(client, config).createTable();

        assertThat(created).isEqualTo(new TableCreation.Created(table, "pkey", null));
        assertThat(EngineFixture.store(client, config).checkTable().diagnostics()).isEmpty();
    }

    @Test
    void createTable_whenTheTableExists_changesNothing_andSaysSo(DynamoDbClient client) {
        String table = newName();
        StoreConfig config = StoreConfig.of(table);
        EngineFixture.store(client, config).createTable();

        TableCreation again = EngineFixture.store(client, config.withPartitionKey("other")).createTable();

        assertThat(again).isEqualTo(new TableCreation.AlreadyExists(table));
        assertThat(client.describeTable(b -> b.tableName(table)).table().keySchema().get(0).attributeName())
                .isEqualTo("key");
    }
}
