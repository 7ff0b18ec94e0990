package io.statedesk.session;

import io.statedesk.component.PreparedStore;
import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.component.model.Violation;
import io.statedesk.engine.error.AccessDeniedException;
import io.statedesk.engine.error.StateStoreException;
import io.statedesk.engine.error.TableNotFoundException;
import io.statedesk.engine.error.UnavailableException;
import io.statedesk.engine.table.TableCheck;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Why a component did not open, in words that fit the case (what is wrong, where, what to do), with the remedies the
 * window can offer. Every text passes the component's redactions: an endpoint or table from a secret never shows.
 */
final class OpenFailures {

    private final PreparedComponent component;
    private final WritePolicy policy;

    OpenFailures(PreparedComponent component, WritePolicy policy) {
        this.component = component;
        this.policy = policy;
    }

    /** Validation errors: daprd would not start the component either. */
    OpenFailedException invalid() {
        PreparedStore prepared = component.store();
        return new OpenFailedException(prepared.redactions().apply(prepared.problems().stream()
                .filter(Violation::isError).map(Violation::describe).collect(Collectors.joining("\n"))),
                List.of(Remedy.EDIT_COMPONENT), null);
    }

    /** The table check found what daprd cannot work with (a sort key, another key name or type). */
    OpenFailedException unusableTable(TableCheck check) {
        return new OpenFailedException(component.store().redactions().apply(check.diagnostics().stream()
                .filter(d -> d.severity() == TableCheck.Severity.ERROR)
                .map(TableCheck.Diagnostic::message)
                .collect(Collectors.joining(" "))) + ". daprd cannot use this table as it is: correct the"
                + " component (table, partitionKey), or the table.", List.of(Remedy.EDIT_COMPONENT, Remedy.RETRY),
                null);
    }

    /** The failure of the probe or the table check; anything else is returned as it is. */
    RuntimeException explained(RuntimeException e, String where) {
        PreparedStore prepared = component.store();
        ComponentChoice choice = component.choice();
        DynamoDbComponentConfig config = prepared.config();
        boolean local = policy.isLocal(config.endpoint());
        String message = prepared.redactions().apply(e.getMessage());
        String table = prepared.redactions().apply(config.table());
        if (e instanceof TableNotFoundException) {
            return new OpenFailedException("Table '" + table + "' does not exist at " + where + ". "
                    + (local ? "Create it here as Dapr needs it (hash key '" + config.partitionKey() + "' of type S"
                            + (config.ttlAttributeName() == null ? "" : ", TTL on " + config.ttlAttributeName())
                            + "), or correct the table name in " + origin(choice) + "."
                            : "Create it with your AWS tooling, or correct the table name or the region in "
                                    + origin(choice) + ". (daprd fails to start the same way.)"),
                    local && !choice.fromCluster() ? List.of(Remedy.CREATE_TABLE, Remedy.EDIT_COMPONENT, Remedy.RETRY)
                            : List.of(Remedy.EDIT_COMPONENT, Remedy.RETRY), e);
        }
        if (e instanceof UnavailableException) {
            return new OpenFailedException(local
                    ? "Nothing answers at " + where + ": " + message + ". Start the local DynamoDB there"
                            + " (dynoxide, DynamoDB Local, LocalStack), or correct the endpoint in " + origin(choice)
                            + "."
                    : "DynamoDB at " + where + " could not be reached: " + message + ". Check the network"
                            + " (VPN, proxy), the region and the endpoint in " + origin(choice) + ".",
                    List.of(Remedy.RETRY, Remedy.EDIT_COMPONENT), e);
        }
        if (e instanceof AccessDeniedException) {
            return new OpenFailedException(message + " (" + prepared.credentials().explanation() + ")",
                    List.of(Remedy.RETRY, Remedy.EDIT_COMPONENT), e);
        }
        if (e instanceof OpenFailedException) {
            return e;
        }
        if (e instanceof StateStoreException) {
            return new OpenFailedException(message, List.of(Remedy.RETRY, Remedy.EDIT_COMPONENT), e);
        }
        return e;
    }

    /** Where the component can be corrected: its file, or its name and namespace in a cluster. */
    private static String origin(ComponentChoice choice) {
        return choice.fromCluster() ? "component " + choice.name() + " of namespace " + choice.cluster().namespace()
                : choice.file().toString();
    }
}
