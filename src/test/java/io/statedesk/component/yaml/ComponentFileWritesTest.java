package io.statedesk.component.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one way component files are written: new files never overwrite, replacements land whole. */
class ComponentFileWritesTest {

    @TempDir
    Path dir;

    @Test
    void writeNew_createsTheFileAndItsFolder_butNeverOverwrites() throws Exception {
        Path file = dir.resolve("components").resolve("statestore.yaml");

        ComponentFileWrites.writeNew(file, bytes("kind: Component\n"));

        assertThat(Files.readString(file)).isEqualTo("kind: Component\n");
        assertThatThrownBy(() -> ComponentFileWrites.writeNew(file, bytes("other\n")))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo("kind: Component\n");
    }

    @Test
    void replace_putsTheWholeTextInPlace_keepsThePermissions_andLeavesNoTemporaryFile() throws Exception {
        Path file = Files.writeString(dir.resolve("statestore.yaml"), "old\n");
        boolean posix = Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null;
        if (posix) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }

        ComponentFileWrites.replace(file, bytes("new\n"));

        assertThat(Files.readString(file)).isEqualTo("new\n");
        if (posix) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
