package io.statedesk.component.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;

/** How a component file is written back: its bytes as loaded, and a replace that never loses someone else's edit. */
public final class ComponentFileWrites {

    private ComponentFileWrites() {
    }

    /** The file's bytes for this text: UTF-8, with the byte order mark when the file had one. */
    public static byte[] encode(String text, boolean byteOrderMark) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!byteOrderMark) {
            return body;
        }
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    /**
     * Replaces the file with {@code replacement} only while it still holds {@code expected}: written next to it and
     * moved into place, keeping its permissions.
     *
     * @throws ComponentFileChangedException when the file on disk is no longer what was loaded
     */
    public static void replaceIfUnchanged(Path path, byte[] expected, byte[] replacement) throws IOException {
        byte[] onDisk;
        try (InputStream in = Files.newInputStream(path)) {
            onDisk = in.readNBytes(expected.length + 1);
        }
        if (!Arrays.equals(onDisk, expected)) {
            throw new ComponentFileChangedException(path);
        }
        replace(path, replacement);
    }

    /**
     * Writes a component file that must not exist yet: an existing file of that name is never overwritten.
     *
     * @throws java.nio.file.FileAlreadyExistsException when it exists
     */
    public static void writeNew(Path path, byte[] bytes) throws IOException {
        Files.createDirectories(path.toAbsolutePath().getParent());
        Files.write(path, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /**
     * Replaces the file (or creates it) all at once: written next to it and moved into place, keeping the old file's
     * permissions, so that a reader (daprd, an editor) never sees half a file. For a file the user chose to replace.
     */
    public static void replace(Path path, byte[] replacement) throws IOException {
        Files.createDirectories(path.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(path.toAbsolutePath().getParent(), "." + path.getFileName(), ".tmp");
        try {
            Files.write(temp, replacement);
            PosixFileAttributeView posix = Files.exists(path)
                    ? Files.getFileAttributeView(path, PosixFileAttributeView.class) : null;
            if (posix != null) {
                Files.setPosixFilePermissions(temp, posix.readAttributes().permissions());
            }
            try {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
