package io.statedesk.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What import does with a key that already has an item. */
enum ImportMode {
    /** Writes only keys without an item (Dapr's first-write); an existing item is a conflict. */
    CREATE_ONLY("create-only"),
    /** Replaces whatever is there (Dapr's last-write). */
    OVERWRITE("overwrite"),
    /** Replaces an item only while it still has the ETag the export recorded; anything else is a conflict. */
    ETAG_CHECKED("etag-checked");

    private final String text;

    ImportMode(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    io.statedesk.transfer.CopyMode copyMode() {
        return io.statedesk.transfer.CopyMode.valueOf(name());
    }

    static final class Converter implements ITypeConverter<ImportMode> {
        @Override
        public ImportMode convert(String value) {
            for (ImportMode mode : values()) {
                if (mode.text.equalsIgnoreCase(value)) {
                    return mode;
                }
            }
            throw new TypeConversionException("'" + value + "' is not create-only, overwrite or etag-checked");
        }
    }
}
