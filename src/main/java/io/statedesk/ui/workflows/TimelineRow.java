package io.statedesk.ui.workflows;

import io.statedesk.dapr.workflow.DecodedEvent;
import io.statedesk.dapr.workflow.TimelineEntry;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One line of an instance's timeline.
 *
 * @param section "history" or "inbox (pending)"
 * @param entry   the entry with its record and decoded event
 */
public record TimelineRow(String section, TimelineEntry entry) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    public String index() {
        return (section.equals(WorkflowTimelineViewModel.INBOX) ? "inbox " : "") + entry.key().index();
    }

    public String time() {
        DecodedEvent e = entry.event();
        return e == null || e.timestamp() == null ? "" : CLOCK.format(e.timestamp());
    }

    public String title() {
        return entry.event() == null ? "(" + entry.problem() + ")" : entry.event().title();
    }

    public String detail() {
        return entry.event() == null ? "" : entry.event().detail();
    }

    public boolean failed() {
        return entry.event() != null && entry.event().failure() != null;
    }

    public boolean pending() {
        return section.equals(WorkflowTimelineViewModel.INBOX);
    }

    static String format(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    static String formatSeconds(Instant at) {
        return at == null ? "" : SECONDS.format(at);
    }
}
