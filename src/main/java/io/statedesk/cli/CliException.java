package io.statedesk.cli;

/**
 * A failure the command line reports as one line on stderr with its own exit code. The message is complete as it is:
 * it says what went wrong and, where there is something to do, what.
 */
public final class CliException extends RuntimeException {

    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public static CliException usage(String message) {
        return new CliException(ExitCodes.USAGE, message);
    }

    public static CliException failure(String message) {
        return new CliException(ExitCodes.FAILURE, message);
    }

    public static CliException failure(String message, Throwable cause) {
        return new CliException(ExitCodes.FAILURE, message, cause);
    }

    public int exitCode() {
        return exitCode;
    }
}
