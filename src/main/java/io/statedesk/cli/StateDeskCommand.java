package io.statedesk.cli;

import io.statedesk.component.model.Redactions;
import io.statedesk.component.settings.ClientLimits;
import io.statedesk.component.settings.StateDeskSettings;
import io.statedesk.folders.AppFolders;
import io.statedesk.session.SessionContext;
import java.nio.file.Path;
import java.time.Duration;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: {@code statedesk [global options] COMMAND}. */
@Command(name = "statedesk", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Inspect and edit Dapr state kept in AWS DynamoDB (state.aws.dynamodb).",
        subcommands = {KeysCommand.class, GetCommand.class, SetCommand.class, DeleteCommand.class,
                ExportCommand.class, ImportCommand.class, DiffCommand.class, CopyCommand.class, ValidateCommand.class,
                WorkflowsCommand.class,
                CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success (diff: the two sides are equal)",
                "1:failure (unreachable table, refused write, unreadable file); diff: the two sides differ",
                "2:usage error",
                "3:ETag mismatch or first-write conflict: nothing was written",
                "4:key not found",
                "5:validate found errors",
                "6:outcome unknown: a write was sent and may have been applied (read the key to see)"},
        footerHeading = "%nExample:%n",
        footer = {"  statedesk --component ./components get myapp||order-1 --output json",
                "  statedesk --component ./components --endpoint https://dynamodb.eu-west-1.amazonaws.com \\",
                "      --allow-writes set --app-id myapp order-1 '{\"n\":1}'",
                "  statedesk --kube-context staging --namespace orders --component statestore keys"})
public final class StateDeskCommand implements Runnable {

    @Option(names = "--component", paramLabel = "FILE|DIR|NAME",
            description = "A component file or a resources folder (default: ~/.dapr/components); with --kube-context"
                    + " or --namespace, the name of a component in the cluster.")
    Path component;

    @Option(names = "--name", paramLabel = "NAME",
            description = "The component's metadata.name, when the folder holds several state.aws.dynamodb ones.")
    String name;

    @Option(names = "--profile", paramLabel = "P",
            description = "AWS profile for credentials, instead of the component's keys or the default chain.")
    String profile;

    @Option(names = "--region", paramLabel = "R", description = "AWS region, overriding the component's.")
    String region;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Endpoint, overriding the component's.")
    String endpoint;

    @Option(names = "--allow-writes",
            description = "Allow set, delete and import on AWS, or on any endpoint that is not clearly local "
                    + "(those are read-only by default).")
    boolean allowWrites;

    @Option(names = "--kube-context", paramLabel = "CTX",
            description = "Open from a Kubernetes cluster: a context of your kubeconfig (then --component is the"
                    + " component's name). With --namespace alone, the current context.")
    String kubeContext;

    @Option(names = "--namespace", paramLabel = "NS",
            description = "The namespace of the component in the cluster (default: the context's).")
    String namespace;

    @Option(names = "--value-from-env", paramLabel = "ITEM=VAR",
            description = "For a cluster's component: take item ITEM (an envRef of daprd's container, which the"
                    + " cluster does not show) from variable VAR of this shell. Repeatable.")
    java.util.Map<String, String> valueFromEnv = new java.util.LinkedHashMap<>();

    @Option(names = "--debug", description = "Print the resolved target and stack traces with errors (never a "
            + "resolved secret).")
    boolean debug;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Give up on one DynamoDB call after this many seconds, retries included (default: "
                    + "timeout.total.seconds in the settings file, else 30).")
    Integer timeoutSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CliContext context;

    StateDeskCommand(CliContext context) {
        this.context = context;
    }

