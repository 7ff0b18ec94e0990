package io.statedesk.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.statedesk.ui.session.Remedy;
import io.statedesk.ui.session.OpenFailedException;
import io.statedesk.ui.componentform.ComponentConnections;
import io.statedesk.engine.error.TableNotFoundException;
import io.statedesk.engine.error.StateStoreException;
import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.component.ComponentCatalog;
import io.statedesk.component.ComponentLoader;
import io.statedesk.component.PreparedStore;
import io.statedesk.component.aws.AwsProfile;
import io.statedesk.component.aws.AwsSetupException;
import io.statedesk.component.aws.SharedAwsConfig;
import io.statedesk.component.aws.SsoDeviceSignIn;
import io.statedesk.component.aws.SsoTokenCache;
import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.model.Violation;
import io.statedesk.component.secrets.EncryptionSecrets;
import io.statedesk.component.settings.StateDeskSettings;
import io.statedesk.dapr.encryption.EncryptionSetup;
import io.statedesk.engine.StateStore;
import io.statedesk.engine.dynamodb.DynamoDbStateStores;
import io.statedesk.engine.error.AccessDeniedException;
import io.statedesk.engine.error.UnavailableException;
import io.statedesk.engine.table.TableCheck;
import io.statedesk.ui.session.AwsProfileChoice;
import io.statedesk.ui.session.ClusterOrigin;
import io.statedesk.ui.session.ClusterSource;
import io.statedesk.ui.session.ComponentChoice;
import io.statedesk.ui.session.ComponentOpener;
import io.statedesk.ui.session.SignInNeed;
import io.statedesk.ui.session.SignInPrompt;
import io.statedesk.ui.session.StoreSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Opens components for the window through the component layer, the way daprd connects: validation, secrets,
 * credentials, then daprd's start-up probe and StateDesk's table check. Failures are one sentence each.
 */
final class AppComponentOpener implements ComponentOpener {

    private static final Logger LOG = LoggerFactory.getLogger(AppComponentOpener.class);

    /** Reads the shared AWS config files (again on each call: the user may edit them while the app runs). */
    @FunctionalInterface
    interface SharedConfigSource {
        SharedAwsConfig load() throws AwsSetupException;
    }

    private final ExecutorService executor;
    private final Map<String, String> environment;
    private final SharedConfigSource sharedConfig;
    private final Function<SsoTokenCache, SsoDeviceSignIn> signIns;
    private final Clock clock;
    private final AppClusterSource clusters;
    private final StateDeskSettings settings = AppSettings.load();

    AppComponentOpener(ExecutorService executor) {
        this(executor, System.getenv(), SharedAwsConfig::loadDefault, cache -> SsoDeviceSignIn.create(cache, null),
                Clock.systemUTC(), AppClusterSource.standard(System.getenv(), Path.of(System.getProperty("user.home"))));
    }

    AppComponentOpener(ExecutorService executor, Map<String, String> environment, SharedConfigSource sharedConfig,
                       Function<SsoTokenCache, SsoDeviceSignIn> signIns, Clock clock) {
        this(executor, environment, sharedConfig, signIns, clock, null);
    }

    /** @param clusters the user's Kubernetes clusters, or null for none */
    AppComponentOpener(ExecutorService executor, Map<String, String> environment, SharedConfigSource sharedConfig,
                       Function<SsoTokenCache, SsoDeviceSignIn> signIns, Clock clock, AppClusterSource clusters) {
        this.executor = executor;
        this.environment = Map.copyOf(environment);
        this.sharedConfig = sharedConfig;
        this.signIns = signIns;
        this.clock = clock;
        this.clusters = clusters;
    }

    @Override
    public Optional<ClusterSource> clusters() {
        return Optional.ofNullable(clusters);
    }

