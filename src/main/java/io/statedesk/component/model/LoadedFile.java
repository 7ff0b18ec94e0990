package io.statedesk.component.model;

import java.nio.file.Path;
import java.util.List;

/**
 * One component file as read: its text (for position-exact edits) and what it holds.
 *
 * @param path         the file
 * @param text         the decoded text without a byte order mark; null when the file could not be read
 * @param byteOrderMark whether the file started with a UTF-8 byte order mark (kept when saving)
 * @param components   the Component documents, in order
 * @param notes        documents skipped on purpose
 * @param problems     problems found while reading (size, YAML syntax, shape); validation adds the rest
 */
public record LoadedFile(
        Path path,
        String text,
        boolean byteOrderMark,
        List<ComponentManifest> components,
        List<LoadNote> notes,
        List<Violation> problems) {

    public LoadedFile {
        components = List.copyOf(components);
        notes = List.copyOf(notes);
        problems = List.copyOf(problems);
    }

    public static LoadedFile refused(Path path, Violation problem) {
        return new LoadedFile(path, null, false, List.of(), List.of(), List.of(problem));
    }

    public boolean wasRead() {
        return text != null;
    }

    @Override
    public String toString() {
        return "LoadedFile[" + path + ", " + components.size() + " components, " + problems.size() + " problems]";
    }
}
