package io.statedesk.cli;

import java.io.PrintWriter;
import java.util.Set;

/** Decides whether the launcher's arguments ask for the command line, and runs it. */
public final class CommandLineMain {

    private static final Set<String> COMMAND_WORDS =
            Set.of("keys", "get", "set", "delete", "export", "import", "validate", "help", "--help", "-h",
                    "--version", "-V");

    private CommandLineMain() {
    }

    /**
     * True when the arguments name a subcommand (after any global options). A lone file or folder argument opens the
     * window on that component instead.
     */
    public static boolean isCommandLine(String[] args) {
        for (String arg : args) {
            if (COMMAND_WORDS.contains(arg)) {
                return true;
            }
        }
        return false;
    }

    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return StateDeskCommand.newCommandLine(out, err).execute(args);
    }
}
