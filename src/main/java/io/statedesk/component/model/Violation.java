package io.statedesk.component.model;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a component file. Messages never contain metadata values, which may be secrets.
 *
 * @param file      the file, or null when the problem is not tied to one
 * @param line      1-based line
 * @param column    1-based column
 * @param component the component's {@code metadata.name}, or null before one is known
 * @param field     what the problem is about, as a path: {@code metadata.name}, {@code spec.metadata.table},
 *                  {@code file}, {@code yaml}
 * @param severity  error or warning
 * @param message   what is wrong
 * @param fix       what to do about it
 */
public record Violation(
        Path file,
        int line,
        int column,
        String component,
        String field,
        Severity severity,
        String message,
        String fix) {

    public static final Comparator<Violation> BY_POSITION = Comparator
            .comparing((Violation v) -> v.file() == null ? "" : v.file().toString())
            .thenComparingInt(Violation::line)
            .thenComparingInt(Violation::column);

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        fix = fix == null ? "" : fix;
    }

    public static Violation at(Path file, SourceSpan span, String component, String field, Severity severity,
                               String message, String fix) {
        SourceSpan s = span == null ? SourceSpan.FILE_START : span;
        return new Violation(file, s.line(), s.column(), component, field, severity, message, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: SEVERITY field: message (fix)}, the way compilers print it. */
    public String describe() {
        String where = (file == null ? "" : file.getFileName() + ":") + line + ":" + column;
        return where + ": " + severity + " " + field + ": " + message + (fix.isEmpty() ? "" : " " + fix);
    }
}
