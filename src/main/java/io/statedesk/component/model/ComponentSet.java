package io.statedesk.component.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything loaded from one resources folder (or one file): what daprd would see with {@code --resources-path}.
 *
 * @param source the file or folder that was loaded
 * @param folder the folder the files are in; relative secret file paths resolve against it
 * @param files  the files read, in name order
 * @param notes   files skipped on purpose (not YAML)
 * @param hosting where daprd runs these components: files on disk are self-hosted, a cluster's are Kubernetes
 */
public record ComponentSet(Path source, Path folder, List<LoadedFile> files, List<LoadNote> notes, Hosting hosting) {

    public ComponentSet {
        files = List.copyOf(files);
        notes = List.copyOf(notes);
        hosting = hosting == null ? Hosting.SELF_HOSTED : hosting;
    }

    /** Components read from files, as self-hosted daprd reads them. */
    public ComponentSet(Path source, Path folder, List<LoadedFile> files, List<LoadNote> notes) {
        this(source, folder, files, notes, Hosting.SELF_HOSTED);
    }

    /** Every Component document, file by file, in order. */
    public List<ComponentManifest> components() {
        return files.stream().flatMap(f -> f.components().stream()).toList();
    }

    public List<ComponentManifest> dynamoDbComponents() {
        return components().stream().filter(ComponentManifest::isDynamoDb).toList();
    }

    /** The first component with this {@code metadata.name} (daprd refuses duplicates). */
    public Optional<ComponentManifest> component(String name) {
        return components().stream().filter(c -> name.equals(c.name())).findFirst();
    }

    public Optional<LoadedFile> file(Path path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /** Skipped files and skipped documents together. */
    public List<LoadNote> allNotes() {
        return java.util.stream.Stream.concat(notes.stream(), files.stream().flatMap(f -> f.notes().stream()))
                .toList();
    }

    /** Problems found while reading: sizes, YAML syntax, document shape. */
    public List<Violation> readProblems() {
        return files.stream().flatMap(f -> f.problems().stream()).toList();
    }
}
