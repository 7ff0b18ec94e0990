package io.statedesk.session;

import io.statedesk.component.PreparedStore;
import io.statedesk.component.aws.AwsSetupException;
import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.component.model.Violation;
import io.statedesk.engine.StateStore;
import io.statedesk.engine.dynamodb.DynamoDbStateStores;
import io.statedesk.engine.error.AccessDeniedException;
import io.statedesk.engine.error.StateStoreException;
import io.statedesk.engine.error.TableNotFoundException;
import io.statedesk.engine.error.UnavailableException;
import io.statedesk.engine.table.TableCheck;
import io.statedesk.session.ConnectionStep.Line;
import io.statedesk.session.ConnectionStep.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The form's connection test and local table creation, over the component layer and the engine. */
public final class ConnectionTests implements ComponentConnections {

    static final String SETUP = "Settings, secrets and credentials";
    static final String PROBE = "Probe: GetItem of a random key, as daprd does at start";
    static final String TABLE = "Table check: key schema and TTL";

    private final SessionContext context;
    private final Preparation preparation;

    public ConnectionTests(SessionContext context) {
        this.context = context;
        this.preparation = new Preparation(context);
    }

    @Override
    public WritePolicy writePolicy() {
        return context.writePolicy();
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
            var signIn = SignInCheck.of(prepared, context);
            if (signIn.isPresent()) {
                String profile = signIn.get().profile();
                steps.add(new ConnectionStep(SETUP, Outcome.FAILED, since(start), List.of(new Line(Outcome.FAILED,
                        "The credentials come from the AWS profile " + profile + ", which signs in through AWS IAM"
                                + " Identity Center (SSO), and " + signIn.get().reason() + ". Open the component"
                                + " from the main window to sign in, or run \"aws sso login --profile " + profile
                                + "\"."))));
                return skipRest(steps, "Not run: the SSO sign-in is missing or expired.");
            }
            client = context.clients().create(prepared.config(), prepared.credentials(), context.settings());
        } catch (AwsSetupException e) {
            steps.add(new ConnectionStep(SETUP, Outcome.FAILED, since(start),
                    List.of(new Line(Outcome.FAILED, e.getMessage() + " " + e.fix()))));
            return skipRest(steps, "Not run: no client could be built.");
        }
        DynamoDbComponentConfig config = prepared.config();
        WritePolicy policy = context.writePolicy();
        steps.add(new ConnectionStep(SETUP, Outcome.PASSED, since(start), List.of(
                new Line(Outcome.PASSED, where(config, policy)),
                new Line(Outcome.PASSED, prepared.credentials().explanation()))));
        try (client; StateStore store = DynamoDbStateStores.create(prepared.storeConfig(true), client, Runnable::run)) {
            boolean reached = probe(store, config, policy, steps);
            if (!reached) {
                steps.add(ConnectionStep.skipped(TABLE, "Not run: DynamoDB was not reached with these settings."));
            } else {
                check(store, config, policy, steps);
            }
        }
        return new ConnectionReport(steps);
    }

    /** Runs the probe; false when DynamoDB was not reached at all (so the table check would say nothing more). */
    private static boolean probe(StateStore store, DynamoDbComponentConfig config, WritePolicy policy,
                                 List<ConnectionStep> steps) {
        long start = System.nanoTime();
        try {
            store.probe();
            steps.add(new ConnectionStep(PROBE, Outcome.PASSED, since(start), List.of(new Line(Outcome.PASSED,
                    "DynamoDB answered for table '" + config.table() + "'; daprd's start-up check passes."))));
            return true;
        } catch (StateStoreException e) {
            steps.add(new ConnectionStep(PROBE, Outcome.FAILED, since(start),
                    List.of(new Line(Outcome.FAILED, ErrorText.of(e) + ". " + probeFix(e, config, policy)))));
            return !(e instanceof UnavailableException || e instanceof AccessDeniedException);
        }
    }

    private static String probeFix(StateStoreException e, DynamoDbComponentConfig config, WritePolicy policy) {
        if (e instanceof TableNotFoundException) {
            return policy.isLocal(config.endpoint()) ? "daprd fails the same way. Use \"Create the table\", or correct the"
                    + " table name." : "daprd fails the same way. Create the table, or correct the table and region.";
        }
        if (e instanceof UnavailableException) {
            return policy.isLocal(config.endpoint()) ? "Nothing answered at " + config.endpoint() + ": start DynamoDB Local"
                    + " or LocalStack there, or correct the endpoint." : "Check the network, the region and the"
                    + " endpoint.";
        }
        if (e instanceof AccessDeniedException) {
            return "Check the credentials, and that they may call dynamodb:GetItem on this table.";
        }
        return "daprd fails the same way; the table check below says why.";
    }

    private static void check(StateStore store, DynamoDbComponentConfig config, WritePolicy policy,
                              List<ConnectionStep> steps) {
        long start = System.nanoTime();
        try {
            TableCheck check = store.checkTable();
            List<Line> lines = check.diagnostics().stream().map(d -> new Line(switch (d.severity()) {
                case ERROR -> Outcome.FAILED;
                case WARNING -> Outcome.WARNING;
                case INFO -> Outcome.PASSED;
            }, d.message() + (!check.exists() && policy.isLocal(config.endpoint()) ? "; or use \"Create the table\"" : "")
                    + ".")).toList();
            if (lines.isEmpty()) {
                lines = List.of(new Line(Outcome.PASSED, "The key schema is as Dapr needs it: one S hash key '"
                        + config.partitionKey() + "', no sort key."));
            }
            Outcome worst = lines.stream().map(Line::outcome).max(Comparator.comparing(ConnectionTests::rank))
                    .orElse(Outcome.PASSED);
            steps.add(new ConnectionStep(TABLE, worst, since(start), lines));
        } catch (StateStoreException e) {
            steps.add(new ConnectionStep(TABLE, Outcome.FAILED, since(start),
                    List.of(new Line(Outcome.FAILED, ErrorText.of(e) + "."))));
        }
    }

    /** The component with the window's AWS profile when one is chosen, else in daprd's credential order. */
    private PreparedStore prepare(Target target) throws AwsSetupException {
        return preparation.prepare(target.set(), target.component(), target.profile());
    }

    @Override
    public String createTable(Target target) {
        try {
            return LocalTables.create(prepare(target), context);
        } catch (AwsSetupException e) {
            throw new IllegalStateException(e.getMessage() + " " + e.fix(), e);
        }
    }

    private static String where(DynamoDbComponentConfig config, WritePolicy policy) {
        String region = config.regionIfSet().orElse("the SDK's default region");
        return config.endpointIfSet().map(e -> "Endpoint " + e + " (" + (policy.isLocal(config.endpoint()) ? "local" : "not"
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
