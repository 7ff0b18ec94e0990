package io.statedesk.component.form;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.LoadedFile;
import io.statedesk.component.yaml.ComponentFileReader;
import io.statedesk.component.yaml.ComponentFileWrites;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** The component form's file I/O over the component layer's reader and writes (blocking: off the UI thread). */
public final class FormFiles {

    private FormFiles() {
    }

    /** A component file as loaded, and the component the form edits in it. */
    public record Loaded(LoadedFile file, ComponentManifest component) {
    }

    /**
     * Reads a file and finds the component: the document starting at {@code documentLine}, else the one named
     * {@code name}, else the file's only DynamoDB component.
     */
    public static Loaded read(Path file, int documentLine, String name) {
        LoadedFile loaded = ComponentFileReader.read(file.toAbsolutePath().normalize());
        if (!loaded.wasRead()) {
            throw new IllegalStateException(loaded.problems().isEmpty() ? "Cannot read " + file
                    : loaded.problems().get(0).message());
        }
        Optional<ComponentManifest> found = loaded.components().stream()
                .filter(c -> c.span("document").line() == documentLine).findFirst()
                .or(() -> loaded.components().stream().filter(c -> name != null && (name.equals(c.name())
                        || name.equals(c.label()))).findFirst())
                .or(() -> {
                    var dynamo = loaded.components().stream().filter(ComponentManifest::isDynamoDb).toList();
                    return dynamo.size() == 1 ? Optional.of(dynamo.get(0)) : Optional.empty();
                });
        ComponentManifest component = found.orElseThrow(() -> new IllegalStateException(file.getFileName()
                + " holds no component the form can edit" + (name == null ? "" : " named " + name) + "."));
        if (!component.isDynamoDb()) {
            throw new IllegalStateException(component.label() + " is not a state.aws.dynamodb component; the form"
                    + " edits DynamoDB state stores only.");
        }
        return new Loaded(loaded, component);
    }

    /** Reads the file again after saving and finds the same document. */
    public static Loaded reread(Path file, int documentIndex) {
        LoadedFile loaded = ComponentFileReader.read(file);
        ComponentManifest component = loaded.components().stream()
                .filter(c -> c.documentIndex() == documentIndex)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The saved file " + file + " no longer holds the"
                        + " component."));
        return new Loaded(loaded, component);
    }

    /** Writes a new file; replaces an existing one only when told to (the user confirmed), all at once. */
    public static void writeNew(Path file, String text, boolean replace) throws IOException {
        byte[] bytes = ComponentFileWrites.encode(text, false);
        if (replace) {
            ComponentFileWrites.replace(file, bytes);
        } else {
            ComponentFileWrites.writeNew(file, bytes);
        }
    }
}
