package io.statedesk.engine.json;

/** Text that is not one valid JSON value, with the 1-based line and column where reading stopped. */
public final class InvalidJsonException extends IllegalArgumentException {

    private final int line;
    private final int column;
    private final String reason;

    public InvalidJsonException(int line, int column, String reason, Throwable cause) {
        super("Invalid JSON at line " + line + ", column " + column + ": " + reason, cause);
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** What is wrong, without the position. */
    public String reason() {
        return reason;
    }
}
