package io.statedesk.ui.componentform;

import io.statedesk.session.ComponentConnections;
import io.statedesk.ui.ScriptedDialogs;
import io.statedesk.ui.common.CurrentThreadTaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A form without a screen: current-thread runner, scripted dialogs, recorded reopen requests. */
final class FormTesting {

    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final RecordingConnections connections = new RecordingConnections();
    final List<Path> reopened = new ArrayList<>();
    Map<String, String> environment = Map.of();
    /** The AWS profile the window would have chosen; null for daprd's order. */
    String awsProfile;

    FormServices services() {
        return services(connections);
    }

    FormServices services(ComponentConnections with) {
        return new FormServices(new CurrentThreadTaskRunner(), dialogs, with, environment, reopened::add,
                () -> awsProfile);
    }

    ComponentFormViewModel newComponent(Path folder) {
        return ComponentFormViewModel.newComponent(folder, services());
    }

    ComponentFormViewModel edit(Path file, String name) {
        return ComponentFormViewModel.edit(file, -1, name, services());
    }

    /** A folder with a local file secret store {@code local-secrets} reading {@code secrets.json}. */
    static void secretStoreFolder(Path folder, String secretsJson) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("secrets.yaml"), """
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: local-secrets
                spec:
                  type: secretstores.local.file
                  version: v1
                  metadata:
                  - name: secretsFile
                    value: secrets.json
                """);
        Files.writeString(folder.resolve("secrets.json"), secretsJson);
    }
}
