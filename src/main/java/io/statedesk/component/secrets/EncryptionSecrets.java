package io.statedesk.component.secrets;

import io.statedesk.component.model.DynamoDbFields;
import io.statedesk.component.model.MetadataItem;
import io.statedesk.component.model.Secret;
import io.statedesk.component.model.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The component's state encryption keys as daprd finds them ({@code pkg/encryption} ComponentEncryptionKey): the
 * metadata items named exactly {@code primaryEncryptionKey} and {@code secondaryEncryptionKey}, each a
 * {@code secretKeyRef} whose secret holds the key as hex text. The key's name, which daprd appends to every encrypted
 * value, is the reference's secret {@code name} (not its {@code key}). Values stay {@link Secret}s.
 *
 * @param primary   the primary key, when the item is there and resolved
 * @param secondary the secondary key, when the item is there and resolved
 * @param declared  whether the component names a primary key at all (daprd encrypts only then)
 * @param problems  why a declared key could not be read, one sentence each (never a value)
 */
public record EncryptionSecrets(Optional<NamedKey> primary, Optional<NamedKey> secondary, boolean declared,
                                List<String> problems) {

    /** A key's name and its secret text (hex). */
    public record NamedKey(String name, Secret hex) {
        @Override
        public String toString() {
            return "NamedKey[" + name + ", " + hex + "]";
        }
    }

    public EncryptionSecrets {
        problems = List.copyOf(problems);
    }

    public static EncryptionSecrets of(ResolvedMetadata metadata) {
        List<String> problems = new ArrayList<>();
        Optional<NamedKey> primary = read(metadata, DynamoDbFields.PRIMARY_ENCRYPTION_KEY, problems);
        Optional<NamedKey> secondary = read(metadata, DynamoDbFields.SECONDARY_ENCRYPTION_KEY, problems);
        boolean declared = metadata.component().item(DynamoDbFields.PRIMARY_ENCRYPTION_KEY).isPresent();
        return new EncryptionSecrets(primary, secondary, declared, problems);
    }

    private static Optional<NamedKey> read(ResolvedMetadata metadata, String field, List<String> problems) {
        Optional<MetadataItem> found = metadata.component().item(field);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MetadataItem item = found.get();
        String name = item.hasSecretKeyRef() ? item.secretKeyRef().name() : "";
        if (!item.hasSecretKeyRef() && !item.hasValue()) {
            problems.add("`" + field + "` has neither a secretKeyRef nor a value.");
            return Optional.empty();
        }
        List<Violation> unresolved = metadata.problems().stream()
                .filter(p -> p.field().equals("spec.metadata." + item.name()) && p.isError()).toList();
        if (!unresolved.isEmpty()) {
            problems.add(unresolved.get(0).message());
            return Optional.empty();
        }
        Optional<Secret> value = metadata.valueOf(item).filter(s -> !s.isEmpty());
        if (value.isEmpty()) {
            problems.add("`" + field + "` has no value: secret `" + name + "` is empty.");
            return Optional.empty();
        }
        return Optional.of(new NamedKey(name, value.get()));
    }
}
