package io.statedesk.engine.model;

/** Dapr's write concurrency: {@code last-write} is the default, {@code first-write} refuses to replace an item. */
public enum Concurrency {
    FIRST_WRITE("first-write"),
    LAST_WRITE("last-write");

    private final String daprName;

    Concurrency(String daprName) {
        this.daprName = daprName;
    }

    public String daprName() {
        return daprName;
    }
}
