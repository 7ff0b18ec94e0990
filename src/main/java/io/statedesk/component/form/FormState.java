package io.statedesk.component.form;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.DynamoDbFields;
import io.statedesk.component.model.MetadataItem;
import io.statedesk.component.yaml.ItemValue;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the form edits, as one immutable value: comparing two states is how the form knows it is dirty, and a
 * stack of them is its undo history.
 *
 * @param name           {@code metadata.name} ("" when absent)
 * @param namespace      {@code metadata.namespace} ("" when absent)
 * @param secretStore    {@code auth.secretStore} ("" when absent)
 * @param scopes         {@code scopes}
 * @param values         the source of every metadata field
 * @param regionItemName the item the region field writes: {@code region}, or the deprecated {@code awsRegion} when
 *                       the file uses that
 */
public record FormState(String name, String namespace, String secretStore, List<String> scopes,
                        Map<FormField, ItemValue> values, String regionItemName) {

    public FormState {
        name = Objects.requireNonNullElse(name, "");
        namespace = Objects.requireNonNullElse(namespace, "");
        secretStore = Objects.requireNonNullElse(secretStore, "");
        scopes = List.copyOf(scopes);
        EnumMap<FormField, ItemValue> all = new EnumMap<>(FormField.class);
        for (FormField f : FormField.METADATA) {
            all.put(f, values.getOrDefault(f, ItemValue.UNSET));
        }
        values = java.util.Collections.unmodifiableMap(all);
        // Without a region value the item's name means nothing: normalised, so equal forms compare equal.
        regionItemName = regionItemName == null || regionItemName.isEmpty() || !all.get(FormField.REGION).isSet()
                ? DynamoDbFields.REGION : regionItemName;
    }

    public static FormState empty() {
        return new FormState("", "", "", List.of(), Map.of(), DynamoDbFields.REGION);
    }

    /** The form's reading of a component as written. */
    public static FormState of(ComponentManifest c) {
        EnumMap<FormField, ItemValue> values = new EnumMap<>(FormField.class);
        for (FormField f : FormField.METADATA) {
            values.put(f, itemFor(c, f).map(ItemValue::of).orElse(ItemValue.UNSET));
        }
        String regionItem = itemFor(c, FormField.REGION).map(MetadataItem::name).orElse(DynamoDbFields.REGION);
        return new FormState(c.name(), c.namespace(), c.secretStore(), c.scopes(), values, regionItem);
    }

    /**
     * The item a field stands for, as daprd picks it: the last item matching the name case-insensitively, except
     * {@code partitionKey} (exact spelling); for the region, {@code region} with a value, else the deprecated
     * {@code awsRegion}, else an empty {@code region}.
     */
    public static Optional<MetadataItem> itemFor(ComponentManifest c, FormField field) {
        if (!field.isMetadata()) {
            return Optional.empty();
        }
        if (field == FormField.PARTITION_KEY) {
            return c.item(DynamoDbFields.PARTITION_KEY);
        }
        if (field == FormField.REGION) {
            Optional<MetadataItem> region = last(c.itemsMatching(DynamoDbFields.REGION));
            Optional<MetadataItem> alias = last(c.itemsMatching(DynamoDbFields.AWS_REGION));
            if (region.filter(i -> i.hasValue() || i.hasSecretKeyRef() || i.hasEnvRef()).isPresent()) {
                return region;
            }
            return alias.or(() -> region);
        }
        return last(c.itemsMatching(field.itemName()));
    }

    private static Optional<MetadataItem> last(List<MetadataItem> items) {
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(items.size() - 1));
    }

    public ItemValue value(FormField field) {
        return values.get(field);
    }

    /** The plain text of a field, or "" when it is unset or a reference. */
    public String text(FormField field) {
        return value(field) instanceof ItemValue.Plain p ? p.text() : "";
    }

    public boolean usesAwsRegionAlias() {
        return regionItemName.equalsIgnoreCase(DynamoDbFields.AWS_REGION);
    }

    public boolean usesSecretRefs() {
        return values.values().stream().anyMatch(v -> v instanceof ItemValue.SecretRef);
    }

    public FormState with(FormField field, ItemValue value) {
        return switch (field) {
            case NAME -> withName(value instanceof ItemValue.Plain p ? p.text() : "");
            case NAMESPACE -> new FormState(name, textOf(value), secretStore, scopes, values, regionItemName);
            case SECRET_STORE -> new FormState(name, namespace, textOf(value), scopes, values, regionItemName);
            case SCOPES -> new FormState(name, namespace, secretStore, parseScopes(textOf(value)), values,
                    regionItemName);
            default -> {
                EnumMap<FormField, ItemValue> copy = new EnumMap<>(values);
                copy.put(field, value);
                yield new FormState(name, namespace, secretStore, scopes, copy, regionItemName);
            }
        };
    }

    public FormState withName(String newName) {
        return new FormState(newName, namespace, secretStore, scopes, values, regionItemName);
    }

    public FormState withRegionItemName(String item) {
        return new FormState(name, namespace, secretStore, scopes, values, item);
    }

    /** App ids as typed: separated by commas or spaces. */
    public static List<String> parseScopes(String text) {
        return java.util.Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String textOf(ItemValue value) {
        return value instanceof ItemValue.Plain p ? p.text() : "";
    }

    @Override
    public String toString() {
        return "FormState[" + name + ", " + values + "]";
    }
}
