package io.statedesk.transfer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Each item's outcome, in plan order.
 *
 * @param stoppedBecause why the run stopped before the end, or null when it went through
 */
public record TransferReport(List<Line> lines, String stoppedBecause) {

    public record Line(PlanEntry entry, WriteOutcome outcome) {
    }

    public TransferReport {
        lines = List.copyOf(lines);
    }

    /** Items per outcome word, in a fixed order, leaving out zeros. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String word : List.of("written", "unchanged", "skipped", "conflict", "unknown", "failed", "not-run")) {
            int n = (int) lines.stream().filter(line -> line.outcome().word().equals(word)).count();
            if (n > 0) {
                counts.put(word, n);
            }
        }
        return counts;
    }

    public int count(String word) {
        return counts().getOrDefault(word, 0);
    }

    /** {@code 12 written, 3 skipped, 1 conflict}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        counts().forEach((word, n) -> text.append(text.length() == 0 ? "" : ", ").append(n).append(' ')
                .append(word.replace('-', ' ')));
        String done = text.length() == 0 ? "nothing to do" : text.toString();
        return stoppedBecause == null ? done : done + String.format(Locale.ROOT, " (%s)", stoppedBecause);
    }
}
