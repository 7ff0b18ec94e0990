package io.statedesk.interop;

import io.statedesk.component.ComponentLoader;
import io.statedesk.component.PreparedStore;
import io.statedesk.component.aws.AwsSetupException;
import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.sandbox.LocalDynamoDbServer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A StateDesk-made Dapr component in the YAML shape {@code io.statedesk.sandbox.Sandbox} writes (quoted values,
 * DynamoDB Local's fake keys), optionally with a {@code keyPrefix}; and the way back: StateDesk's component layer
 * opening a component of a folder exactly as the window and the command line do.
 */
final class ComponentYaml {

    private ComponentYaml() {
    }

    static Path write(Path folder, String name, String table, URI endpoint, String ttlAttribute, String keyPrefix,
            boolean actorStateStore) throws IOException {
        StringBuilder yaml = new StringBuilder("""
                # Written by StateDesk's interop check, in the shape of the sandbox component.
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: %s
                spec:
                  type: state.aws.dynamodb
                  version: v1
                  metadata:
                  - name: table
                    value: "%s"
                  - name: endpoint
                    value: "%s"
                  - name: region
                    value: "%s"
                  - name: accessKey
                    value: "%s"
                  - name: secretKey
                    value: "%s"
                  - name: ttlAttributeName
                    value: "%s"
                """.formatted(name, table, endpoint, LocalDynamoDbServer.REGION, LocalDynamoDbServer.ACCESS_KEY,
                LocalDynamoDbServer.SECRET_KEY, ttlAttribute));
        if (keyPrefix != null) {
            yaml.append("  - name: keyPrefix\n    value: \"").append(keyPrefix).append("\"\n");
        }
        if (actorStateStore) {
            yaml.append("  - name: actorStateStore\n    value: \"true\"\n");
        }
        Files.createDirectories(folder);
        Path file = folder.resolve(name + ".yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    /** Loads the folder and prepares one component through StateDesk's component layer (validation included). */
    static PreparedStore prepare(Path folder, String name) throws IOException, AwsSetupException {
        ComponentSet set = ComponentLoader.load(folder);
        ComponentManifest component = set.component(name)
                .orElseThrow(() -> new IllegalArgumentException("No component " + name + " in " + folder));
        return PreparedStore.prepare(set, component, System.getenv(), null, null);
    }
}
