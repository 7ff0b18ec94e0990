package io.statedesk.component;

import io.statedesk.component.aws.AwsSetupException;
import io.statedesk.component.aws.CredentialPlan;
import io.statedesk.component.aws.CredentialPlanner;
import io.statedesk.component.aws.DynamoDbClientFactory;
import io.statedesk.component.aws.SharedAwsConfig;
import io.statedesk.component.model.LocalEndpoints;
import io.statedesk.component.model.MetadataItem;
import io.statedesk.component.model.Redactions;
import io.statedesk.component.model.Secret;
import io.statedesk.component.settings.StateDeskSettings;
import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.component.model.Hosting;
import io.statedesk.component.model.Secret;
import io.statedesk.component.model.Violation;
import io.statedesk.component.secrets.ResolvedMetadata;
import io.statedesk.component.secrets.SecretResolver;
import io.statedesk.component.secrets.SecretStoreOpener;
import io.statedesk.component.validation.ComponentValidator;
import io.statedesk.engine.StoreConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One {@code state.aws.dynamodb} component made ready to open: validated, secrets resolved, credentials chosen.
 * The window and the command line use it as the single way from a component to an engine store.
 *
 * @param component   the manifest
 * @param hosting     where daprd runs it (files: self-hosted; a cluster's: Kubernetes)
 * @param metadata    resolved metadata (secrets in memory only)
 * @param config      the typed configuration
 * @param credentials where credentials come from, and why
 * @param problems    validation and resolution problems of this component, errors first
 */
public record PreparedStore(ComponentManifest component, Hosting hosting, ResolvedMetadata metadata,
                            DynamoDbComponentConfig config, CredentialPlan credentials, List<Violation> problems) {

    public PreparedStore {
        problems = List.copyOf(problems);
    }

    /**
     * Validates and resolves one component of a loaded set.
     *
     * @param environment    the process environment (for envRef and the env secret store)
     * @param shared         the shared AWS config files, needed only with a session profile
     * @param sessionProfile a profile chosen for this session, or null for daprd's order
     */
    public static PreparedStore prepare(ComponentSet set, ComponentManifest component, Map<String, String> environment,
                                        SharedAwsConfig shared, String sessionProfile) throws AwsSetupException {
        Objects.requireNonNull(component, "component");
        if (!component.isDynamoDb()) {
            throw new IllegalArgumentException("Component " + component.label() + " is not a state.aws.dynamodb store");
        }
        ResolvedMetadata metadata = new SecretResolver(set, environment).resolve(component);
        return assemble(component, set.hosting(), metadata, shared, sessionProfile);
    }

    /**
     * As {@link #prepare(ComponentSet, ComponentManifest, Map, SharedAwsConfig, String)}, with the secret stores of
     * where the set came from (a cluster's Kubernetes Secrets) and values the user typed for items StateDesk cannot
     * resolve (an {@code envRef} of a cluster's component), by item name; they live for this session only.
     */
    public static PreparedStore prepare(ComponentSet set, ComponentManifest component, Map<String, String> environment,
                                        SharedAwsConfig shared, String sessionProfile, SecretStoreOpener stores,
                                        Map<String, Secret> supplied) throws AwsSetupException {
        Objects.requireNonNull(component, "component");
        if (!component.isDynamoDb()) {
            throw new IllegalArgumentException("Component " + component.label() + " is not a state.aws.dynamodb store");
        }
        ResolvedMetadata metadata = new SecretResolver(set, environment, null, stores).resolve(component);
        for (Map.Entry<String, Secret> value : supplied.entrySet()) {
            if (component.item(value.getKey()).isPresent()) {
                metadata = metadata.withValue(value.getKey(), value.getValue());
            }
        }
        return assemble(component, set.hosting(), metadata, shared, sessionProfile);
    }

    /** After the user typed values the secret stores could not give: same preparation, new metadata. */
    public PreparedStore withMetadata(ResolvedMetadata resolved, SharedAwsConfig shared, String sessionProfile)
            throws AwsSetupException {
        return assemble(component, hosting, resolved, shared, sessionProfile);
    }

    private static PreparedStore assemble(ComponentManifest component, Hosting hosting, ResolvedMetadata metadata,
                                          SharedAwsConfig shared, String sessionProfile) throws AwsSetupException {
        DynamoDbComponentConfig config = metadata.dynamoDbConfig();
        CredentialPlan plan = sessionProfile == null || sessionProfile.isEmpty()
                ? CredentialPlanner.daprd(config)
                : CredentialPlanner.withProfile(config, Objects.requireNonNull(shared, "shared"), sessionProfile);
        List<Violation> problems = new ArrayList<>(ComponentValidator.validate(component, hosting));
        problems.addAll(metadata.problems());
        problems.sort((a, b) -> a.severity() != b.severity() ? a.severity().compareTo(b.severity())
                : Violation.BY_POSITION.compare(a, b));
        return new PreparedStore(component, hosting, metadata, config, plan, problems);
    }

    /** Whether errors would stop daprd (and StateDesk) from using this store as written. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Violation::isError);
    }

    /** Real AWS and unknown hosts open read-only until the user says otherwise; local endpoints do not. */
    public boolean readOnlyByDefault() {
        return config.opensReadOnlyByDefault();
    }

    /** The same rule with the hosts the user marked local in the settings (the one policy of decision 0018). */
    public boolean readOnlyByDefault(LocalEndpoints local) {
        return !local.isLocal(config.endpoint());
    }

    public StoreConfig storeConfig(boolean readOnly) {
        return config.toStoreConfig(readOnly);
    }

    /** A new client; the caller closes it. */
    public DynamoDbClient openClient() throws AwsSetupException {
        return DynamoDbClientFactory.create(config, credentials);
    }

    /**
     * What a front end must never print for this store: the credentials, and every value that came from a secret
     * or environment reference (an endpoint or table kept in a secret store is as confidential as a key).
     */
    public Redactions redactions() {
        List<Secret> values = new ArrayList<>(List.of(config.accessKey(), config.secretKey(),
                config.sessionToken()));
        for (MetadataItem item : component.metadata()) {
            if (item.hasSecretKeyRef() || item.hasEnvRef()) {
                metadata.valueOf(item).ifPresent(values::add);
            }
        }
        return Redactions.of(values);
    }

    /** A new client with the settings' timeouts and retries; the caller closes it. */
    public DynamoDbClient openClient(StateDeskSettings settings) throws AwsSetupException {
        return DynamoDbClientFactory.create(config, credentials, settings);
    }
}