    @Override
    public List<ComponentChoice> list(Path fileOrFolder) {
        ComponentCatalog catalog = catalog(fileOrFolder);
        List<ComponentChoice> choices = new ArrayList<>();
        for (ComponentCatalog.Entry entry : catalog.entries()) {
            List<String> problems = new ArrayList<>(entry.problemSentences());
            if (!entry.isDynamoDb()) {
                problems.add(0, entry.name() + " is a " + entry.type()
                        + " component, not a state.aws.dynamodb state store.");
            }
            choices.add(new ComponentChoice(entry.name(), entry.type(), entry.file(), entry.line(), entry.usable(),
                    problems));
        }
        if (choices.isEmpty() && !catalog.fileProblems().isEmpty()) {
            throw new IllegalStateException(catalog.fileProblems().stream().map(Violation::describe)
                    .collect(Collectors.joining("\n")));
        }
        return choices;
    }

    @Override
    public StoreSession open(ComponentChoice choice, String profile) {
        PreparedStore prepared;
        DynamoDbClient client;
        try {
            prepared = prepare(choice, profile);
            if (prepared.hasErrors()) {
                throw new OpenFailedException(prepared.redactions().apply(prepared.problems().stream()
                        .filter(Violation::isError).map(Violation::describe).collect(Collectors.joining("\n"))),
                        List.of(Remedy.EDIT_COMPONENT), null);
            }
            client = prepared.openClient(settings);
        } catch (AwsSetupException e) {
            throw new OpenFailedException(e.getMessage() + " " + e.fix(), List.of(Remedy.EDIT_COMPONENT, Remedy.RETRY),
                    e);
        }
        boolean readOnly = prepared.readOnlyByDefault(settings.localEndpoints());
        // An endpoint or table resolved from a secret reference is shown as <secret>, here and in every error.
        // An endpoint from AWS_ENDPOINT_URL_DYNAMODB or a profile says so: "http://127.0.0.1:8000 (from ...)".
        String where = prepared.redactions().apply(prepared.config().endpointIfSet()
                .map(e -> prepared.endpoint().describe())
                .orElseGet(() -> awsLocation(prepared)));
        String location = where + " · table " + prepared.redactions().apply(prepared.config().table())
                + (profile == null ? "" : " · profile " + profile);
        StoreSession session = new StoreSession(choice.name(), location, readOnly, false,
                prepared.storeConfig(readOnly), c -> DynamoDbStateStores.create(c, client, executor), client::close)
                .withEncryption(EncryptionSetup.of(EncryptionSecrets.of(prepared.metadata())));
        try {
            StateStore store = session.store();
            store.probe();
            TableCheck check = store.checkTable();
            if (!check.ok()) {
                throw new OpenFailedException(prepared.redactions().apply(check.diagnostics().stream()
                        .filter(d -> d.severity() == TableCheck.Severity.ERROR)
                        .map(TableCheck.Diagnostic::message)
                        .collect(Collectors.joining(" "))) + ". daprd cannot use this table as it is: correct the"
                        + " component (table, partitionKey), or the table.", List.of(Remedy.EDIT_COMPONENT,
                        Remedy.RETRY), null);
            }
            LOG.info("Opened '{}' ({}): {}, {}", choice.name(), origin(choice), location,
                    readOnly ? "read-only" : "writes allowed");
            return session;
        } catch (RuntimeException e) {
            session.close();
            LOG.warn("Opening '{}' ({}) at {} failed", choice.name(), origin(choice), where, e);
            throw explained(e, choice, prepared, where);
        }
    }

    /** Where the component can be corrected: its file, or its name and namespace in a cluster. */
    private static String origin(ComponentChoice choice) {
        return choice.fromCluster() ? "component " + choice.name() + " of namespace " + choice.cluster().namespace()
                : choice.file().toString();
    }

