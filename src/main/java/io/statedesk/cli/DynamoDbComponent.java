package io.statedesk.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code state.aws.dynamodb} component as the command line needs it: its name, file and metadata values (secret
 * references already resolved), read the way daprd reads them.
 *
 * @param file     where it was declared
 * @param name     {@code metadata.name}
 * @param metadata {@code spec.metadata} names and values in file order; a later duplicate wins, as in daprd
 */
record DynamoDbComponent(Path file, String name, Map<String, String> metadata) {

    DynamoDbComponent {
        metadata = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** A field the Go component decodes: names match case-insensitively; the last matching item wins. */
    Optional<String> field(String fieldName) {
        String found = null;
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(fieldName.toLowerCase(Locale.ROOT))) {
                found = e.getValue();
            }
        }
        return Optional.ofNullable(found).filter(v -> !v.isEmpty());
    }

    /** {@code partitionKey} is looked up by its exact name in the raw map (a quirk of the Go component). */
    Optional<String> exactField(String fieldName) {
        return Optional.ofNullable(metadata.get(fieldName));
    }
}
