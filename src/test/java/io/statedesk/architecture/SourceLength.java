package io.statedesk.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which source files of a package are longer than a limit. ArchUnit reads bytecode, which keeps no file length, so
 * "no app class over 150 lines" is checked on the sources (paths relative to the project, where Maven runs tests).
 */
final class SourceLength {

    private SourceLength() {
    }

    /** "Name.java: 180 lines" for each file in the folder (not below it) longer than {@code maxLines}. */
    static List<String> longerThan(Path folder, int maxLines) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted()
                    .filter(file -> lines(file) > maxLines)
                    .map(file -> file.getFileName() + ": " + lines(file) + " lines")
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
