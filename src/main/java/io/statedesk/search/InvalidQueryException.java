package io.statedesk.search;

/** A search the user typed cannot run: the message says what is wrong, where, and how to write it. */
public final class InvalidQueryException extends RuntimeException {

    public InvalidQueryException(String message) {
        super(message);
    }
}
