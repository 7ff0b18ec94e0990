package io.statedesk.component.secrets;

/** A secret store could not be opened: missing file, not JSON, unsupported type. Never carries secret values. */
public final class SecretStoreException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String fix;

    public SecretStoreException(String message, String fix) {
        super(message);
        this.fix = fix;
    }

    /** What the user can do about it. */
    public String fix() {
        return fix;
    }
}
