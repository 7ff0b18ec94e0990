package io.statedesk.engine.table;

import java.util.List;
import java.util.Optional;

/**
 * The result of checking a table against what the component needs.
 *
 * @param table        the table name
 * @param exists       false when DynamoDB says there is no such table
 * @param diagnostics  every finding, problems first; empty when all is as Dapr needs it
 */
public record TableCheck(String table, boolean exists, List<Diagnostic> diagnostics, TableSize size) {

    /** The codes of {@link Diagnostic#code()}. */
    public static final String TABLE_NOT_FOUND = "TABLE_NOT_FOUND";
    public static final String TABLE_NOT_ACTIVE = "TABLE_NOT_ACTIVE";
    public static final String KEY_SCHEMA_SORT_KEY = "KEY_SCHEMA_SORT_KEY";
    public static final String KEY_SCHEMA_NAME = "KEY_SCHEMA_NAME";
    public static final String KEY_SCHEMA_TYPE = "KEY_SCHEMA_TYPE";
    public static final String TTL_ENABLED = "TTL_ENABLED";
    public static final String TTL_NOT_ENABLED = "TTL_NOT_ENABLED";
    public static final String TTL_OTHER_ATTRIBUTE = "TTL_OTHER_ATTRIBUTE";
    public static final String TTL_IGNORED_BY_COMPONENT = "TTL_IGNORED_BY_COMPONENT";
    public static final String TTL_STATUS_UNKNOWN = "TTL_STATUS_UNKNOWN";

    /** A check without size figures (the table is missing, or DynamoDB gave none). */
    public TableCheck(String table, boolean exists, List<Diagnostic> diagnostics) {
        this(table, exists, diagnostics, TableSize.UNKNOWN);
    }

    public TableCheck {
        size = size == null ? TableSize.UNKNOWN : size;
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
        return exists && diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR);
    }

    /** The finding with this code, if there is one. */
    public Optional<Diagnostic> find(String code) {
        return diagnostics.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public enum Severity { ERROR, WARNING, INFO }

    /** One finding, readable as it is: what is wrong and what to do. */
    public record Diagnostic(Severity severity, String code, String message) {
    }
}
