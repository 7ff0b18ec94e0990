package io.statedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupTimelineTest {

    private final Instant start = Instant.parse("2026-12-06T10:00:00Z");
    private Instant now = start;
    private final List<String> lines = new ArrayList<>();
    private final StartupTimeline timeline = new StartupTimeline(() -> now, start, lines::add);

    @Test
    void firstKeys_areLoggedOnce_countedFromTheProcessStart_withWhenTheWindowShowed() {
        now = start.plusMillis(900);
        timeline.windowShown();
        now = start.plusMillis(2_345);
        timeline.firstKeys();
        now = start.plusMillis(9_000);
        timeline.firstKeys();

        assertThat(lines).containsExactly(
                "First keys on screen 2345 ms after the process started (window shown at 900 ms)");
    }

    @Test
    void withoutAWindowMilestone_theLineSaysOnlyTheKeys() {
        now = start.plusMillis(1_200);
        timeline.firstKeys();

        assertThat(lines).containsExactly("First keys on screen 1200 ms after the process started");
        assertThat(lines.get(0)).startsWith(StartupTimeline.FIRST_KEYS);
    }

    @Test
    void thisProcess_knowsWhenItStarted() {
        assertThat(StartupTimeline.processStart()).isNotNull().isBefore(Instant.now());
    }
}
