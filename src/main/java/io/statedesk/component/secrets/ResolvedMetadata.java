package io.statedesk.component.secrets;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.component.model.MetadataItem;
import io.statedesk.component.model.MetadataValues;
import io.statedesk.component.model.Secret;
import io.statedesk.component.model.Violation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A component's metadata with secret and environment references resolved, held in memory only. {@link #toString()}
 * names the items, never their values.
 */
public final class ResolvedMetadata implements MetadataValues {

    private final ComponentManifest component;
    private final Map<Integer, Secret> values;
    private final List<Violation> problems;

    ResolvedMetadata(ComponentManifest component, Map<Integer, Secret> values, List<Violation> problems) {
        this.component = component;
        this.values = Map.copyOf(values);
        this.problems = List.copyOf(problems);
    }

    public ComponentManifest component() {
        return component;
    }

    @Override
    public Optional<Secret> valueOf(MetadataItem item) {
        return Optional.ofNullable(values.get(item.index()));
    }

    /** The value of the item daprd would use for this exact name (the last one). */
    public Optional<Secret> value(String itemName) {
        return component.item(itemName).flatMap(this::valueOf);
    }

    /** References that could not be resolved, as violations on the referencing items. */
    public List<Violation> problems() {
        return problems;
    }

    public boolean isComplete() {
        return problems.stream().noneMatch(Violation::isError);
    }

    /**
     * A copy where the user supplied the value of one item for this session, e.g. a key whose secret store
     * StateDesk cannot read. Nothing is written anywhere.
     */
    public ResolvedMetadata withValue(String itemName, Secret value) {
        MetadataItem item = component.item(itemName).orElseThrow(() ->
                new IllegalArgumentException("No metadata item named " + itemName));
        Map<Integer, Secret> copy = new HashMap<>(values);
        copy.put(item.index(), value);
        List<Violation> rest = problems.stream()
                .filter(p -> !p.field().equals("spec.metadata." + itemName)).toList();
        return new ResolvedMetadata(component, copy, rest);
    }

    public DynamoDbComponentConfig dynamoDbConfig() {
        return DynamoDbComponentConfig.from(component, this);
    }

    @Override
    public String toString() {
        return "ResolvedMetadata[" + component.name() + ", " + values.size() + " values, " + problems.size()
                + " problems]";
    }
}
