package io.statedesk.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: {@code statedesk [global options] COMMAND}. */
@Command(name = "statedesk", mixinStandardHelpOptions = true, version = "StateDesk 0.1.0",
        description = "Inspect and edit Dapr state kept in AWS DynamoDB (state.aws.dynamodb).",
        subcommands = {KeysCommand.class, GetCommand.class, SetCommand.class, DeleteCommand.class,
                ExportCommand.class, ImportCommand.class, ValidateCommand.class, WorkflowsCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:failure (unreachable table, refused write, unreadable file)",
                "2:usage error",
                "3:ETag mismatch or first-write conflict: nothing was written",
                "4:key not found",
                "5:validate found errors"},
        footerHeading = "%nExample:%n",
        footer = {"  statedesk --component ./components get myapp||order-1 --output json",
                "  statedesk --component ./components --endpoint https://dynamodb.eu-west-1.amazonaws.com \\",
                "      --allow-writes set --app-id myapp order-1 '{\"n\":1}'"})
public final class StateDeskCommand implements Runnable {

    @Option(names = "--component", paramLabel = "FILE|DIR",
            description = "A component file or a resources folder (default: ~/.dapr/components).")
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

    @Option(names = "--debug", description = "Print stack traces with errors.")
    boolean debug;

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
        return new TargetResolver(context.environment(), context.home()).resolve(new TargetResolver.Choice(
                componentSource(), name, profile, region, endpoint, allowWrites));
    }

    /** Resolves the component and opens the engine; sends no request. */
    StoreSession openStore() {
        StoreTarget target = target();
        if (debug) {
            context.err().println("debug: component '" + target.componentName() + "' in " + target.file()
                    + ", table " + target.config().table() + ", endpoint "
                    + (target.component().endpoint() == null ? "AWS" : target.component().endpoint())
                    + (target.config().readOnly() ? ", read-only" : "") + "; credentials: "
                    + target.credentials().explanation());
        }
        return StoreSession.open(target, context);
    }
}
