package io.statedesk.engine.table;

import java.util.List;

/**
 * The result of checking a table against what the component needs.
 *
 * @param table        the table name
 * @param exists       false when DynamoDB says there is no such table
 * @param diagnostics  every finding, problems first; empty when all is as Dapr needs it
 */
public record TableCheck(String table, boolean exists, List<Diagnostic> diagnostics) {

    public TableCheck {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
        return exists && diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR);
    }

    public enum Severity { ERROR, WARNING, INFO }

    /** One finding, readable as it is: what is wrong and what to do. */
    public record Diagnostic(Severity severity, String code, String message) {
    }
}
