package io.statedesk.cli;

import io.statedesk.build.BuildInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine.Help.Ansi;

/**
 * {@code --help} and {@code --version} without building the command line: picocli reflects over every command before
 * it can print a usage page (about 0.3 s of a 0.45 s {@code --help}; issue 19 asks for 0.4 s), so the build prints
 * each page once ({@link HelpPagesWriter}, in the {@code process-classes} phase) and the launcher prints the stored
 * page. {@code HelpPagesTest} holds every page to what picocli prints from the same classes. Anything else (a page
 * not stored, a usage width asked for, options beside {@code --help}) goes to picocli as before.
 */
public final class HelpPages {

    static final String FOLDER = "/io/statedesk/cli/help/";
    static final String ROOT = "statedesk";

    private HelpPages() {
    }

    /** Prints what the arguments ask for when it is the version or a stored page; false leaves them to picocli. */
    public static boolean printIfStored(String[] args, PrintStream out) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            out.print(versionLine() + System.lineSeparator());
            out.flush();
            return true;
        }
        if (args.length == 0 || !isHelp(args[args.length - 1])
                || System.getProperty("picocli.usage.width") != null) {
            return false;
        }
        String[] path = Arrays.copyOf(args, args.length - 1);
        for (String word : path) {
            if (!word.matches("[a-z][a-z-]*")) {
                return false;
            }
        }
        byte[] page = page(path, Ansi.AUTO.enabled());
        if (page == null) {
            return false;
        }
        byte[] bytes = System.lineSeparator().equals("\n") ? page : new String(page, StandardCharsets.UTF_8)
                .replace("\n", System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
        out.flush();
        return true;
    }

    static String versionLine() {
        return "StateDesk " + BuildInfo.version();
    }

    /** The stored page of a command path ({@code []} the root, {@code [workflows, list]}), or null. */
    static byte[] page(String[] path, boolean ansi) {
        try (InputStream in = HelpPages.class.getResourceAsStream(FOLDER + fileName(path, ansi))) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    static String fileName(String[] path, boolean ansi) {
        StringBuilder name = new StringBuilder(ROOT);
        for (String word : path) {
            name.append('.').append(word);
        }
        return name.append(ansi ? ".ansi" : "").append(".txt").toString();
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h");
    }
}
