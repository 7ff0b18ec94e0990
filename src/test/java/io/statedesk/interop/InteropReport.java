package io.statedesk.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The cross-check report, {@code target/interop-report.md}: every field compared between Dapr's own component (the Go
 * driver, or daprd) and StateDesk's engine, grouped by section, with the operations run on each side. Rewritten after
 * every interop test class, so it always holds everything the run has checked so far.
 */
public final class InteropReport {

    /** One compared field. */
    record Row(String section, String direction, String subject, String operation, String field, String dapr,
            String stateDesk, boolean equal) {
    }

    private static final List<Row> ROWS = new ArrayList<>();
    private static final List<String> NOTES = new ArrayList<>();
    private static final Map<String, Integer> DAPR_OPERATIONS = new TreeMap<>();
    private static final Map<String, Integer> ENGINE_OPERATIONS = new TreeMap<>();
    private static final Map<String, String> SECTION_INTROS = new LinkedHashMap<>();
    private static final Instant STARTED = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private InteropReport() {
    }

    static synchronized void add(Row row) {
        ROWS.add(row);
    }

    static synchronized void note(String text) {
        if (!NOTES.contains(text)) {
            NOTES.add(text);
        }
    }

    static synchronized void introduce(String section, String text) {
        SECTION_INTROS.putIfAbsent(section, text);
    }

    static synchronized void countDaprOperation(String op) {
        DAPR_OPERATIONS.merge(op, 1, Integer::sum);
    }

    static synchronized void countEngineOperation(String op) {
        ENGINE_OPERATIONS.merge(op, 1, Integer::sum);
    }

    static Path file() {
        return GoDriver.projectDirectory().resolve("target").resolve("interop-report.md");
    }

    static synchronized void write() {
        StringBuilder out = new StringBuilder();
        long equal = ROWS.stream().filter(Row::equal).count();
        out.append("# Interop report: Dapr's `state.aws.dynamodb` and StateDesk on one table\n\n");
        out.append("Written by the `*InteropIT` tests (`./mvnw -B verify -Pdaprd`), run started ").append(STARTED)
                .append(". Dapr's side is its own Go component (`github.com/dapr/components-contrib` v1.16.5, the ")
                .append("version linked into daprd 1.16.5) driven by `interop/cmd/dynamodb-driver`, or daprd 1.16.5 ")
                .append("itself where a section says so; StateDesk's side is its engine ")
                .append("(`io.statedesk.engine`). Both talk to the same dynoxide ")
                .append(io.statedesk.build.BuildInfo.dynoxideVersion()).append(" endpoint, same table, ")
                .append("same fake keys.\n\n");
        out.append("**").append(ROWS.size()).append(" checks: ").append(equal).append(" equal, ")
                .append(ROWS.size() - equal).append(" different.**\n\n");
        for (String note : NOTES) {
            out.append("- ").append(note).append('\n');
        }
        out.append("\n## Operations run\n\n| side | operations |\n|---|---|\n");
        out.append("| Dapr | ").append(describe(DAPR_OPERATIONS)).append(" |\n");
        out.append("| StateDesk engine | ").append(describe(ENGINE_OPERATIONS)).append(" |\n");

        Map<String, List<Row>> sections = new LinkedHashMap<>();
        for (Row row : ROWS) {
            sections.computeIfAbsent(row.section(), s -> new ArrayList<>()).add(row);
        }
        out.append("\n## Summary by section\n\n| section | checks | equal | different |\n|---|---:|---:|---:|\n");
        sections.forEach((section, rows) -> {
            long same = rows.stream().filter(Row::equal).count();
            out.append("| ").append(cell(section)).append(" | ").append(rows.size()).append(" | ").append(same)
                    .append(" | ").append(rows.size() - same).append(" |\n");
        });
        sections.forEach((section, rows) -> {
            out.append("\n## ").append(section).append("\n\n");
            String intro = SECTION_INTROS.get(section);
            if (intro != null) {
                out.append(intro).append("\n\n");
            }
            out.append("| direction | case | operation | field | Dapr | StateDesk | |\n|---|---|---|---|---|---|---|\n");
            for (Row row : rows) {
                out.append("| ").append(cell(row.direction())).append(" | ").append(cell(row.subject()))
                        .append(" | ").append(cell(row.operation())).append(" | ").append(cell(row.field()))
                        .append(" | ").append(cell(row.dapr())).append(" | ").append(cell(row.stateDesk()))
                        .append(" | ").append(row.equal() ? "equal" : "**DIFFERENT**").append(" |\n");
            }
        });
        try {
            Files.createDirectories(file().getParent());
            Files.writeString(file(), out.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file(), e);
        }
    }

    private static String describe(Map<String, Integer> operations) {
        if (operations.isEmpty()) {
            return "none";
        }
        int total = operations.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder text = new StringBuilder().append(total).append(": ");
        operations.forEach((op, count) -> text.append(op).append(" ").append(count).append(", "));
        return text.substring(0, text.length() - 2);
    }

    private static String cell(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("`", "'");
    }

    /** Rewrites the report after each interop test class, whether its tests ran or were skipped. */
    public static final class Writer implements AfterAllCallback {
        @Override
        public void afterAll(ExtensionContext context) {
            write();
        }
    }
}
