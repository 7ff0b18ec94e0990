package io.statedesk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

@WithTestDatabase
class TestDatabaseHarnessIT {

    @Test
    void createdTable_hasDaprKeySchema_andTtlOnRequestedAttribute(DaprTables tables, DynamoDbClient client) {
        String table = tables.createWithTtl("expiresAt");

        var description = client.describeTable(b -> b.tableName(table)).table();
        assertThat(description.keySchema()).singleElement().satisfies(key -> {
            assertThat(key.attributeName()).isEqualTo("key");
            assertThat(key.keyType()).isEqualTo(KeyType.HASH);
        });
        var ttl = client.describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription();
        assertThat(ttl.attributeName()).isEqualTo("expiresAt");
        assertThat(ttl.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
    }

    @Test
    void server_storesBinaryValuesByteForByte(DaprTables tables, DynamoDbClient client) {
        String table = tables.create();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
        client.putItem(b -> b.tableName(table).item(Map.of(
                "key", AttributeValue.fromS("app||k"),
                "value", AttributeValue.fromB(software.amazon.awssdk.core.SdkBytes.fromByteArray(png)))));

        var item = client.getItem(b -> b.tableName(table).key(Map.of("key", AttributeValue.fromS("app||k")))
                .consistentRead(true)).item();

        assertThat(item.get("value").b().asByteArray()).containsExactly(png);
    }

    @Test
    void eachTest_getsAFreshTable(DaprTables tables, DynamoDbClient client) {
        String first = tables.create();
        String second = tables.create();

        assertThat(first).isNotEqualTo(second);
        assertThat(client.scan(b -> b.tableName(second)).count()).isZero();
    }
}