    /** The failure of the probe or the table check, in words that fit the case, with what the window can offer. */
    private RuntimeException explained(RuntimeException e, ComponentChoice choice, PreparedStore prepared,
            String where) {
        DynamoDbComponentConfig config = prepared.config();
        boolean local = settings.localEndpoints().isLocal(config.endpoint());
        String message = prepared.redactions().apply(e.getMessage());
        String table = prepared.redactions().apply(config.table());
        if (e instanceof TableNotFoundException) {
            return new OpenFailedException("Table '" + table + "' does not exist at " + where + ". "
                    + (local ? "Create it here as Dapr needs it (hash key '" + config.partitionKey() + "' of type S"
                            + (config.ttlAttributeName() == null ? "" : ", TTL on " + config.ttlAttributeName())
                            + "), or correct the table name in " + origin(choice) + "."
                            : "Create it with your AWS tooling, or correct the table name or the region in "
                                    + origin(choice) + ". (daprd fails to start the same way.)"),
                    local && !choice.fromCluster() ? List.of(Remedy.CREATE_TABLE, Remedy.EDIT_COMPONENT, Remedy.RETRY)
                            : List.of(Remedy.EDIT_COMPONENT, Remedy.RETRY), e);
        }
        if (e instanceof UnavailableException) {
            return new OpenFailedException(local
                    ? "Nothing answers at " + where + ": " + message + ". Start the local DynamoDB there"
                            + " (dynoxide, DynamoDB Local, LocalStack), or correct the endpoint in " + origin(choice)
                            + "."
                    : "DynamoDB at " + where + " could not be reached: " + message + ". Check the network"
                            + " (VPN, proxy), the region and the endpoint in " + origin(choice) + ".",
                    List.of(Remedy.RETRY, Remedy.EDIT_COMPONENT), e);
        }
        if (e instanceof AccessDeniedException) {
            return new OpenFailedException(message + " (" + prepared.credentials().explanation() + ")",
                    List.of(Remedy.RETRY, Remedy.EDIT_COMPONENT), e);
        }
        if (e instanceof OpenFailedException) {
            return e;
        }
        if (e instanceof StateStoreException) {
            return new OpenFailedException(message, List.of(Remedy.RETRY, Remedy.EDIT_COMPONENT), e);
        }
        return e;
    }

    @Override
    public String createTable(ComponentChoice choice, String profile) {
        ComponentSet set = load(choice.file());
        ComponentManifest manifest = manifest(set, choice);
        return new AppComponentConnections(sharedConfig, clock).createTable(
                new ComponentConnections.Target(set, manifest, environment, profile));
    }

    @Override
    public List<AwsProfileChoice> profiles() {
        try {
            return sharedConfig.load().profiles().stream()
                    .map(p -> new AwsProfileChoice(p.name(), summary(p)))
                    .toList();
        } catch (AwsSetupException unreadable) {
            // the message names the file and the line; the window shows it instead of an empty list
            throw new IllegalStateException(unreadable.getMessage() + " " + unreadable.fix(), unreadable);
        }
    }

    @Override
    public Optional<SignInNeed> signInNeeded(ComponentChoice choice, String profile) {
        SharedAwsConfig shared;
        try {
            shared = sharedConfig.load();
        } catch (AwsSetupException unreadable) {
            return Optional.empty();
        }
        return SsoSignInCheck.of(prepare(choice, profile, shared), shared, environment, clock);
    }

    @Override
    public void signIn(String profile, SignInPrompt prompt, BooleanSupplier cancelled) throws InterruptedException {
        try {
            SharedAwsConfig shared = sharedConfig.load();
            AwsProfile found = shared.profile(profile).orElseThrow(() -> new IllegalStateException(
                    "There is no AWS profile named " + profile + " in " + shared.configFile() + "."));
            AwsProfile.SsoLogin login = found.sso().orElseThrow(() -> new IllegalStateException("Profile "
                    + profile + " does not sign in through AWS IAM Identity Center (it has no sso_session or"
                    + " sso_start_url), so there is nothing to sign in to."));
            signIns.apply(new SsoTokenCache(shared.ssoCacheDirectory(), clock)).signIn(login, prompt::show, cancelled);
        } catch (AwsSetupException e) {
            throw new IllegalStateException(e.getMessage() + " " + e.fix(), e);
        }
    }

    private PreparedStore prepare(ComponentChoice choice, String profile) {
        try {
            return prepare(choice, profile, profile == null ? null : sharedConfig.load());
        } catch (AwsSetupException e) {
            throw new IllegalStateException(e.getMessage() + " " + e.fix(), e);
        }
    }

