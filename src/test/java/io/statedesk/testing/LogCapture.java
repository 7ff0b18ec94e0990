package io.statedesk.testing;

import io.statedesk.logging.LogFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What this JVM's log file (target/test-logs in the build) received from now on. Tests share the file, so a test
 * reads only its own part; the appender flushes every line.
 */
public final class LogCapture {

    private final Path file;
    private final long start;

    private LogCapture(Path file, long start) {
        this.file = file;
        this.start = start;
    }

    /** Starts the log if nothing has logged yet, then marks the end of what is there. */
    public static LogCapture start() {
        org.slf4j.LoggerFactory.getLogger(LogCapture.class).info("--- capture starts");
        Path file = LogFiles.current();
        try {
            return new LogCapture(file, Files.exists(file) ? Files.size(file) : 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path file() {
        return file;
    }

    /** Every line written since {@link #start()}; after a rotation, the whole rotated file and the new one. */
    public String text() {
        try {
            long size = Files.size(file);
            if (size < start) {
                Path rotated = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.log$", ".1.log"));
                return Files.readString(rotated, StandardCharsets.UTF_8) + Files.readString(file,
                        StandardCharsets.UTF_8);
            }
            try (InputStream in = Files.newInputStream(file)) {
                in.skipNBytes(start);
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
