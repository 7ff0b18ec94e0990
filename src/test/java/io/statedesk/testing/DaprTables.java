package io.statedesk.testing;

import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Creates fresh tables shaped as Dapr's state store needs them, one per test, so tests never share state. */
public final class DaprTables {

    private final DynamoDbClient client;

    DaprTables(DynamoDbClient client) {
        this.client = client;
    }

    /** A table with hash key {@code key} (S) and no TTL. */
    public String create() {
        return create("key", null);
    }

    /** A table with hash key {@code key} (S) and TTL enabled on {@code ttlAttribute}. */
    public String createWithTtl(String ttlAttribute) {
        return create("key", ttlAttribute);
    }

    /** A table with the given hash key name (S) and, when not null, TTL enabled on {@code ttlAttribute}. */
    public String create(String partitionKey, String ttlAttribute) {
        String table = "dapr-test-" + UUID.randomUUID();
        client.createTable(b -> b.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder()
                        .attributeName(partitionKey).attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName(partitionKey).keyType(KeyType.HASH).build()));
        if (ttlAttribute != null) {
            client.updateTimeToLive(b -> b.tableName(table)
                    .timeToLiveSpecification(t -> t.attributeName(ttlAttribute).enabled(true)));
        }
        return table;
    }

    public DynamoDbClient client() {
        return client;
    }
}
