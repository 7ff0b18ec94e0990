package io.statedesk.session;

import java.util.List;

/** The result of "Test connection": its steps in order. */
public record ConnectionReport(List<ConnectionStep> steps) {

    public ConnectionReport {
        steps = List.copyOf(steps);
    }

    public boolean passed() {
        return steps.stream().noneMatch(s -> s.outcome() == ConnectionStep.Outcome.FAILED);
    }

    /** One line for the form's status. */
    public String summary() {
        long failed = steps.stream().filter(s -> s.outcome() == ConnectionStep.Outcome.FAILED).count();
        long warned = steps.stream().filter(s -> s.outcome() == ConnectionStep.Outcome.WARNING).count();
        if (failed > 0) {
            return "Connection test failed: daprd would not start with these settings.";
        }
        return warned > 0 ? "Connected, with warnings: daprd would start, but read the notes below."
                : "Connected: daprd would start with these settings.";
    }
}
