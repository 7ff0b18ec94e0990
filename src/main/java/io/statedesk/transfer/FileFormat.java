package io.statedesk.transfer;

import java.nio.file.Path;
import java.util.Locale;

/** The files the window exports and imports. */
public enum FileFormat {
    /** The command line's export format: every item, byte for byte, with storage, ETag and TTL. */
    JSON_LINES("JSON Lines", "jsonl"),
    /** {@code key,value} with a header row, for text values only: for spreadsheets and scripts. */
    CSV("CSV (key, value; text values only)", "csv");

    private final String label;
    private final String extension;

    FileFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    /** CSV for a {@code .csv} file, else JSON Lines. */
    public static FileFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? CSV : JSON_LINES;
    }

    @Override
    public String toString() {
        return label;
    }
}
