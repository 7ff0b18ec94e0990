package io.statedesk.ui.help;

import io.statedesk.build.BuildInfo;
import io.statedesk.history.WriteHistory;
import io.statedesk.logging.LogSecrets;
import io.statedesk.ui.common.DialogService;
import io.statedesk.ui.common.TaskRunner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Help menu: About, the log folder, a problem report with secrets masked, and clearing the write history. */
public final class HelpViewModel {

    /** How much of the log's end a problem report carries. */
    static final int REPORT_LOG_LINES = 60;
    private static final int TAIL_BYTES = 64 * 1024;

    private final AboutFacts facts;
    private final List<Licence> licences;
    private final WriteHistory history;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Desktop desktop;
    private final String home;

    /**
     * @param inventory the jar's THIRD-PARTY.txt
     * @param home      the user's home folder, shown as ~ in a report
     */
    public HelpViewModel(AboutFacts facts, String inventory, WriteHistory history, TaskRunner runner,
            DialogService dialogs, Desktop desktop, Path home) {
        this.facts = facts;
        List<Licence> shipped = new ArrayList<>(Licence.parse(inventory));
        // The sandbox's server is a program beside the jars: its licence files and the crates it is built from are
        // in the installation's dynoxide/licenses (checked by the build, tools/dynoxide).
        shipped.add(new Licence("dynoxide, the sandbox's local DynamoDB", "dynoxide-rs:" + BuildInfo.dynoxideVersion()
                + " (crates.io)", "MIT or Apache-2.0"));
        this.licences = List.copyOf(shipped);
        this.history = history;
        this.runner = runner;
        this.dialogs = dialogs;
        this.desktop = desktop;
        this.home = home.toString();
    }

    // ---- state ----

    /** The About dialog's facts, by label, in order. */
    public Map<String, String> about() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("Version", facts.version());
        lines.put("Build", facts.build());
        lines.put("Java", facts.java());
        lines.put("JavaFX", facts.javaFx());
        lines.put("System", facts.os());
        lines.put("Settings", facts.config().toString());
        lines.put("Data", facts.data().toString());
        lines.put("Logs", facts.logs().toString());
        return lines;
    }

    /** The libraries StateDesk ships and their licences, from the build's inventory. */
    public List<Licence> licences() {
        return licences;
    }

    // ---- commands ----

    /** Opens the log folder, creating it if nothing has logged yet. */
    public void openLogFolder() {
        runner.run(() -> Files.createDirectories(facts.logs()), desktop::openFolder,
                failure -> dialogs.showError("Open log folder", "The log folder " + facts.logs()
                        + " cannot be opened: " + failure.getMessage()));
    }

    /** Copies a report of this copy of StateDesk and the end of its log, secrets masked, and shows it. */
    public void reportProblem() {
        runner.run(this::problemReport, report -> {
            desktop.copy(report);
            dialogs.showText("Report a problem", "This report is on the clipboard: paste it into your issue or"
                    + " message, with what you did and what you expected. Keys, tokens and values from secret"
                    + " references are shown as <secret>; read it before you send it.\n\n" + report);
        }, failure -> dialogs.showError("Report a problem", "The report could not be made: " + failure.getMessage()));
    }

    /** Asks first, then deletes the record of every write (Values in the tables are not touched). */
    public void clearHistory() {
        if (!dialogs.confirm("Clear history", "Delete the record of every write StateDesk made, with the values"
                + " before and after each one (" + history.file() + ")? The tables are not touched. This cannot be"
                + " undone.", "Clear history")) {
            return;
        }
        runner.run(() -> {
            history.clear();
            return history.file();
        }, file -> dialogs.showText("Clear history", "The write history is empty now."),
                failure -> dialogs.showError("Clear history", "The history could not be deleted: "
                        + failure.getMessage()));
    }

    /** The report's text: versions, folders and the end of the log, with known secrets and the home masked. */
    String problemReport() throws IOException {
        StringBuilder report = new StringBuilder("StateDesk problem report\n");
        about().forEach((label, value) -> report.append(label).append(": ").append(value).append('\n'));
        report.append("\nLast lines of ").append(facts.logFile().getFileName()).append(":\n");
        List<String> tail = tail(facts.logFile());
        if (tail.isEmpty()) {
            report.append("(no log yet)\n");
        }
        tail.forEach(line -> report.append(line).append('\n'));
        return mask(report.toString());
    }

    private String mask(String text) {
        String masked = LogSecrets.apply(text);
        return home.length() > 1 ? masked.replace(home, "~") : masked;
    }

    /** The last lines of a log file, reading only its end. */
    private static List<String> tail(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        long size = Files.size(file);
        byte[] end;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(Math.max(0, size - TAIL_BYTES));
            end = in.readAllBytes();
        }
        List<String> lines = new ArrayList<>(List.of(new String(end, StandardCharsets.UTF_8).split("\\R")));
        if (size > TAIL_BYTES && !lines.isEmpty()) {
            lines.remove(0); // cut in the middle
        }
        return lines.subList(Math.max(0, lines.size() - REPORT_LOG_LINES), lines.size());
    }
}
