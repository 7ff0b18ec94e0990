package io.statedesk.app;

import io.statedesk.ui.keys.KeyRow;
import io.statedesk.ui.workspace.StoreTabViewModel;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * How long the window took to show its first keys, counted from the start of the process (JVM start-up included), and
 * written once into the log: a user who finds the start slow, and the cold-start benchmark, read the same line.
 */
final class StartupTimeline {

    /** The line's fixed words, which the benchmark looks for. */
    static final String FIRST_KEYS = "First keys on screen";

    private final Supplier<Instant> now;
    private final Instant processStart;
    private final Consumer<String> log;
    private Duration windowShown;
    private boolean logged;

    StartupTimeline(Supplier<Instant> now, Instant processStart, Consumer<String> log) {
        this.now = now;
        this.processStart = processStart;
        this.log = log;
    }

    /** The timeline of this process; null where the OS does not say when the process started. */
    static Instant processStart() {
        return ProcessHandle.current().info().startInstant().orElse(null);
    }

    void windowShown() {
        windowShown = since();
    }

    /** Logs once, when the first tab's table first holds a row. */
    void watch(ObservableList<StoreTabViewModel> tabs) {
        tabs.addListener((ListChangeListener<StoreTabViewModel>) change -> {
            if (!logged && tabs.size() == 1) {
                watchRows(tabs.get(0).keys().visibleRows());
            }
        });
        if (tabs.size() == 1) {
            watchRows(tabs.get(0).keys().visibleRows());
        }
    }

    private void watchRows(ObservableList<KeyRow> rows) {
        if (!rows.isEmpty()) {
            firstKeys();
            return;
        }
        rows.addListener(new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends KeyRow> change) {
                if (!rows.isEmpty()) {
                    rows.removeListener(this);
                    firstKeys();
                }
            }
        });
    }

    void firstKeys() {
        if (logged) {
            return;
        }
        logged = true;
        Duration keys = since();
        log.accept(FIRST_KEYS + " " + keys.toMillis() + " ms after the process started"
                + (windowShown == null ? "" : " (window shown at " + windowShown.toMillis() + " ms)"));
    }

    private Duration since() {
        return Duration.between(processStart, now.get());
    }
}
