package io.statedesk.component.model;

import java.util.Objects;

/**
 * A metadata value that may be confidential. It lives in memory only: {@link #toString()} masks it, so it never
 * reaches a log line, an exception message or a debugger's summary by accident. Call {@link #reveal()} where the
 * text is really needed (building credentials, filling a masked field).
 */
public final class Secret {

    private static final Secret EMPTY = new Secret("");

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        Objects.requireNonNull(value, "value");
        return value.isEmpty() ? EMPTY : new Secret(value);
    }

    public static Secret empty() {
        return EMPTY;
    }

    public String reveal() {
        return value;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    public int length() {
        return value.length();
    }

    @Override
    public String toString() {
        return value.isEmpty() ? "Secret[empty]" : "Secret[****]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
