package io.statedesk.cli;

import io.statedesk.engine.error.EtagMismatchException;
import io.statedesk.component.settings.StateDeskSettings;
import io.statedesk.engine.error.FirstWriteConflictException;
import io.statedesk.engine.error.OutcomeUnknownException;
import io.statedesk.engine.error.ThrottledException;
import io.statedesk.engine.error.UnavailableException;
import io.statedesk.engine.error.ReadOnlyException;
import io.statedesk.engine.error.StateStoreException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import java.util.List;
import java.util.Map;

/**
 * Turns every failure into one line on stderr and its exit code; the stack trace only with {@code --debug}. Nothing
 * goes to stdout, so {@code raw} and {@code json} output stays pure even when a command fails.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler, IExitCodeExceptionMapper {


    @Override
    public int getExitCode(Throwable exception) {
        if (exception instanceof CliException cli) {
            return cli.exitCode();
        }
        if (exception instanceof EtagMismatchException || exception instanceof FirstWriteConflictException) {
            return ExitCodes.CONFLICT;
        }
        if (exception instanceof OutcomeUnknownException) {
            return ExitCodes.OUTCOME_UNKNOWN;
        }
        if (exception instanceof ParameterException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.FAILURE;
    }

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    @Override
    public int handleExecutionException(Exception exception, CommandLine command, ParseResult parseResult) {
        // The whole story, stack trace included, for the log file (which hides secrets line by line as well).
        LOG.warn("{} failed: {}", command.getCommandSpec().qualifiedName(), redact(command, message(exception)),
                exception);
        PrintWriter err = command.getErr();
        err.println("error: " + redact(command, oneLine(message(exception))) + limitsHint(exception, command));
        if (debug(command)) {
            // The trace holds the same messages (and the SDK's): redacted line by line too.
            java.io.StringWriter trace = new java.io.StringWriter();
            exception.printStackTrace(new PrintWriter(trace));
            err.print(redact(command, trace.toString()));
        }
        err.flush();
        return getExitCode(exception);
    }

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine command = exception.getCommandLine();
        PrintWriter err = command.getErr();
        String unknown = unknownCommand(exception, command);
        err.println("error: " + (unknown != null ? unknown : oneLine(exception.getMessage())) + " (see '"
                + command.getCommandSpec().qualifiedName() + " --help')");
        if (debug(command)) {
            exception.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.USAGE;
    }

    /**
     * "Unknown command 'kyes'. Did you mean: keys?" when the first word a command with subcommands did not match is
     * not an option; null for any other usage error.
     */
    private static String unknownCommand(ParameterException exception, CommandLine command) {
        if (!(exception instanceof UnmatchedArgumentException unmatched) || command.getSubcommands().isEmpty()
                || unmatched.getUnmatched().isEmpty() || unmatched.getUnmatched().get(0).startsWith("-")) {
            return null;
        }
        String word = unmatched.getUnmatched().get(0);
        List<String> visibleCommands = command.getSubcommands().entrySet().stream()
                .filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden()).map(Map.Entry::getKey)
                .distinct().toList();
        List<String> suggestions = CommandSuggestions.closest(word, visibleCommands);
        String visible = String.join(", ", visibleCommands);
        return "Unknown command '" + word + "'" + (command.getParent() == null ? "" : " of '"
                + command.getCommandSpec().qualifiedName() + "'") + ". "
                + (suggestions.isEmpty() ? "" : "Did you mean: " + String.join(", ", suggestions) + "? ")
                + "Commands: " + visible;
    }

    static String message(Throwable exception) {
        if (exception instanceof ReadOnlyException readOnly) {
            // The engine refused before sending anything; say why here, where the remedy is an option.
            return "write refused before any request" + (readOnly.key() == null ? "" : " for key '" + readOnly.key()
                    + "'") + ": the component points at AWS (or at an endpoint that is not clearly local), where the "
                    + "command line is read-only; pass --allow-writes before the command to write";
        }
        if (exception instanceof CliException || exception instanceof StateStoreException) {
            return exception.getMessage();
        }
        String text = exception.getMessage();
        return exception.getClass().getSimpleName() + (text == null ? "" : ": " + text);
    }

    /**
     * After a timeout, an unreachable endpoint or throttling the reader needs to know what gave up and how to give
     * it longer: the client's limits and where they are set.
     */
    private static String limitsHint(Exception exception, CommandLine command) {
        if (!(exception instanceof UnavailableException || exception instanceof ThrottledException
                || exception instanceof OutcomeUnknownException)) {
            return "";
        }
        Object root = command.getCommandSpec().root().userObject();
        if (!(root instanceof StateDeskCommand statedesk)) {
            return "";
        }
        try {
            return " (limits: " + statedesk.settings().limits().describe() + "; change them with --timeout or in "
                    + StateDeskSettings.FILE_NAME + ")";
        } catch (RuntimeException unreadable) {
            return "";
        }
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    private static String redact(CommandLine command, String text) {
        Object root = command.getCommandSpec().root().userObject();
        return root instanceof StateDeskCommand statedesk ? statedesk.redact(text) : text;
    }

    private static boolean debug(CommandLine command) {
        Object root = command.getCommandSpec().root().userObject();
        return root instanceof StateDeskCommand statedesk && statedesk.debug();
    }
}
