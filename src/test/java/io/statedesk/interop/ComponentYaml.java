package io.statedesk.interop;

import io.statedesk.component.ComponentLoader;
import io.statedesk.component.PreparedStore;
import io.statedesk.component.aws.AwsSetupException;
import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.sandbox.LocalComponentYaml;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A StateDesk-made Dapr component, written by the sandbox's own writer ({@code LocalComponentYaml}: quoted values,
 * the local server's fake keys), optionally with a {@code keyPrefix}; and the way back: StateDesk's component layer
 * opening a component of a folder exactly as the window and the command line do.
 */
final class ComponentYaml {

    private ComponentYaml() {
    }

    static Path write(Path folder, String name, String table, URI endpoint, String ttlAttribute, String keyPrefix,
            boolean actorStateStore) throws IOException {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("ttlAttributeName", ttlAttribute);
        if (keyPrefix != null) {
            extra.put("keyPrefix", keyPrefix);
        }
        if (actorStateStore) {
            extra.put("actorStateStore", "true");
        }
        String yaml = LocalComponentYaml.render("Written by StateDesk's interop check (the sandbox's component writer).",
                name, table, endpoint, extra);
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
