package io.statedesk.session;

/** What the user can do about a component that did not open: each is a button of the problem dialog. */
public enum Remedy {
    EDIT_COMPONENT("Edit component…"),
    CREATE_TABLE("Create table"),
    RETRY("Retry");

    private final String label;

    Remedy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
