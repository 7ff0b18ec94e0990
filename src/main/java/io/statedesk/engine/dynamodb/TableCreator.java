package io.statedesk.engine.dynamodb;

import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.table.TableCreation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Creates a store's table as a Dapr user would (dapr-state-dynamodb.md §2.1, the StateDesk spec): the component's
 * partition key as the only key, of type S, on-demand capacity, and TTL on the component's attribute when it has one.
 */
final class TableCreator {

    private final StoreConfig config;
    private final DynamoDbClient client;
    private final Failures failures;

    TableCreator(StoreConfig config, DynamoDbClient client, Failures failures) {
        this.config = config;
        this.client = client;
        this.failures = failures;
    }

    TableCreation create() {
        String table = config.table();
        String hashKey = config.partitionKey();
        try {
            client.createTable(b -> b.tableName(table)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(AttributeDefinition.builder()
                            .attributeName(hashKey).attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName(hashKey).keyType(KeyType.HASH).build()));
        } catch (ResourceInUseException exists) {
            return new TableCreation.AlreadyExists(table);
        } catch (SdkException e) {
            throw failures.map(e, "CreateTable", null);
        }
        String ttl = config.ttlAttributeName();
        if (ttl != null) {
            try {
                client.updateTimeToLive(b -> b.tableName(table)
                        .timeToLiveSpecification(t -> t.attributeName(ttl).enabled(true)));
            } catch (SdkException e) {
                throw failures.map(e, "UpdateTimeToLive", null);
            }
        }
        return new TableCreation.Created(table, hashKey, ttl);
    }
}
