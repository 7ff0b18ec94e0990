package io.statedesk.compare;

import java.util.Locale;

/** How a key of one side compares with the other. */
public enum DiffKind {
    ONLY_LEFT, ONLY_RIGHT, DIFFERENT, SAME;

    /** The name in JSON lines: {@code only-left}, {@code only-right}, {@code different}, {@code same}. */
    public String text() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
