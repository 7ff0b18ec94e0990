package io.statedesk.cli;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.component.model.EndpointKind;
import io.statedesk.component.model.Violation;
import io.statedesk.component.secrets.ResolvedMetadata;
import io.statedesk.component.secrets.SecretResolver;
import io.statedesk.engine.StoreConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Picks the component a command works on and applies the command line's overrides to it. */
final class TargetResolver {

    /** What the global options say; any of them but {@code source} may be null. */
    record Choice(Path source, String name, String profile, String region, String endpoint, boolean allowWrites) {
    }

    private final Map<String, String> environment;

    /** @param environment for {@code envRef}s and {@code secretstores.local.env}, as daprd would see it */
    TargetResolver(Map<String, String> environment) {
        this.environment = environment;
    }

    StoreTarget resolve(Choice choice) {
        ComponentSet set = ComponentFiles.load(choice.source());
        ComponentManifest manifest = pick(ComponentFiles.dynamoDbComponents(set), choice);
        DynamoDbComponentConfig component = resolveSecrets(set, manifest);
        String endpoint = choice.endpoint() != null ? choice.endpoint() : component.endpoint();
        Connection connection = new Connection(
                endpoint(endpoint),
                choice.region() != null ? choice.region() : component.region(),
                choice.profile(),
                component.accessKey().reveal(),
                component.secretKey().reveal(),
                component.sessionToken().reveal());
        StoreConfig config;
        try {
            config = component.toStoreConfig(needsAllowWrites(endpoint) && !choice.allowWrites());
        } catch (IllegalStateException e) {
            throw CliException.failure(manifest.file() + ": " + e.getMessage());
        }
        return new StoreTarget(manifest.file(), config, connection);
    }

    /**
     * The window's rule: only a clearly local endpoint (loopback, LocalStack, DynamoDB Local) is writable by
     * default. No endpoint, an AWS host, or any other host (a proxy, a tunnel) needs {@code --allow-writes}.
     */
    static boolean needsAllowWrites(String endpoint) {
        return EndpointKind.of(endpoint) != EndpointKind.LOCAL;
    }

    /**
     * secretKeyRefs and envRefs, resolved as daprd resolves them. daprd does not start a component whose reference
     * fails, so neither does the command line: a silent fallback to the default credentials could reach another
     * account.
     */
    private DynamoDbComponentConfig resolveSecrets(ComponentSet set, ComponentManifest manifest) {
        ResolvedMetadata resolved = new SecretResolver(set, environment).resolve(manifest);
        resolved.problems().stream().filter(Violation::isError).findFirst().ifPresent(problem -> {
            throw CliException.failure(problem.file() + ":" + problem.line() + ":" + problem.column() + ": "
                    + problem.message() + (problem.fix().isEmpty() ? "" : " " + problem.fix()));
        });
        return resolved.dynamoDbConfig();
    }

    private static ComponentManifest pick(List<ComponentManifest> found, Choice choice) {
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

    private static String names(List<ComponentManifest> found, String format) {
        return found.isEmpty() ? ""
                : String.format(format, found.stream().map(ComponentManifest::name).collect(Collectors.joining(", ")));
    }

    static URI endpoint(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(text.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw CliException.usage("endpoint '" + text + "' is not a URL like http://localhost:8000");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw CliException.usage("endpoint '" + text + "' is not a URL: " + e.getReason());
        }
    }
}
