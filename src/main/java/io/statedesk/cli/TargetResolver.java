package io.statedesk.cli;

import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.model.KeyPrefix;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Picks the component a command works on and applies the command line's overrides to it. */
final class TargetResolver {

    /** What the global options say; any of them may be null. */
    record Choice(Path source, String name, String profile, String region, String endpoint, boolean allowWrites) {
    }

    private final ComponentSource components;

    TargetResolver(ComponentSource components) {
        this.components = components;
    }

    StoreTarget resolve(Choice choice) {
        DynamoDbComponent component = pick(components.dynamoDbComponents(choice.source()), choice);
        String table = component.field("table").orElseThrow(() -> CliException.failure(
                component.file() + ": component '" + component.name() + "': missing dynamodb table name"));
        Connection connection = new Connection(
                endpoint(choice.endpoint() != null ? choice.endpoint() : component.field("endpoint").orElse(null)),
                choice.region() != null ? choice.region()
                        : component.field("region").or(() -> component.field("awsRegion")).orElse(null),
                choice.profile(),
                component.field("accessKey").orElse(null),
                component.field("secretKey").orElse(null),
                component.field("sessionToken").orElse(null));
        StoreConfig config = new StoreConfig(table,
                component.exactField("partitionKey").orElse(StoreConfig.DEFAULT_PARTITION_KEY),
                component.field("ttlAttributeName").orElse(null),
                KeyPrefix.fromMetadata(component.field("keyPrefix").orElse(null)),
                component.name(),
                connection.realAws() && !choice.allowWrites());
        return new StoreTarget(component.file(), config, connection);
    }

    private static DynamoDbComponent pick(List<DynamoDbComponent> found, Choice choice) {
        if (choice.name() != null) {
            return found.stream().filter(c -> choice.name().equals(c.name())).findFirst()
                    .orElseThrow(() -> CliException.failure("no state.aws.dynamodb component named '" + choice.name()
                            + "' in " + choice.source() + names(found, " (found: %s)")));
        }
        if (found.isEmpty()) {
            throw CliException.failure("no state.aws.dynamodb component in " + choice.source()
                    + " (pass --component FILE|DIR)");
        }
        if (found.size() > 1) {
            throw CliException.usage("several state.aws.dynamodb components in " + choice.source()
                    + names(found, ": %s") + "; pick one with --name");
        }
        return found.get(0);
    }

    private static String names(List<DynamoDbComponent> found, String format) {
        return found.isEmpty() ? ""
                : String.format(format, found.stream().map(DynamoDbComponent::name).collect(Collectors.joining(", ")));
    }

    static URI endpoint(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw CliException.usage("endpoint '" + text + "' is not a URL like http://localhost:8000");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw CliException.usage("endpoint '" + text + "' is not a URL: " + e.getReason());
        }
    }
}
