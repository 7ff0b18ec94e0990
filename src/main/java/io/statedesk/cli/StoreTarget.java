package io.statedesk.cli;

import io.statedesk.engine.StoreConfig;
import java.nio.file.Path;

/**
 * The one state store a command works on: the component it came from, what the engine needs, and how to reach it.
 *
 * @param file       the component file
 * @param config     the engine's view; read-only when the component points at AWS and writes were not allowed
 * @param connection endpoint, region and credentials, with the command line's overrides applied
 */
public record StoreTarget(Path file, StoreConfig config, Connection connection) {

    public String componentName() {
        return config.componentName();
    }

    /** For messages: {@code component 'statestore' (table dapr-state at AWS (us-east-1))}. */
    public String describe() {
        return "component '" + config.componentName() + "' (table " + config.table() + " at " + connection.describe()
                + ")";
    }
}
