package io.statedesk.component.kubernetes;

/**
 * A cluster could not be asked what StateDesk needs. The message is one sentence saying what happened and where
 * (context, namespace, resource); {@link #fix()} says what to do. Never carries a Secret's value.
 */
public final class ClusterException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, for callers that react differently (a 403 on pods only hides app ids). */
    public enum Kind { FORBIDDEN, UNAUTHORIZED, UNREACHABLE, NOT_INSTALLED, NOT_FOUND, KUBECONFIG, OTHER }

    private final Kind kind;
    private final String fix;

    public ClusterException(Kind kind, String message, String fix, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.fix = fix;
    }

    public Kind kind() {
        return kind;
    }

    public String fix() {
        return fix;
    }
}
