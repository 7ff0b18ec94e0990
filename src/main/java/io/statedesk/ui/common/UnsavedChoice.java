package io.statedesk.ui.common;

/** The answer to "your edit is not saved": save it first, drop it, or stay where you are. */
public enum UnsavedChoice {
    SAVE, DISCARD, CANCEL
}
