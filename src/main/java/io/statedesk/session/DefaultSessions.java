package io.statedesk.session;

import io.statedesk.component.ComponentCatalog;
import io.statedesk.component.PreparedStore;
import io.statedesk.component.aws.AwsProfile;
import io.statedesk.component.aws.AwsSetupException;
import io.statedesk.component.aws.SharedAwsConfig;
import io.statedesk.component.aws.SsoTokenCache;
import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.model.Violation;
import io.statedesk.component.secrets.EncryptionSecrets;
import io.statedesk.dapr.encryption.EncryptionSetup;
import io.statedesk.engine.StateStore;
import io.statedesk.engine.dynamodb.DynamoDbStateStores;
import io.statedesk.engine.table.TableCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Opens components the way daprd connects, over the component layer and the engine: the file read once when listed,
 * prepared once (validation, secrets, credentials, endpoint), then daprd's start-up probe and StateDesk's table check,
 * each once. Failures are one sentence each, with the remedies the window can offer.
 */
public final class DefaultSessions implements Sessions {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultSessions.class);

    private final SessionContext context;
    private final ExecutorService executor;
    private final KubeClusters clusters;
    private final Preparation preparation;

    /**
     * @param executor runs the engine's parallel work (scan segments, bulk calls) of the sessions it opens
     * @param clusters the user's Kubernetes clusters, or null where none are offered
     */
    public DefaultSessions(SessionContext context, ExecutorService executor, KubeClusters clusters) {
        this.context = context;
        this.executor = executor;
        this.clusters = clusters;
        this.preparation = new Preparation(context);
    }

    @Override
    public Optional<ClusterSource> clusters() {
        return Optional.ofNullable(clusters);
    }

    @Override
    public List<ComponentChoice> list(Path fileOrFolder) {
        ComponentSet set = load(fileOrFolder);
        ComponentCatalog catalog = ComponentCatalog.of(set);
        List<ComponentChoice> choices = new ArrayList<>();
        for (ComponentCatalog.Entry entry : catalog.entries()) {
            List<String> problems = new ArrayList<>(entry.problemSentences());
            if (!entry.isDynamoDb()) {
                problems.add(0, entry.name() + " is a " + entry.type()
                        + " component, not a state.aws.dynamodb state store.");
            }
            choices.add(new ComponentChoice(entry.name(), entry.type(), entry.file(), entry.line(), entry.usable(),
                    problems, null, set));
        }
        if (choices.isEmpty() && !catalog.fileProblems().isEmpty()) {
            throw new IllegalStateException(catalog.fileProblems().stream().map(Violation::describe)
                    .collect(Collectors.joining("\n")));
        }
        return choices;
    }

    @Override
    public PreparedComponent prepare(ComponentChoice choice, String profile) {
        if (choice.fromCluster()) {
            if (clusters == null) {
                throw new IllegalStateException("This window has no access to Kubernetes clusters.");
            }
            return new PreparedComponent(choice, profile, clusters.prepare(choice, profile, preparation));
        }
        // the set as listed: the whole file or folder, so that secret stores in other files of a folder are found
        ComponentSet set = choice.listedIn() != null ? choice.listedIn() : load(choice.file());
        ComponentManifest manifest = manifest(set, choice);
        try {
            return new PreparedComponent(choice, profile, preparation.prepare(set, manifest, profile));
        } catch (AwsSetupException e) {
            throw new IllegalStateException(e.getMessage() + " " + e.fix(), e);
        }
    }

    @Override
    public Optional<SignInNeed> signInNeeded(PreparedComponent component) {
        return SignInCheck.of(component.store(), context);
    }

    @Override
    public StoreSession open(PreparedComponent component) {
        PreparedStore prepared = component.store();
        OpenFailures failures = new OpenFailures(component, context.writePolicy());
        if (prepared.hasErrors()) {
            throw failures.invalid();
        }
        DynamoDbClient client;
        try {
            client = context.clients().create(prepared.config(), prepared.credentials(), context.settings());
        } catch (AwsSetupException e) {
            throw new OpenFailedException(e.getMessage() + " " + e.fix(), List.of(Remedy.EDIT_COMPONENT, Remedy.RETRY),
                    e);
        }
        boolean readOnly = context.writePolicy().opensReadOnly(prepared.config().endpoint());
        // An endpoint or table resolved from a secret reference is shown as <secret>, here and in every error.
        // An endpoint from AWS_ENDPOINT_URL_DYNAMODB or a profile says so: "http://127.0.0.1:8000 (from ...)".
        String where = prepared.redactions().apply(prepared.config().endpointIfSet()
                .map(e -> prepared.endpoint().describe())
                .orElseGet(() -> AwsLocation.of(prepared)));
        String location = where + " · table " + prepared.redactions().apply(prepared.config().table())
                + (component.profile() == null ? "" : " · profile " + component.profile());
        StoreSession session = new StoreSession(component.name(), location, readOnly, false,
                prepared.storeConfig(readOnly), c -> DynamoDbStateStores.create(c, client, executor,
                        DynamoDbStateStores.DEFAULT_BULK_PARALLELISM,
                        ScanSegments.forEndpoint(context.settings().localEndpoints(), prepared.config().endpoint())),
                client::close)
                .withEncryption(EncryptionSetup.of(EncryptionSecrets.of(prepared.metadata())));
        try {
            StateStore store = session.store();
            store.probe();
            TableCheck check = store.checkTable();
            if (!check.ok()) {
                throw failures.unusableTable(check);
            }
            LOG.info("Opened '{}': {}, {}", component.name(), location, readOnly ? "read-only" : "writes allowed");
            return session.withTableCheck(check);
        } catch (RuntimeException e) {
            session.close();
            LOG.warn("Opening '{}' at {} failed", component.name(), where, e);
            throw failures.explained(e, where);
        }
    }

    @Override
    public String createTable(PreparedComponent component) {
        return LocalTables.create(component.store(), context);
    }

    @Override
    public List<AwsProfileChoice> profiles() {
        try {
            return context.sharedConfig().load().profiles().stream().map(AwsProfileChoice::of).toList();
        } catch (AwsSetupException unreadable) {
            // the message names the file and the line; the window shows it instead of an empty list
            throw new IllegalStateException(unreadable.getMessage() + " " + unreadable.fix(), unreadable);
        }
    }

    @Override
    public void signIn(String profile, SignInPrompt prompt, BooleanSupplier cancelled) throws InterruptedException {
        try {
            SharedAwsConfig shared = context.sharedConfig().load();
            AwsProfile found = shared.profile(profile).orElseThrow(() -> new IllegalStateException(
                    "There is no AWS profile named " + profile + " in " + shared.configFile() + "."));
            AwsProfile.SsoLogin login = found.sso().orElseThrow(() -> new IllegalStateException("Profile "
                    + profile + " does not sign in through AWS IAM Identity Center (it has no sso_session or"
                    + " sso_start_url), so there is nothing to sign in to."));
            context.signIns().apply(new SsoTokenCache(shared.ssoCacheDirectory(), context.clock()))
                    .signIn(login, prompt::show, cancelled);
        } catch (AwsSetupException e) {
            throw new IllegalStateException(e.getMessage() + " " + e.fix(), e);
        }
    }

    /** The listed component: by name, and by file where a folder holds that name twice. */
    private static ComponentManifest manifest(ComponentSet set, ComponentChoice choice) {
        List<ComponentManifest> named = set.components().stream()
                .filter(c -> choice.name().equals(c.name() == null ? "" : c.name())).toList();
        Path file = choice.file().toAbsolutePath().normalize();
        return named.stream().filter(c -> named.size() == 1 || c.file().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalStateException(choice.file() + " no longer holds component "
                        + choice.name() + ". Open the file again."));
    }

    private ComponentSet load(Path path) {
        try {
            return context.files().load(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