    static CommandLine newCommandLine(CliContext context) {
        CommandLine cli = new CommandLine(new StateDeskCommand(context));
        ErrorReporter errors = new ErrorReporter();
        cli.setOut(context.out());
        cli.setErr(context.err());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(errors);
        cli.setParameterExceptionHandler(errors);
        cli.setExitCodeExceptionMapper(errors);
        // For the packages' completion files (tools/packaging/PackageApp.java), not for people.
        cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(true);
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    boolean debug() {
        return debug;
    }

    CliContext context() {
        return context;
    }

    /** The component file or folder the global options name, or the default folder. */
    Path componentSource() {
        return component != null ? component : context.home().resolve(".dapr").resolve("components");
    }

    StoreTarget target() {
        return target(component, name);
    }

    /**
     * The target of a component named by a command's own option ({@code diff}, {@code copy --to}), resolved exactly
     * as the global {@code --component} and {@code --name} are, with the same global overrides.
     */
    StoreTarget target(Path componentOption, String nameOption) {
        Path source = componentOption != null ? componentOption
                : context.home().resolve(".dapr").resolve("components");
        TargetResolver.Choice choice = new TargetResolver.Choice(source, nameOption, profile, region, endpoint,
                allowWrites);
        SessionContext session = SessionContext.standard(context.environment(), context.home(), settings())
                .withClients(context.clients());
        TargetResolver files = new TargetResolver(session);
        StoreTarget target = kubeContext != null || namespace != null
                ? new ClusterTargets(session, context.home(), files).resolve(choice,
                        new ClusterTargets.ClusterChoice(kubeContext, namespace,
                                componentOption != null ? componentOption.toString() : nameOption, valueFromEnv))
                : files.resolve(choice);
        redactions.add(target.redactions());
        return target;
    }

    /** One per component this run resolved ({@code diff} and {@code copy} resolve two). */
    private final java.util.List<Redactions> redactions = new java.util.ArrayList<>();

    /** Any text this command prints about its stores, with credentials and resolved secrets replaced. */
    String redact(String text) {
        String out = text;
        for (Redactions each : redactions) {
            out = each.apply(out);
        }
        return out;
    }

    private StateDeskSettings settings;

    /** The user's settings file (local hosts, timeouts, retries) with {@code --timeout} applied; read once. */
    StateDeskSettings settings() {
        if (settings == null) {
            settings = readSettings();
        }
        return settings;
    }

    private StateDeskSettings readSettings() {
        StateDeskSettings settings = StateDeskSettings.load(StateDeskSettings.location(context.environment(),
                AppFolders.current().configFile(StateDeskSettings.FILE_NAME).getParent()));
        settings.problems().forEach(problem -> context.err().println("warning: " + problem));
        if (timeoutSeconds == null) {
            return settings;
        }
        if (timeoutSeconds < 1 || timeoutSeconds > 900) {
            throw CliException.usage("--timeout " + timeoutSeconds + " is outside 1 to 900 seconds");
        }
        ClientLimits limits = settings.limits();
        Duration total = Duration.ofSeconds(timeoutSeconds);
        Duration attempt = limits.attempt().compareTo(total) > 0 ? total : limits.attempt();
        Duration connect = limits.connect().compareTo(total) > 0 ? total : limits.connect();
        return settings.withLimits(new ClientLimits(connect, attempt, total, limits.maxAttempts()));
    }

    /** Resolves the component and opens the engine; sends no request. */
    StoreSession openStore() {
        return open(target());
    }

    /** {@link #openStore()} for a component named by a command's own option. */
    StoreSession openStore(Path componentOption, String nameOption) {
        return open(target(componentOption, nameOption));
    }

    private StoreSession open(StoreTarget target) {
        if (debug) {
            // Only what the user wrote or chose: values resolved from secret or environment references are named
            // by their reference (StoreTarget.shown), and credentials only by where they come from.
            context.err().println(redact("debug: component '" + target.componentName() + "' in " + target.file()
                    + ", " + target.shown() + (target.config().readOnly() ? ", read-only" : "")
                    + "; credentials: " + target.credentials().explanation() + "; limits: "
                    + target.settings().limits().describe()));
        }
        return StoreSession.open(target, context);
    }
}
