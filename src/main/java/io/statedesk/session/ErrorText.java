package io.statedesk.session;

import io.statedesk.engine.error.StateStoreException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns a failure into the one clear sentence the window shows: never a stack trace. */
public final class ErrorText {

    private ErrorText() {
    }

    public static String of(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof StateStoreException || cause instanceof IllegalArgumentException) {
            return cause.getMessage();
        }
        String message = cause.getMessage();
        String kind = cause.getClass().getSimpleName().replaceAll("(Exception|Error)$", "");
        return message == null || message.isBlank() ? "Unexpected failure: " + kind : message;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof ExecutionException || current instanceof CompletionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
