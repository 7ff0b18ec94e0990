package io.statedesk.component.form;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Undo and redo of form edits, as whole form states. Consecutive edits of the same input (typing a word) make one
 * step, so undo takes back the word, not the last letter.
 */
public final class FormHistory {

    private static final int LIMIT = 200;

    private final Deque<FormState> undo = new ArrayDeque<>();
    private final Deque<FormState> redo = new ArrayDeque<>();
    private Object lastInput;

    /** Remembers the state before an edit of {@code input} (null: never merged with the next edit). */
    public void record(FormState before, Object input) {
        redo.clear();
        if (input != null && input == lastInput && !undo.isEmpty()) {
            return;
        }
        undo.push(before);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        lastInput = input;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public FormState undo(FormState current) {
        redo.push(current);
        lastInput = null;
        return undo.pop();
    }

    public FormState redo(FormState current) {
        undo.push(current);
        lastInput = null;
        return redo.pop();
    }

    /** The next edit starts a new step, even in the same input. */
    public void seal() {
        lastInput = null;
    }
}
