package io.statedesk.interop;

import static io.statedesk.interop.Checks.SAME_INPUT;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.dynamodb.DynamoDbStateStores;
import io.statedesk.engine.error.StateStoreException;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * daprd's start-up probe (Init's GetItem of a random key) against tables Dapr cannot use: Dapr's component and
 * StateDesk's {@code probe()} fail alike, with Dapr's prefix and DynamoDB's own message.
 */
@DaprInterop
class InitInteropIT {

    private static final String PREFIX = "error validating DynamoDB table '%s' access: ";

    private InteropFixture fixture;
    private TestDatabase db;
    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    @BeforeAll
    void start(TestDatabase db, DaprTables tables) {
        this.db = db;
        fixture = InteropFixture.start(db, tables);
    }

    @AfterAll
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
        pool.shutdownNow();
    }

    private String createTable(String name, ScalarAttributeType hashType, String sortKey) {
        db.client().createTable(b -> {
            b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST);
            if (sortKey == null) {
                b.attributeDefinitions(AttributeDefinition.builder().attributeName("key").attributeType(hashType)
                        .build()).keySchema(KeySchemaElement.builder().attributeName("key").keyType(KeyType.HASH)
                        .build());
            } else {
                b.attributeDefinitions(
                        AttributeDefinition.builder().attributeName("key").attributeType(hashType).build(),
                        AttributeDefinition.builder().attributeName(sortKey).attributeType(ScalarAttributeType.S)
                                .build())
                        .keySchema(KeySchemaElement.builder().attributeName("key").keyType(KeyType.HASH).build(),
                                KeySchemaElement.builder().attributeName(sortKey).keyType(KeyType.RANGE).build());
            }
        });
        return name;
    }

    @Test
    void tablesDaprCannotUse_failDaprsInitAndStateDesksProbeAlike() {
        Checks checks = new Checks("Init (daprd's table probe)", "Dapr's `Init` and StateDesk's `probe()` on tables "
                + "Dapr cannot use: both fail; StateDesk's message begins with Dapr's `error validating DynamoDB table "
                + "'<t>' access: ` and carries DynamoDB's own message (Dapr prints the AWS SDK's `operation error` "
                + "wrapper, StateDesk the message and code).");
        String suffix = Long.toString(System.nanoTime(), 36);
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("missing table", "statedesk-missing-" + suffix);
        tables.put("table with a sort key", createTable("statedesk-sortkey-" + suffix, ScalarAttributeType.S, "sk"));
        tables.put("hash key of type N", createTable("statedesk-numkey-" + suffix, ScalarAttributeType.N, null));
        tables.put("the Dapr-shaped table", fixture.table());

        Script script = fixture.script();
        tables.forEach((label, table) -> {
            Map<String, String> metadata = new LinkedHashMap<>(fixture.componentMetadata());
            metadata.put("table", table);
            script.op("init", "init-" + table).set("metadata", GoDriver.JSON.valueToTree(metadata));
        });
        GoResults dapr = fixture.run(script);
        tables.forEach((label, table) -> {
            StateStoreException error;
            try (StateStore store = DynamoDbStateStores.create(StoreConfig.of(table), db.client(), pool)) {
                error = InteropFixture.attempt(store::probe);
            }
            String daprError = dapr.error("init-" + table);
            Outcomes.sameKind(checks, SAME_INPUT, label, "Init / probe", dapr, "init-" + table, error);
            if (daprError != null || error != null) {
                String engineText = error == null ? "ok" : error.getMessage();
                String prefix = PREFIX.formatted(table);
                String awsMessage = awsMessage(daprError);
                checks.record(SAME_INPUT, label, "Init / probe", "error text (same prefix, DynamoDB's message)",
                        daprError, engineText, daprError != null && daprError.startsWith(prefix)
                                && engineText.startsWith(prefix) && !awsMessage.isEmpty()
                                && engineText.contains(awsMessage));
            }
        });
        checks.assertAllEqual();
    }

    /** DynamoDB's message at the end of the Go SDK's text: after the last "Exception: ". */
    private static String awsMessage(String goError) {
        if (goError == null) {
            return "";
        }
        for (String marker : List.of("Exception: ")) {
            int at = goError.lastIndexOf(marker);
            if (at >= 0) {
                return goError.substring(at + marker.length()).trim();
            }
        }
        return "";
    }
}
