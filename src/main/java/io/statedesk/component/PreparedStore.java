package io.statedesk.component;

import io.statedesk.component.aws.AwsEndpointSettings;
import io.statedesk.component.aws.AwsSetupException;
import io.statedesk.component.aws.CredentialPlan;
import io.statedesk.component.aws.CredentialPlanner;
import io.statedesk.component.aws.DynamoDbClientFactory;
import io.statedesk.component.aws.EffectiveEndpoint;
import io.statedesk.component.aws.SharedAwsConfig;
import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.component.model.Hosting;
import io.statedesk.component.model.MetadataItem;
import io.statedesk.component.model.Redactions;
import io.statedesk.component.model.Secret;
import io.statedesk.component.model.Severity;
import io.statedesk.component.model.Violation;
import io.statedesk.component.secrets.ResolvedMetadata;
import io.statedesk.component.secrets.SecretResolver;
import io.statedesk.component.secrets.SecretStoreOpener;
import io.statedesk.component.settings.StateDeskSettings;
import io.statedesk.component.validation.ComponentValidator;
import io.statedesk.engine.StoreConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
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
 * @param endpoint    the endpoint the client talks to and which setting chose it; {@code config} carries it, so
 *                    read-only decisions, banners and the client all follow it
 */
public record PreparedStore(ComponentManifest component, Hosting hosting, ResolvedMetadata metadata,
                            DynamoDbComponentConfig config, CredentialPlan credentials, List<Violation> problems,
                            EffectiveEndpoint endpoint) {

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
        requireDynamoDb(component);
        return of(component, set.hosting(), new SecretResolver(set, environment).resolve(component), environment,
                shared, sessionProfile);
    }

    /**
     * As {@link #prepare(ComponentSet, ComponentManifest, Map, SharedAwsConfig, String)}, with the secret stores of
     * where the set came from (a cluster's Kubernetes Secrets) and values the user typed for items StateDesk cannot
     * resolve (an {@code envRef} of a cluster's component), by item name; they live for this session only.
     */
    public static PreparedStore prepare(ComponentSet set, ComponentManifest component, Map<String, String> environment,
                                        SharedAwsConfig shared, String sessionProfile, SecretStoreOpener stores,
                                        Map<String, Secret> supplied) throws AwsSetupException {
        requireDynamoDb(component);
        ResolvedMetadata metadata = new SecretResolver(set, environment, null, stores).resolve(component);
        return of(component, set.hosting(), withSupplied(metadata, supplied), environment, shared, sessionProfile);
    }

    /**
     * A component whose references were resolved already: validated, its endpoint resolved as the SDKs do, its
     * credentials planned. The session layer resolves once and hands the result here.
     */
    public static PreparedStore of(ComponentManifest component, Hosting hosting, ResolvedMetadata metadata,
                                   Map<String, String> environment, SharedAwsConfig shared, String sessionProfile)
            throws AwsSetupException {
        requireDynamoDb(component);
        return assemble(component, hosting, metadata, shared, sessionProfile,
                endpoints(environment, shared, sessionProfile));
    }

    /** The metadata with the values the user typed for items no secret store could give, by item name. */
    public static ResolvedMetadata withSupplied(ResolvedMetadata metadata, Map<String, Secret> supplied) {
        ResolvedMetadata out = metadata;
        for (Map.Entry<String, Secret> value : supplied.entrySet()) {
            if (metadata.component().item(value.getKey()).isPresent()) {
                out = out.withValue(value.getKey(), value.getValue());
            }
        }
        return out;
    }

    private static void requireDynamoDb(ComponentManifest component) {
        Objects.requireNonNull(component, "component");
        if (!component.isDynamoDb()) {
            throw new IllegalArgumentException("Component " + component.label() + " is not a state.aws.dynamodb store");
        }
    }

    /** After the user typed values the secret stores could not give: same preparation, new metadata. */
    public PreparedStore withMetadata(ResolvedMetadata resolved, SharedAwsConfig shared, String sessionProfile)
            throws AwsSetupException {
        return assemble(component, hosting, resolved, shared, sessionProfile, endpoint -> endpoint == null
                ? endpoint() : new EffectiveEndpoint(endpoint.strip(), EffectiveEndpoint.Source.COMPONENT, ""));
    }

    /**
     * The SDK's endpoint settings ({@link AwsEndpointSettings}) of the profile the client's settings come from: the
     * one chosen for the session, else AWS_PROFILE, else {@code default}. Without a chosen profile the shared files
     * are read from the home of {@code environment} (HOME, USERPROFILE); none there means none is read.
     */
    private static Function<String, EffectiveEndpoint> endpoints(Map<String, String> environment,
                                                                 SharedAwsConfig shared, String sessionProfile) {
        SharedAwsConfig files = shared != null ? shared : sharedFilesOf(environment);
        String profile = sessionProfile != null && !sessionProfile.isEmpty() ? sessionProfile
                : files != null ? files.defaultChainProfileName() : "default";
        return componentEndpoint -> AwsEndpointSettings.resolve(componentEndpoint, environment,
                files == null ? null : files.profileFile(), profile);
    }

    private static SharedAwsConfig sharedFilesOf(Map<String, String> environment) {
        String home = environment.getOrDefault("HOME", environment.get("USERPROFILE"));
        if (home == null || home.isBlank()) {
            return null;
        }
        try {
            return SharedAwsConfig.load(environment, java.nio.file.Path.of(home));
        } catch (AwsSetupException | RuntimeException unreadable) {
            return null; // the credential step reports unreadable files; the endpoint falls back to AWS's
        }
    }

    private static PreparedStore assemble(ComponentManifest component, Hosting hosting, ResolvedMetadata metadata,
                                          SharedAwsConfig shared, String sessionProfile,
                                          Function<String, EffectiveEndpoint> endpoints) throws AwsSetupException {
        DynamoDbComponentConfig written = metadata.dynamoDbConfig();
        EffectiveEndpoint endpoint = endpoints.apply(written.endpoint());
        DynamoDbComponentConfig config = endpoint.fromOutsideTheComponent() ? written.withEndpoint(endpoint.url())
                : written;
        CredentialPlan plan = sessionProfile == null || sessionProfile.isEmpty()
                ? CredentialPlanner.daprd(config)
                : CredentialPlanner.withProfile(config, Objects.requireNonNull(shared, "shared"), sessionProfile);
        List<Violation> problems = new ArrayList<>(ComponentValidator.validate(component, hosting));
        problems.addAll(metadata.problems());
        if (endpoint.fromOutsideTheComponent()) {
            problems.add(Violation.at(component.file(), component.span("spec.metadata"), component.name(),
                    "spec.metadata.endpoint", Severity.WARNING, "The component sets no endpoint, so the AWS SDK takes "
                            + endpoint.url() + " from " + endpoint.setting() + ". daprd's AWS SDK for Go reads the"
                            + " same variables and profile settings, so a daprd started with them talks to that"
                            + " endpoint too, and one started without them to AWS.",
                    "Set `endpoint` in the component to make it explicit, or unset " + endpoint.setting()
                            + " to reach AWS."));
        }
        problems.sort((a, b) -> a.severity() != b.severity() ? a.severity().compareTo(b.severity())
                : Violation.BY_POSITION.compare(a, b));
        PreparedStore prepared = new PreparedStore(component, hosting, metadata, config, plan, problems, endpoint);
        // Registers the credentials and resolved references with the log file's filter before anything can log them.
        prepared.redactions();
        return prepared;
    }

    /** Whether errors would stop daprd (and StateDesk) from using this store as written. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Violation::isError);
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
