package io.statedesk.app;

import io.statedesk.component.PreparedStore;
import io.statedesk.component.aws.AwsSetupException;
import io.statedesk.component.aws.SharedAwsConfig;
import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.component.model.Violation;
import io.statedesk.component.settings.StateDeskSettings;
import io.statedesk.engine.StateStore;
import io.statedesk.engine.dynamodb.DynamoDbStateStores;
import io.statedesk.engine.error.AccessDeniedException;
import io.statedesk.engine.error.StateStoreException;
import io.statedesk.engine.error.TableNotFoundException;
import io.statedesk.engine.error.UnavailableException;
import io.statedesk.engine.table.TableCheck;
import io.statedesk.engine.table.TableCreation;
import io.statedesk.ui.common.ErrorText;
import io.statedesk.ui.componentform.ComponentConnections;
import io.statedesk.ui.componentform.ConnectionReport;
import io.statedesk.ui.componentform.ConnectionStep.Line;
import io.statedesk.ui.componentform.ConnectionStep.Outcome;
import io.statedesk.ui.componentform.ConnectionStep;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The form's connection test and local table creation, over the component layer and the engine. */
public final class AppComponentConnections implements ComponentConnections {

    static final String SETUP = "Settings, secrets and credentials";
    static final String PROBE = "Probe: GetItem of a random key, as daprd does at start";
    static final String TABLE = "Table check: key schema and TTL";

    private final AppComponentOpener.SharedConfigSource sharedConfig;
    private final Clock clock;
    private final StateDeskSettings settings = AppSettings.load();

    public AppComponentConnections() {
        this(SharedAwsConfig::loadDefault, Clock.systemUTC());
    }

    AppComponentConnections(AppComponentOpener.SharedConfigSource sharedConfig, Clock clock) {
        this.sharedConfig = sharedConfig;
        this.clock = clock;
    }

    @Override
    public ConnectionReport test(Target target) {
        List<ConnectionStep> steps = new ArrayList<>();
        long start = System.nanoTime();
        PreparedStore prepared;
        DynamoDbClient client;
        try {
            prepared = prepare(target);
            List<Violation> errors = prepared.problems().stream().filter(Violation::isError).toList();
            if (!errors.isEmpty()) {
                steps.add(new ConnectionStep(SETUP, Outcome.FAILED, since(start), errors.stream()
                        .map(v -> new Line(Outcome.FAILED, v.message() + " " + v.fix())).toList()));
                return skipRest(steps, "Not run: the settings are incomplete.");
            }
            var signIn = signInNeeded(prepared, target);
            if (signIn.isPresent()) {
                String profile = signIn.get().profile();
                steps.add(new ConnectionStep(SETUP, Outcome.FAILED, since(start), List.of(new Line(Outcome.FAILED,
                        "The credentials come from the AWS profile " + profile + ", which signs in through AWS IAM"
                                + " Identity Center (SSO), and " + signIn.get().reason() + ". Open the component"
                                + " from the main window to sign in, or run \"aws sso login --profile " + profile
                                + "\"."))));
                return skipRest(steps, "Not run: the SSO sign-in is missing or expired.");
            }
            client = prepared.openClient(settings);
        } catch (AwsSetupException e) {
            steps.add(new ConnectionStep(SETUP, Outcome.FAILED, since(start),
                    List.of(new Line(Outcome.FAILED, e.getMessage() + " " + e.fix()))));
            return skipRest(steps, "Not run: no client could be built.");
        }
        DynamoDbComponentConfig config = prepared.config();
        steps.add(new ConnectionStep(SETUP, Outcome.PASSED, since(start), List.of(
                new Line(Outcome.PASSED, where(config)),
                new Line(Outcome.PASSED, prepared.credentials().explanation()))));
        try (client; StateStore store = DynamoDbStateStores.create(prepared.storeConfig(true), client, Runnable::run)) {
            boolean reached = probe(store, config, steps);
            if (!reached) {
                steps.add(ConnectionStep.skipped(TABLE, "Not run: DynamoDB was not reached with these settings."));
            } else {
                check(store, config, steps);
            }
        }
        return new ConnectionReport(steps);
    }

    /** Runs the probe; false when DynamoDB was not reached at all (so the table check would say nothing more). */
    private static boolean probe(StateStore store, DynamoDbComponentConfig config, List<ConnectionStep> steps) {
        long start = System.nanoTime();
        try {
            store.probe();
            steps.add(new ConnectionStep(PROBE, Outcome.PASSED, since(start), List.of(new Line(Outcome.PASSED,
                    "DynamoDB answered for table '" + config.table() + "'; daprd's start-up check passes."))));
            return true;
        } catch (StateStoreException e) {
            steps.add(new ConnectionStep(PROBE, Outcome.FAILED, since(start),
                    List.of(new Line(Outcome.FAILED, ErrorText.of(e) + ". " + probeFix(e, config)))));
            return !(e instanceof UnavailableException || e instanceof AccessDeniedException);
        }
    }

