package io.statedesk.engine.dynamodb;

import static io.statedesk.engine.table.TableCheck.KEY_SCHEMA_NAME;
import static io.statedesk.engine.table.TableCheck.KEY_SCHEMA_SORT_KEY;
import static io.statedesk.engine.table.TableCheck.KEY_SCHEMA_TYPE;
import static io.statedesk.engine.table.TableCheck.TABLE_NOT_ACTIVE;
import static io.statedesk.engine.table.TableCheck.TABLE_NOT_FOUND;
import static io.statedesk.engine.table.TableCheck.TTL_ENABLED;
import static io.statedesk.engine.table.TableCheck.TTL_IGNORED_BY_COMPONENT;
import static io.statedesk.engine.table.TableCheck.TTL_NOT_ENABLED;
import static io.statedesk.engine.table.TableCheck.TTL_OTHER_ATTRIBUTE;
import static io.statedesk.engine.table.TableCheck.TTL_STATUS_UNKNOWN;

import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.table.TableCheck;
import io.statedesk.engine.table.TableSize;
import io.statedesk.engine.table.TableCheck.Diagnostic;
import io.statedesk.engine.table.TableCheck.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * What daprd's probe cannot tell: whether the key schema is the one Dapr needs (one S hash key named as the
 * component says, no sort key) and whether DynamoDB will really delete expired items.
 */
final class TableChecker {

    private final StoreConfig config;
    private final DynamoDbClient client;
    private final Failures failures;

    TableChecker(StoreConfig config, DynamoDbClient client, Failures failures) {
        this.config = config;
        this.client = client;
        this.failures = failures;
    }

    TableCheck check() {
        String table = config.table();
        TableDescription description;
        try {
            description = client.describeTable(b -> b.tableName(table)).table();
        } catch (ResourceNotFoundException e) {
            return new TableCheck(table, false, List.of(new Diagnostic(Severity.ERROR, TABLE_NOT_FOUND,
                    "Table '" + table + "' does not exist at this endpoint and region: create it with a string (S) "
                            + "hash key named '" + config.partitionKey() + "' and no sort key, or correct the "
                            + "component's table, region or endpoint")));
        } catch (SdkException e) {
            throw failures.map(e, "DescribeTable", null);
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        checkKeySchema(description, diagnostics);
        if (description.tableStatus() != null && description.tableStatus() != TableStatus.ACTIVE) {
            diagnostics.add(new Diagnostic(Severity.WARNING, TABLE_NOT_ACTIVE, "Table '" + table + "' is "
                    + description.tableStatusAsString() + ", not ACTIVE: requests may fail until it is ACTIVE"));
        }
        checkTtl(diagnostics);
        diagnostics.sort(Comparator.comparing(Diagnostic::severity));
        TableSize size = new TableSize(
                description.itemCount() == null ? -1 : description.itemCount(),
                description.tableSizeBytes() == null ? -1 : description.tableSizeBytes());
        return new TableCheck(table, true, diagnostics, size);
    }

    private void checkKeySchema(TableDescription description, List<Diagnostic> diagnostics) {
        String wanted = config.partitionKey();
        for (KeySchemaElement element : description.keySchema()) {
            if (element.keyType() == KeyType.RANGE) {
                diagnostics.add(new Diagnostic(Severity.ERROR, KEY_SCHEMA_SORT_KEY, "Table '" + config.table()
                        + "' has a sort key '" + element.attributeName() + "': Dapr needs a simple primary key "
                        + "(its probe fails with 'key element does not match the schema'); use a table with only the "
                        + "hash key '" + wanted + "'"));
            } else if (!element.attributeName().equals(wanted)) {
                diagnostics.add(new Diagnostic(Severity.ERROR, KEY_SCHEMA_NAME, "Table '" + config.table()
                        + "' has the hash key '" + element.attributeName() + "', but the component uses '" + wanted
                        + "': set the component's partitionKey to '" + element.attributeName()
                        + "' (the metadata name is case-sensitive), or use a table keyed on '" + wanted + "'"));
            } else {
                String type = description.attributeDefinitions().stream()
                        .filter(d -> d.attributeName().equals(wanted))
                        .map(AttributeDefinition::attributeTypeAsString)
                        .findFirst().orElse("?");
                if (!type.equals("S")) {
                    diagnostics.add(new Diagnostic(Severity.ERROR, KEY_SCHEMA_TYPE, "The hash key '" + wanted
                            + "' of table '" + config.table() + "' has type " + type + ": Dapr stores keys as "
                            + "strings (S); use a table whose hash key has type S"));
                }
            }
        }
    }

    private void checkTtl(List<Diagnostic> diagnostics) {
        TimeToLiveDescription ttl;
        try {
            ttl = client.describeTimeToLive(b -> b.tableName(config.table())).timeToLiveDescription();
        } catch (SdkException e) {
            diagnostics.add(new Diagnostic(Severity.WARNING, TTL_STATUS_UNKNOWN, "The TTL status of table '"
                    + config.table() + "' could not be read (" + Failures.detail(e)
                    + "): allow dynamodb:DescribeTimeToLive to check it"));
            return;
        }
        TimeToLiveStatus status = ttl == null ? null : ttl.timeToLiveStatus();
        boolean on = status == TimeToLiveStatus.ENABLED || status == TimeToLiveStatus.ENABLING;
        String tableAttribute = ttl == null ? null : ttl.attributeName();
        String wanted = config.ttlAttributeName();
        if (wanted == null) {
            if (on && tableAttribute != null) {
                diagnostics.add(new Diagnostic(Severity.INFO, TTL_IGNORED_BY_COMPONENT, "TTL is enabled on " + tableAttribute
                        + " in the table, but the component has no ttlAttributeName: Dapr ignores ttlInSeconds and "
                        + "never hides expired items; set ttlAttributeName: " + tableAttribute + " to use it"));
            }
            return;
        }
        if (on && wanted.equals(tableAttribute)) {
            diagnostics.add(new Diagnostic(Severity.INFO, TTL_ENABLED, "TTL is "
                    + (status == TimeToLiveStatus.ENABLING ? "being enabled" : "enabled") + " on " + wanted
                    + ": DynamoDB deletes expired items (typically within days; Dapr hides them on read until then)"));
        } else if (on) {
            diagnostics.add(new Diagnostic(Severity.WARNING, TTL_OTHER_ATTRIBUTE, "TTL is enabled on "
                    + tableAttribute + ", but the component writes TTLs to " + wanted + ": DynamoDB will never "
                    + "delete items by " + wanted + "; set ttlAttributeName to " + tableAttribute
                    + " or enable TTL on " + wanted));
        } else {
            diagnostics.add(new Diagnostic(Severity.WARNING, TTL_NOT_ENABLED, "TTL is not enabled on " + wanted
                    + ": DynamoDB will never delete expired items (Dapr only hides them on read); enable TTL on the "
                    + "attribute " + wanted + " for table '" + config.table() + "'"));
        }
    }
}
