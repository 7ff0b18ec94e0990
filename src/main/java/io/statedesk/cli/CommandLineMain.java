package io.statedesk.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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

    /** Runs as a process: UTF-8 text on stdout and stderr, value bytes unchanged for {@code --output raw}. */
    public static int run(String[] args) {
        // Bytes written to a PrintStream pass unchanged; text is encoded as UTF-8 whatever the platform charset.
        OutputStream stdout = System.out;
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try {
            return run(args, CliContext.system(System.in, stdout, out, err));
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Runs with text streams only (raw bytes are decoded as UTF-8 into {@code out}). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, CliContext.textOnly(out, err));
    }

    /** Runs with every stream and seam given. */
    public static int run(String[] args, CliContext context) {
        int code;
        try {
            code = StateDeskCommand.newCommandLine(context).execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands on only exceptions; an error would end as a stack trace. What was held is gone by now.
            context.err().println("error: out of memory (maximum heap " + Runtime.getRuntime().maxMemory() / 1_048_576
                    + " MB); give Java more, e.g. JAVA_TOOL_OPTIONS=-Xmx2g, or work on a smaller part with --prefix");
            code = ExitCodes.FAILURE;
        }
        context.out().flush();
        context.err().flush();
        return code;
    }
}
