package io.statedesk.component;

import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.model.LoadNote;
import io.statedesk.component.model.LoadedFile;
import io.statedesk.component.yaml.ComponentFileReader;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loads Dapr components from a single file or from a resources folder, as daprd's {@code --resources-path} does:
 * every {@code .yaml}/{@code .yml} file directly inside the folder (not in subfolders), in name order, several
 * documents per file. Problems with a file become {@link io.statedesk.component.model.Violation}s on it; only a
 * folder that cannot be listed throws.
 */
public final class ComponentLoader {

    private ComponentLoader() {
    }

    /** {@code ~/.dapr/components}, daprd's default resources folder in self-hosted mode. */
    public static Path defaultFolder(Path home) {
        return home.resolve(".dapr").resolve("components");
    }

    public static Path defaultFolder() {
        return defaultFolder(Path.of(System.getProperty("user.home")));
    }

    public static ComponentSet load(Path fileOrFolder) throws IOException {
        Path source = fileOrFolder.toAbsolutePath().normalize();
        if (Files.isDirectory(source)) {
            return loadFolder(source);
        }
        Path folder = source.getParent() == null ? source : source.getParent();
        return new ComponentSet(source, folder, List.of(ComponentFileReader.read(source)), List.of());
    }

    private static ComponentSet loadFolder(Path folder) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        }
        entries.sort(Path::compareTo);
        List<LoadedFile> files = new ArrayList<>();
        List<LoadNote> notes = new ArrayList<>();
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                continue;
            }
            if (isYaml(entry)) {
                files.add(ComponentFileReader.read(entry));
            } else {
                notes.add(new LoadNote(entry, 0, "Not a .yaml or .yml file; daprd does not load it."));
            }
        }
        return new ComponentSet(folder, folder, files, notes);
    }

    static boolean isYaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
