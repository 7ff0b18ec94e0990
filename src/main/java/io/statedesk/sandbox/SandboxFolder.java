package io.statedesk.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The files of the sandbox folder: the database file, the port chosen once, the pid of the running server, the
 * server's log, the component folder, and optionally the endpoint of a local DynamoDB the user runs instead.
 */
final class SandboxFolder {

    static final String DATABASE = "dynoxide.db";
    /** What the DynamoDB Local sandbox of StateDesk 0.1 kept: a folder with its own SQLite file. */
    static final String LEGACY_DATABASE = "db";

    private final Path folder;

    SandboxFolder(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    Path database() {
        return folder.resolve(DATABASE);
    }

    Path log() {
        return folder.resolve("dynoxide.log");
    }

    Path componentFolder() {
        return folder.resolve("components");
    }

    Path legacyData() {
        return folder.resolve(LEGACY_DATABASE);
    }

    boolean hasLegacyData() {
        return Files.isDirectory(legacyData());
    }

    void deleteLegacyData() {
        deleteTree(legacyData());
    }

    void deleteData() {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            delete(folder.resolve(DATABASE + suffix));
        }
        deleteTree(legacyData());
    }

    OptionalInt port() {
        return read("port").flatMap(SandboxFolder::parseInt).map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    void writePort(int port) {
        write("port", Integer.toString(port));
    }

    OptionalLong pid() {
        return read("server.pid").flatMap(text -> {
            try {
                return Optional.of(Long.parseLong(text));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    void writePid(long pid) {
        write("server.pid", Long.toString(pid));
    }

    void deletePid() {
        delete(folder.resolve("server.pid"));
    }

    /** The user's own local endpoint, when they chose one instead of dynoxide. */
    Optional<URI> endpoint() {
        return read("endpoint").map(URI::create);
    }

    void writeEndpoint(URI endpoint) {
        write("endpoint", endpoint.toString());
    }

    private Optional<String> read(String name) {
        try {
            String text = Files.readString(folder.resolve(name), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sandbox's " + folder.resolve(name), e);
        }
    }

    private void write(String name, String text) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(name), text + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the sandbox's " + folder.resolve(name), e);
        }
    }

    private static Optional<Integer> parseInt(String text) {
        try {
            int value = Integer.parseInt(text);
            return value > 0 && value < 65_536 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file, e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root, e);
        }
    }
}
