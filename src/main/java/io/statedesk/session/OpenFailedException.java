package io.statedesk.session;

import java.util.List;

/**
 * A component did not open, said in one message that fits the case (what is wrong, where, what to do) together
 * with the remedies the window can offer as buttons.
 */
public final class OpenFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Remedy> remedies;

    public OpenFailedException(String message, List<Remedy> remedies, Throwable cause) {
        super(message, cause);
        this.remedies = List.copyOf(remedies);
    }

    public List<Remedy> remedies() {
        return remedies;
    }
}
