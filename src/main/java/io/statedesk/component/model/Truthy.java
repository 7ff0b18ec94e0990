package io.statedesk.component.model;

import java.util.Locale;
import java.util.Set;

/** dapr/kit {@code strings.IsTruthy}: trimmed, case-insensitive y, yes, true, t, on, 1. */
public final class Truthy {

    private static final Set<String> TRUE = Set.of("y", "yes", "true", "t", "on", "1");
    private static final Set<String> FALSE = Set.of("n", "no", "false", "f", "off", "0", "");

    private Truthy() {
    }

    public static boolean isTruthy(String value) {
        return value != null && TRUE.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether the text reads clearly as yes or no; anything else counts as false, probably not as meant. */
    public static boolean isRecognised(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return TRUE.contains(v) || FALSE.contains(v);
    }
}
