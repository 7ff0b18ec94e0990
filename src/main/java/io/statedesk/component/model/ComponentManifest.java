package io.statedesk.component.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One Dapr Component document as written, with the position of every part that validation or an edit needs.
 * Values are as daprd reads them; nothing is resolved (secret references stay references).
 *
 * @param file          the file it came from
 * @param documentIndex 0-based index of the document inside the file (daprd splits files at lines starting {@code ---})
 * @param apiVersion    {@code apiVersion} text, or null
 * @param kind          {@code kind} text, or null
 * @param name          {@code metadata.name}, or null
 * @param namespace     {@code metadata.namespace}, or null
 * @param type          {@code spec.type}, or null
 * @param version       {@code spec.version}, or null
 * @param metadata      {@code spec.metadata} items in order
 * @param secretStore   {@code auth.secretStore}, or null
 * @param scopes        {@code scopes}
 * @param initTimeout   {@code spec.initTimeout} text, or null
 * @param ignoreErrors  {@code spec.ignoreErrors} text, or null
 * @param spans         positions by path: {@code document}, {@code apiVersion}, {@code kind}, {@code metadata},
 *                      {@code metadata.name}, {@code spec}, {@code spec.type}, {@code spec.version},
 *                      {@code spec.metadata}, {@code spec.initTimeout}, {@code spec.ignoreErrors}, {@code auth},
 *                      {@code auth.secretStore}, {@code scopes}, ...
 */
public record ComponentManifest(
        Path file,
        int documentIndex,
        String apiVersion,
        String kind,
        String name,
        String namespace,
        String type,
        String version,
        List<MetadataItem> metadata,
        String secretStore,
        List<String> scopes,
        String initTimeout,
        String ignoreErrors,
        Map<String, SourceSpan> spans) {

    public static final String API_VERSION = "dapr.io/v1alpha1";
    public static final String KIND = "Component";
    public static final String DYNAMODB_TYPE = "state.aws.dynamodb";
    public static final String LOCAL_FILE_SECRET_STORE = "secretstores.local.file";
    public static final String LOCAL_ENV_SECRET_STORE = "secretstores.local.env";

    public ComponentManifest {
        metadata = List.copyOf(metadata);
        scopes = List.copyOf(scopes);
        spans = Map.copyOf(spans);
    }

    /** The position of a part, falling back to its parent path and finally to the document. */
    public SourceSpan span(String path) {
        String p = path;
        while (true) {
            SourceSpan s = spans.get(p);
            if (s != null) {
                return s;
            }
            int dot = p.lastIndexOf('.');
            if (dot < 0) {
                return spans.getOrDefault("document", SourceSpan.FILE_START);
            }
            p = p.substring(0, dot);
        }
    }

    /** daprd compares component types case-insensitively. */
    public boolean hasType(String componentType) {
        return type != null && type.equalsIgnoreCase(componentType);
    }

    public boolean isDynamoDb() {
        return hasType(DYNAMODB_TYPE);
    }

    public boolean isSecretStore() {
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("secretstores.");
    }

    public Optional<String> displayName() {
        return Optional.ofNullable(name);
    }

    /** Items whose name equals {@code itemName} exactly, in file order. */
    public List<MetadataItem> itemsNamed(String itemName) {
        return metadata.stream().filter(i -> i.name().equals(itemName)).toList();
    }

    /** The item daprd would use for an exact name: with duplicates the last one wins (it fills a map in order). */
    public Optional<MetadataItem> item(String itemName) {
        List<MetadataItem> found = itemsNamed(itemName);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    /** Items matching a field name case-insensitively, as daprd's DecodeMetadata matches them. */
    public List<MetadataItem> itemsMatching(String fieldName) {
        return metadata.stream().filter(i -> i.name().equalsIgnoreCase(fieldName)).toList();
    }

    /** {@code spec.ignoreErrors} as daprd reads it: only a YAML true counts. */
    public boolean ignoresErrors() {
        return ignoreErrors != null && ignoreErrors.equalsIgnoreCase("true");
    }

    /** A short label for lists: {@code name (type)}. */
    public String label() {
        return (name == null ? "<no name>" : name) + " (" + (type == null ? "no type" : type) + ")";
    }
}
