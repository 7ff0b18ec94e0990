package io.statedesk.component.form;

import io.statedesk.component.model.Severity;
import io.statedesk.component.model.Violation;

/** A finding shown next to a field: the component layer's message and what to do. */
public record FieldMessage(Severity severity, String message, String fix) {

    public FieldMessage {
        fix = fix == null ? "" : fix;
    }

    public static FieldMessage of(Violation v) {
        return new FieldMessage(v.severity(), v.message(), v.fix());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The sentence the form shows. */
    public String text() {
        return fix.isEmpty() ? message : message + " " + fix;
    }
}