    private PreparedStore prepare(ComponentChoice choice, String profile, SharedAwsConfig shared) {
        if (choice.fromCluster()) {
            return prepareFromCluster(choice, profile, shared);
        }
        ComponentSet set = load(choice.file());
        ComponentManifest manifest = set.components().stream()
                .filter(c -> choice.name().equals(c.name() == null ? "" : c.name()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(choice.file() + " no longer holds component "
                        + choice.name() + ". Open the file again."));
        try {
            return PreparedStore.prepare(set, manifest, environment, shared, profile);
        } catch (AwsSetupException e) {
            throw new IllegalStateException(e.getMessage() + " " + e.fix(), e);
        }
    }

    /** As daprd in the component's namespace would: its Secrets, and the values the user typed for envRefs. */
    private PreparedStore prepareFromCluster(ComponentChoice choice, String profile, SharedAwsConfig shared) {
        if (clusters == null) {
            throw new IllegalStateException("This window has no access to Kubernetes clusters.");
        }
        ClusterOrigin origin = choice.cluster();
        return clusters.withCluster(choice, dapr -> {
            ComponentSet set = dapr.componentSet(origin.namespace());
            ComponentManifest manifest = set.component(choice.name()).orElseThrow(() -> new IllegalStateException(
                    "Namespace " + origin.namespace() + " no longer holds component " + choice.name()
                            + ". List the namespace again."));
            try {
                return PreparedStore.prepare(set, manifest, environment, shared, profile,
                        dapr.secretStores(origin.namespace()), origin.values());
            } catch (AwsSetupException e) {
                throw new IllegalStateException(e.getMessage() + " " + e.fix(), e);
            }
        });
    }

    /** "SSO · account 123456789012 · ReadOnly · eu-west-1", "keys · us-east-1", "assume role". */
    static String summary(AwsProfile profile) {
        List<String> parts = new ArrayList<>();
        switch (profile.kind()) {
            case LOGIN -> parts.add("aws login");
            case SSO -> {
                parts.add("SSO");
                Optional.ofNullable(profile.ssoAccountId()).ifPresent(a -> parts.add("account " + a));
                Optional.ofNullable(profile.ssoRoleName()).ifPresent(parts::add);
            }
            case STATIC_KEYS -> parts.add("keys");
            case ASSUME_ROLE -> parts.add("assume role");
            case WEB_IDENTITY -> parts.add("web identity");
            case CREDENTIAL_PROCESS -> parts.add("credential process");
            case OTHER -> { }
        }
        Optional.ofNullable(profile.region()).ifPresent(parts::add);
        return String.join(" · ", parts);
    }

    /** "AWS account 123456789012 · eu-west-1": which account a write would change, asked of STS. */
    private static String awsLocation(PreparedStore prepared) {
        String region;
        try {
            region = prepared.config().regionIfSet()
                    .orElseGet(() -> new DefaultAwsRegionProviderChain().getRegion().id());
        } catch (RuntimeException noRegion) {
            return "AWS (no region: set region in the component or AWS_REGION)";
        }
        try (StsClient sts = StsClient.builder()
                .region(Region.of(region))
                .credentialsProvider(prepared.credentials().provider())
                .httpClientBuilder(ApacheHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(10)))
                .build()) {
            return "AWS account " + sts.getCallerIdentity().account() + " · " + region;
        } catch (AwsSetupException | RuntimeException unknown) {
            // the table check that follows reports credential problems with their reason
            return "AWS " + region;
        }
    }

    private static ComponentCatalog catalog(Path path) {
        try {
            return ComponentCatalog.list(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static ComponentManifest manifest(ComponentSet set, ComponentChoice choice) {
        return set.components().stream()
                .filter(c -> choice.name().equals(c.name() == null ? "" : c.name()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(choice.file() + " no longer holds component "
                        + choice.name() + ". Open the file again."));
    }

    private static ComponentSet load(Path path) {
        try {
            return ComponentLoader.load(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
