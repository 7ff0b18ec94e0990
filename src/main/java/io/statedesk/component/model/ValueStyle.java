package io.statedesk.component.model;

/** How a metadata {@code value} is written in the YAML, which decides how an edit quotes the new text. */
public enum ValueStyle {
    /** No {@code value} key at all. */
    ABSENT,
    /** {@code value:} with nothing after it, or {@code null} / {@code ~}. */
    NULL,
    PLAIN,
    SINGLE_QUOTED,
    DOUBLE_QUOTED,
    /** A {@code |} or {@code >} block. */
    BLOCK,
    /** A mapping or a sequence: daprd keeps it as JSON text. */
    STRUCTURE
}
