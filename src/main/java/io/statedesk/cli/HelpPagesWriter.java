package io.statedesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * Writes the usage page of every command, plain and in colour, into the classes folder for {@link HelpPages}: run by
 * the build ({@code process-classes}), {@code java io.statedesk.cli.HelpPagesWriter target/classes}.
 */
public final class HelpPagesWriter {

    private HelpPagesWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0], HelpPages.FOLDER.substring(1));
        Files.createDirectories(folder);
        int written = 0;
        for (Map.Entry<List<String>, CommandLine> command : commands().entrySet()) {
            String[] path = command.getKey().toArray(String[]::new);
            for (boolean ansi : new boolean[] {false, true}) {
                Files.writeString(folder.resolve(HelpPages.fileName(path, ansi)), usage(command.getValue(), ansi),
                        StandardCharsets.UTF_8);
                written++;
            }
        }
        System.out.println("HelpPagesWriter: " + written + " pages in " + folder);
    }

    /** Every command reachable by name or alias, by its path of words; hidden ones left to picocli. */
    static Map<List<String>, CommandLine> commands() {
        CommandLine root = StateDeskCommand.newCommandLine(CliContext.textOnly(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())));
        Map<List<String>, CommandLine> commands = new java.util.LinkedHashMap<>();
        add(commands, List.of(), root);
        return commands;
    }

    private static void add(Map<List<String>, CommandLine> commands, List<String> path, CommandLine command) {
        if (command.getCommandSpec().usageMessage().hidden()) {
            return;
        }
        commands.put(path, command);
        command.getSubcommands().forEach((name, sub) -> {
            List<String> longer = new ArrayList<>(path);
            longer.add(name);
            add(commands, List.copyOf(longer), sub);
        });
    }

    /** The page as picocli prints it for --help, with \n line ends (HelpPages writes the platform's). */
    static String usage(CommandLine command, boolean ansi) {
        StringWriter page = new StringWriter();
        command.usage(new PrintWriter(page), ansi ? Ansi.ON : Ansi.OFF);
        return page.toString().replace(System.lineSeparator(), "\n");
    }
}
