package io.statedesk.engine.model;

/** Dapr's read consistency: {@code eventual} is the default, {@code strong} asks DynamoDB for a consistent read. */
public enum Consistency {
    EVENTUAL("eventual"),
    STRONG("strong");

    private final String daprName;

    Consistency(String daprName) {
        this.daprName = daprName;
    }

    public String daprName() {
        return daprName;
    }
}
