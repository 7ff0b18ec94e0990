package io.statedesk.component.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.sandbox.LocalCredentials;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A client built from a component, the way daprd builds it, reaches the table the component names. */
@WithTestDatabase
class ComponentClientIT {

    @Test
    void componentWithStaticKeysAndLocalEndpoint_seesItsTable(TestDatabase db, DaprTables tables) throws Exception {
        String table = tables.create();
        DynamoDbComponentConfig config = Components.dynamo("endpoint", db.endpoint().toString(),
                "region", LocalCredentials.REGION, "accessKey", LocalCredentials.ACCESS_KEY,
                "secretKey", LocalCredentials.SECRET_KEY);

        try (DynamoDbClient client = DynamoDbClientFactory.create(config, CredentialPlanner.daprd(config))) {
            // ListTables pages at 100 names and the run's database holds many tables: ask for this one
            assertThat(client.listTables(b -> b.exclusiveStartTableName(table.substring(0, table.length() - 1))
                    .limit(5)).tableNames()).contains(table);
            assertThat(client.describeTable(b -> b.tableName(table)).table().keySchema().get(0).attributeName())
                    .isEqualTo(config.partitionKey());
        }
    }
}
