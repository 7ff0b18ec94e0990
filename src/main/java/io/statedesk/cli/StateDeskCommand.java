package io.statedesk.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: {@code statedesk [global options] COMMAND}. */
@Command(name = "statedesk", mixinStandardHelpOptions = true, version = "StateDesk 0.1.0",
        description = "Inspect and edit Dapr state kept in AWS DynamoDB (state.aws.dynamodb).",
        subcommands = {CommandLine.HelpCommand.class})
public final class StateDeskCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new StateDeskCommand());
        cli.setOut(out);
        cli.setErr(err);
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
