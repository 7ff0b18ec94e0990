package io.statedesk.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Decides whether the launcher's arguments ask for the command line, and runs it. */
public final class CommandLineMain {

    private static final Set<String> HELP_AND_VERSION = Set.of("help", "--help", "-h", "--version", "-V");
    private static final String GENERATE_COMPLETION = "generate-completion";
    /** A word a user might type as a command: no path separator, no extension, not an option. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private CommandLineMain() {
    }

    /**
     * True when the arguments ask for the command line rather than the window: a command (or help, or the version)
     * anywhere, or a first argument that is no existing file or folder and reads like a command word, mistyped
     * ({@code statedesk kyes}): the command line then says it is unknown and suggests one, without starting
     * JavaFX. Arguments that are existing files or folders, or look like paths ({@code ./components},
     * {@code statestore.yaml}, {@code ~/x}), open the window on them; a path that does not exist is the window's to
     * report. A file or folder named like a command is reached with a path ({@code ./keys}).
     */
    public static boolean isCommandLine(String[] args) {
        if (args.length == 0) {
            return false; // the window on the sandbox, without loading the commands' classes first
        }
        Set<String> commands = commandNames();
        for (String arg : args) {
            if (commands.contains(arg) || HELP_AND_VERSION.contains(arg)) {
                return true;
            }
        }
        for (String arg : args) {
            if (arg.startsWith("-")) {
                continue;
            }
            return WORD.matcher(arg).matches() && !Files.exists(Path.of(arg));
        }
        return false;
    }

    /**
     * True when the command line will only print what it knows (help, the version, the shell completion script) and
     * reach no component: the launcher then starts no log file, which would cost more than the answer.
     */
    public static boolean onlyPrintsInformation(String[] args) {
        for (String arg : args) {
            if (HELP_AND_VERSION.contains(arg) || arg.equals(GENERATE_COMPLETION)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the command will talk to a state store (every command but {@code validate}, help, the version and
     * the completion script): the launcher then warms the AWS SDK up while the command reads its component.
     */
    public static boolean reachesAStore(String[] args) {
        if (onlyPrintsInformation(args)) {
            return false;
        }
        Set<String> commands = commandNames();
        for (String arg : args) {
            if (commands.contains(arg)) {
                return !arg.equals("validate");
            }
        }
        return false;
    }

    /** The root command's subcommands, read from their annotations (nothing is built or started). */
    static Set<String> commandNames() {
        Set<String> names = new TreeSet<>();
        for (Class<?> command : StateDeskCommand.class.getAnnotation(CommandLine.Command.class).subcommands()) {
            CommandLine.Command annotation = command.getAnnotation(CommandLine.Command.class);
            names.add(annotation.name());
            names.addAll(Arrays.asList(annotation.aliases()));
        }
        return names;
    }

    /**
     * Why the window cannot open here, or null: on Linux (and other X11 or Wayland systems) with neither DISPLAY nor
     * WAYLAND_DISPLAY set, as over ssh or in a container. A glass platform given by property (Monocle) has no need.
     */
    public static String whyNoWindow(Map<String, String> environment) {
        String os = System.getProperty("os.name", "");
        if (os.startsWith("Windows") || os.startsWith("Mac") || System.getProperty("glass.platform") != null) {
            return null;
        }
        if (!environment.getOrDefault("DISPLAY", "").isBlank()
                || !environment.getOrDefault("WAYLAND_DISPLAY", "").isBlank()) {
            return null;
        }
        return "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); for the command line "
                + "give a command, see 'statedesk --help'";
    }

    /** Prints why the launcher stops, as the command line prints its errors; returns the exit code. */
    public static int refuse(String reason) {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        err.println("error: " + reason);
        err.flush();
        return ExitCodes.FAILURE;
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
