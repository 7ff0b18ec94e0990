package io.statedesk.cli;

import io.statedesk.component.PreparedStore;
import io.statedesk.component.aws.AwsSetupException;
import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.component.model.DynamoDbFields;
import io.statedesk.component.model.MetadataItem;
import io.statedesk.component.model.Violation;
import io.statedesk.component.secrets.EncryptionSecrets;
import io.statedesk.dapr.encryption.EncryptionSetup;
import io.statedesk.engine.StoreConfig;
import io.statedesk.session.Preparation;
import io.statedesk.session.SessionContext;
import io.statedesk.session.WritePolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Picks the component a command works on and applies the command line's overrides to it. */
final class TargetResolver {

    /** What the global options say; any of them but {@code source} may be null. */
    record Choice(Path source, String name, String profile, String region, String endpoint, boolean allowWrites) {
    }

    private final SessionContext session;
    private final Preparation preparation;
    private final WritePolicy policy;

    /** @param session the environment, the AWS config files' home and the settings of this run */
    TargetResolver(SessionContext session) {
        this.session = session;
        this.preparation = new Preparation(session);
        this.policy = session.writePolicy();
    }

    StoreTarget resolve(Choice choice) {
        ComponentSet set = ComponentFiles.load(choice.source());
        ComponentManifest manifest = pick(ComponentFiles.dynamoDbComponents(set), choice);
        return target(prepare(set, manifest, choice.profile()), manifest, choice);
    }

    /** The engine's target for a prepared component: refused on errors, overrides applied, read-only decided. */
    StoreTarget target(PreparedStore prepared, ComponentManifest manifest, Choice choice) {
        // daprd does not start a component with errors (nor one whose secret reference fails), so neither does the
        // command line: a silent fallback, to the default credentials say, could reach another account.
        prepared.problems().stream().filter(Violation::isError).findFirst().ifPresent(problem -> {
            throw CliException.failure(problem.file() + ":" + problem.line() + ":" + problem.column() + ": "
                    + problem.message() + (problem.fix().isEmpty() ? "" : " " + problem.fix())
                    + " (statedesk validate lists every problem)");
        });
        DynamoDbComponentConfig component = withOverrides(prepared.config(), choice);
        StoreConfig config;
        try {
            config = component.toStoreConfig(policy.opensReadOnly(component.endpoint()) && !choice.allowWrites());
        } catch (IllegalStateException e) {
            throw CliException.failure(manifest.file() + ": " + e.getMessage());
        }
        return new StoreTarget(manifest.file(), component, config, prepared.credentials(), session.settings(),
                shown(manifest, component, choice), prepared.redactions(),
                EncryptionSetup.of(EncryptionSecrets.of(prepared.metadata())));
    }

    /** Validation, secrets and daprd's credentials (or the named profile): the session layer's one preparation. */
    private PreparedStore prepare(ComponentSet set, ComponentManifest manifest, String profile) {
        try {
            return preparation.prepare(set, manifest, profile);
        } catch (AwsSetupException e) {
            throw CliException.failure(e.getMessage() + " " + e.fix(), e);
        }
    }

    /** {@code --endpoint} and {@code --region} replace the component's values for this run. */
    static DynamoDbComponentConfig withOverrides(DynamoDbComponentConfig c, Choice choice) {
        if (choice.endpoint() == null && choice.region() == null) {
            return c;
        }
        String endpoint = choice.endpoint() != null ? checkedEndpoint(choice.endpoint()) : c.endpoint();
        return withEndpointAndRegion(c, endpoint, choice.region() != null ? choice.region() : c.region());
    }

    static DynamoDbComponentConfig withEndpointAndRegion(DynamoDbComponentConfig c, String endpoint, String region) {
        return new DynamoDbComponentConfig(c.componentName(), c.table(), endpoint, region, c.accessKey(),
                c.secretKey(), c.sessionToken(), c.ttlAttributeName(), c.partitionKey(), c.keyPrefix(),
                c.actorStateStore(), c.rolesAnywhere());
    }

    /**
     * Endpoint, table and region for {@code --debug}. A value that came from a secret or an environment reference is
     * shown as that reference: what a secret store resolved is never printed.
     */
    private static String shown(ComponentManifest manifest, DynamoDbComponentConfig component, Choice choice) {
        String endpoint = choice.endpoint() != null ? component.endpoint()
                : referenceOr(manifest, DynamoDbFields.ENDPOINT, component.endpoint() == null ? "AWS"
                        : component.endpoint());
        String table = referenceOr(manifest, DynamoDbFields.TABLE, component.table());
        String region = choice.region() != null ? component.region()
                : referenceOr(manifest, manifest.itemsMatching(DynamoDbFields.REGION).isEmpty()
                        ? DynamoDbFields.AWS_REGION : DynamoDbFields.REGION,
                        component.region() == null ? "default" : component.region());
        return "table " + table + ", endpoint " + endpoint + ", region " + region;
    }

    private static String referenceOr(ComponentManifest manifest, String field, String value) {
        List<MetadataItem> items = manifest.itemsMatching(field);
        if (items.isEmpty()) {
            return value;
        }
        MetadataItem item = items.get(items.size() - 1);
        if (item.hasSecretKeyRef()) {
            return "(from secretKeyRef " + item.secretKeyRef().name() + "/" + item.secretKeyRef().effectiveKey()
                    + ", not shown)";
        }
        if (item.hasEnvRef()) {
            return "(from envRef " + item.envRef() + ", not shown)";
        }
        return value;
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

    private static String checkedEndpoint(String text) {
        try {
            URI uri = new URI(text.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw CliException.usage("--endpoint '" + text + "' is not a URL like http://localhost:8000");
            }
            return text.strip();
        } catch (URISyntaxException e) {
            throw CliException.usage("--endpoint '" + text + "' is not a URL: " + e.getReason());
        }
    }
}
