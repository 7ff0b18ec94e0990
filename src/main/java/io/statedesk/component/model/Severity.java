package io.statedesk.component.model;

/** How bad a {@link Violation} is. */
public enum Severity {
    /** daprd refuses the component, fails at start, or the component cannot work as written. */
    ERROR,
    /** daprd accepts it, but probably not the way the author meant (ignored fields, silent fallbacks). */
    WARNING
}
