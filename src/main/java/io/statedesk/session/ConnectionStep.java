package io.statedesk.session;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * One step of "Test connection": what was tried, how it went, how long it took, and what each finding means.
 *
 * @param title   what the step does, e.g. "Probe: GetItem of a random key, as daprd does at start"
 * @param outcome the worst outcome of its findings
 * @param took    how long it ran
 * @param lines   the findings, each with what to do
 */
public record ConnectionStep(String title, Outcome outcome, Duration took, List<Line> lines) {

    public enum Outcome { PASSED, WARNING, FAILED, SKIPPED }

    /** One finding. */
    public record Line(Outcome outcome, String text) {
    }

    public ConnectionStep {
        lines = List.copyOf(lines);
    }

    public static ConnectionStep skipped(String title, String why) {
        return new ConnectionStep(title, Outcome.SKIPPED, Duration.ZERO, List.of(new Line(Outcome.SKIPPED, why)));
    }

    /** "12 ms", "1.3 s". */
    public String timing() {
        if (outcome == Outcome.SKIPPED) {
            return "";
        }
        long ms = took.toMillis();
        return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
