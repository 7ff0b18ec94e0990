package io.statedesk.cli;

import java.nio.file.Path;

/** One validation finding, printed the way compilers print theirs: {@code file:line:column: severity: message}. */
record Finding(Path file, int line, int column, boolean error, String message) {

    String format() {
        return (file == null ? "<none>" : file.toString()) + ":" + line + ":" + column + ": "
                + (error ? "error" : "warning") + ": " + message.replace('\n', ' ').replace('\r', ' ');
    }
}
