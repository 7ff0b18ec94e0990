package io.statedesk.component.aws;

/** StateDesk cannot build AWS credentials or a client as asked; the message says why, {@link #fix()} what to do. */
public final class AwsSetupException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String fix;

    public AwsSetupException(String message, String fix) {
        super(message);
        this.fix = fix;
    }

    public AwsSetupException(String message, String fix, Throwable cause) {
        super(message, cause);
        this.fix = fix;
    }

    public String fix() {
        return fix;
    }
}
