package io.statedesk.ui.componentform;

import io.statedesk.session.ComponentConnections;
import io.statedesk.ui.common.DialogService;
import io.statedesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the form needs from the window.
 *
 * @param runner      runs every file and network call off the UI thread
 * @param dialogs     confirmations and errors
 * @param connections the connection test and local table creation
 * @param environment daprd's environment as StateDesk sees it (envRef, the env secret store)
 * @param reopen      opens a saved component file in a browser tab
 * @param awsProfile  the AWS profile the window opens components with (null: daprd's order), read on the UI thread
 *                    when a connection test starts
 */
public record FormServices(TaskRunner runner, DialogService dialogs, ComponentConnections connections,
                           Map<String, String> environment, Consumer<Path> reopen,
                           java.util.function.Supplier<String> awsProfile) {

    public FormServices {
        environment = Map.copyOf(environment);
    }

    /** Without a profile choice: connection tests use daprd's credential order. */
    public FormServices(TaskRunner runner, DialogService dialogs, ComponentConnections connections,
                        Map<String, String> environment, Consumer<Path> reopen) {
        this(runner, dialogs, connections, environment, reopen, () -> null);
    }
}
