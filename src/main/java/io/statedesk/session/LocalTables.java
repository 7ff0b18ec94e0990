package io.statedesk.session;

import io.statedesk.component.PreparedStore;
import io.statedesk.component.aws.AwsSetupException;
import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.component.settings.StateDeskSettings;
import io.statedesk.engine.StateStore;
import io.statedesk.engine.dynamodb.DynamoDbStateStores;
import io.statedesk.engine.error.StateStoreException;
import io.statedesk.engine.table.TableCreation;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** "Create table" of the window and the form: through the engine, and only where the write policy allows it. */
final class LocalTables {

    private LocalTables() {
    }

    /** @return what was created, as a sentence */
    static String create(PreparedStore prepared, SessionContext context) {
        DynamoDbComponentConfig config = prepared.config();
        if (!context.writePolicy().mayCreateTables(config.endpoint())) {
            throw new IllegalStateException("StateDesk creates tables only on a local endpoint (localhost, a"
                    + " loopback address, or a host marked local in " + StateDeskSettings.FILE_NAME + "); this"
                    + " component points at " + (config.endpoint() == null ? "AWS" : config.endpoint())
                    + ". Create the table with your usual AWS tooling.");
        }
        String table = config.table();
        try (DynamoDbClient client = context.clients().create(config, prepared.credentials(), context.settings());
             StateStore store = DynamoDbStateStores.create(prepared.storeConfig(false), client, Runnable::run)) {
            TableCreation creation = store.createTable();
            if (creation instanceof TableCreation.Created created) {
                return "Created table '" + table + "' at " + config.endpoint() + " with the hash key '"
                        + created.hashKey() + "' (S)" + (created.ttlAttribute() == null ? "."
                        : " and TTL enabled on " + created.ttlAttribute() + ".");
            }
            throw new IllegalStateException("Table '" + table + "' already exists at " + config.endpoint() + ".");
        } catch (AwsSetupException e) {
            throw new IllegalStateException(e.getMessage() + " " + e.fix(), e);
        } catch (StateStoreException e) {
            throw new IllegalStateException("Table '" + table + "' could not be created at " + config.endpoint()
                    + ": " + ErrorText.of(e), e);
        }
    }
}
