package io.statedesk.ui.componentform;

import io.statedesk.session.ComponentConnections;
import io.statedesk.session.ConnectionReport;
import io.statedesk.session.ConnectionStep;
import io.statedesk.session.WritePolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A connection double: records what the form asked for and answers with a fixed report. */
final class RecordingConnections implements ComponentConnections {

    final List<Target> tested = new ArrayList<>();
    final List<Target> created = new ArrayList<>();
    ConnectionReport report = new ConnectionReport(List.of(new ConnectionStep("Probe", ConnectionStep.Outcome.PASSED,
            Duration.ofMillis(3), List.of(new ConnectionStep.Line(ConnectionStep.Outcome.PASSED, "answered")))));

    WritePolicy policy = WritePolicy.loopbackOnly();

    @Override
    public WritePolicy writePolicy() {
        return policy;
    }

    @Override
    public ConnectionReport test(Target target) {
        tested.add(target);
        return report;
    }

    @Override
    public String createTable(Target target) {
        created.add(target);
        return "Created table " + target.component().name();
    }
}
