package io.statedesk.cli;

import io.statedesk.engine.model.Consistency;
import io.statedesk.engine.model.Storage;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values in Dapr's own spelling. */
final class Converters {

    private Converters() {
    }

    static final class ConsistencyConverter implements ITypeConverter<Consistency> {
        @Override
        public Consistency convert(String value) {
            for (Consistency c : Consistency.values()) {
                if (c.daprName().equalsIgnoreCase(value)) {
                    return c;
                }
            }
            throw new TypeConversionException("'" + value + "' is not strong or eventual");
        }
    }

    /** Only S and B can be written; N exists for reading what other tools wrote. */
    static final class WritableStorageConverter implements ITypeConverter<Storage> {
        @Override
        public Storage convert(String value) {
            return switch (value.toUpperCase(Locale.ROOT)) {
                case "S" -> Storage.S;
                case "B" -> Storage.B;
                default -> throw new TypeConversionException("'" + value + "' is not S or B");
            };
        }
    }

    /** An empty {@code --etag} would make a checked write blind: refused before anything is sent. */
    static void requireNonEmptyEtag(String etag) {
        if (etag != null && etag.isBlank()) {
            throw CliException.usage("--etag is empty: give the ETag that was read (statedesk get KEY shows it), "
                    + "or leave --etag out to write whatever version is there");
        }
    }
}
