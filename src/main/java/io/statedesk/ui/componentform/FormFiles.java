package io.statedesk.ui.componentform;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.LoadedFile;
import io.statedesk.component.yaml.ComponentFileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/** The form's file I/O (blocking: call it through the TaskRunner). */
final class FormFiles {

    private FormFiles() {
    }

    /** A component file as loaded, and the component the form edits in it. */
    record Loaded(LoadedFile file, ComponentManifest component) {
    }

    /**
     * Reads a file and finds the component: the document starting at {@code documentLine}, else the one named
     * {@code name}, else the file's only DynamoDB component.
     */
    static Loaded read(Path file, int documentLine, String name) {
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
    static Loaded reread(Path file, int documentIndex) {
        LoadedFile loaded = ComponentFileReader.read(file);
        ComponentManifest component = loaded.components().stream()
                .filter(c -> c.documentIndex() == documentIndex)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The saved file " + file + " no longer holds the"
                        + " component."));
        return new Loaded(loaded, component);
    }

    /** Writes a new file; replaces an existing one only when told to, through a temporary file. */
    static void writeNew(Path file, String text, boolean replace) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (!replace) {
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return;
        }
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