    private static String probeFix(StateStoreException e, DynamoDbComponentConfig config) {
        if (e instanceof TableNotFoundException) {
            return config.isLocalEndpoint() ? "daprd fails the same way. Use \"Create the table\", or correct the"
                    + " table name." : "daprd fails the same way. Create the table, or correct the table and region.";
        }
        if (e instanceof UnavailableException) {
            return config.isLocalEndpoint() ? "Nothing answered at " + config.endpoint() + ": start DynamoDB Local"
                    + " or LocalStack there, or correct the endpoint." : "Check the network, the region and the"
                    + " endpoint.";
        }
        if (e instanceof AccessDeniedException) {
            return "Check the credentials, and that they may call dynamodb:GetItem on this table.";
        }
        return "daprd fails the same way; the table check below says why.";
    }

    private static void check(StateStore store, DynamoDbComponentConfig config, List<ConnectionStep> steps) {
        long start = System.nanoTime();
        try {
            TableCheck check = store.checkTable();
            List<Line> lines = check.diagnostics().stream().map(d -> new Line(switch (d.severity()) {
                case ERROR -> Outcome.FAILED;
                case WARNING -> Outcome.WARNING;
                case INFO -> Outcome.PASSED;
            }, d.message() + (!check.exists() && config.isLocalEndpoint() ? "; or use \"Create the table\"" : "")
                    + ".")).toList();
            if (lines.isEmpty()) {
                lines = List.of(new Line(Outcome.PASSED, "The key schema is as Dapr needs it: one S hash key '"
                        + config.partitionKey() + "', no sort key."));
            }
            Outcome worst = lines.stream().map(Line::outcome).max(Comparator.comparing(AppComponentConnections::rank))
                    .orElse(Outcome.PASSED);
            steps.add(new ConnectionStep(TABLE, worst, since(start), lines));
        } catch (StateStoreException e) {
            steps.add(new ConnectionStep(TABLE, Outcome.FAILED, since(start),
                    List.of(new Line(Outcome.FAILED, ErrorText.of(e) + "."))));
        }
    }

    /** The component with the window's AWS profile when one is chosen, else in daprd's credential order. */
    private PreparedStore prepare(Target target) throws AwsSetupException {
        SharedAwsConfig shared = target.profile() == null ? null : sharedConfig.load();
        return PreparedStore.prepare(target.set(), target.component(), target.environment(), shared,
                target.profile());
    }

    private java.util.Optional<io.statedesk.session.SignInNeed> signInNeeded(PreparedStore prepared,
                                                                                 Target target) {
        try {
            return SsoSignInCheck.of(prepared, sharedConfig.load(), target.environment(), clock);
        } catch (AwsSetupException unreadable) {
            // without readable shared config files the SDK reads no SSO profile either; the probe says the rest
            return java.util.Optional.empty();
        }
    }

    @Override
    public String createTable(Target target) {
        PreparedStore prepared;
        try {
            prepared = prepare(target);
        } catch (AwsSetupException e) {
            throw new IllegalStateException(e.getMessage() + " " + e.fix(), e);
        }
        DynamoDbComponentConfig config = prepared.config();
        if (!settings.localEndpoints().isLocal(config.endpoint())) {
            throw new IllegalStateException("StateDesk creates tables only on a local endpoint (localhost, a"
                    + " loopback address, or a host marked local in " + StateDeskSettings.FILE_NAME + "); this component points at " + (config.endpoint() == null ? "AWS"
                    : config.endpoint()) + ". Create the table with your usual AWS tooling.");
        }
        String table = config.table();
        try (DynamoDbClient client = prepared.openClient(settings);
             StateStore store = DynamoDbStateStores.create(prepared.storeConfig(false), client, Runnable::run)) {
            TableCreation creation = store.createTable();
            if (creation instanceof TableCreation.Created created) {
                return "Created table '" + table + "' at " + config.endpoint() + " with the hash key '"
                        + created.hashKey() + "' (S)" + (created.ttlAttribute() == null ? "."
                        : " and TTL enabled on " + created.ttlAttribute() + ".");
            }
            throw new IllegalStateException("Table '" + table + "' already exists at " + config.endpoint() + ".");
        } catch (AwsSetupException e) {
            throw new IllegalStateException(e.getMessage() + " " + e.fix(), e);
        } catch (StateStoreException e) {
            throw new IllegalStateException("Table '" + table + "' could not be created at " + config.endpoint()
                    + ": " + ErrorText.of(e), e);
        }
    }

    private static String where(DynamoDbComponentConfig config) {
        String region = config.regionIfSet().orElse("the SDK's default region");
        return config.endpointIfSet().map(e -> "Endpoint " + e + " (" + (config.isLocalEndpoint() ? "local" : "not"
                + " local") + "), region " + region + ".").orElse("AWS DynamoDB in " + region + ".");
    }

    private static ConnectionReport skipRest(List<ConnectionStep> steps, String why) {
        steps.add(ConnectionStep.skipped(PROBE, why));
        steps.add(ConnectionStep.skipped(TABLE, why));
        return new ConnectionReport(steps);
    }

    private static int rank(Outcome outcome) {
        return switch (outcome) {
            case SKIPPED -> 0;
            case PASSED -> 1;
            case WARNING -> 2;
            case FAILED -> 3;
        };
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
