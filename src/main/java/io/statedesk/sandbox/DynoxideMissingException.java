package io.statedesk.sandbox;

/** The sandbox cannot start: no dynoxide binary was found. The message says where it looked and what to do. */
public final class DynoxideMissingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DynoxideMissingException(String advice) {
        super(advice);
    }
}
