package io.statedesk.sandbox;

/** dynoxide did not start: the message says what it printed or why it could not run. */
public final class DynoxideStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DynoxideStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
