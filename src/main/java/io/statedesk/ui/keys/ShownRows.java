package io.statedesk.ui.keys;

import io.statedesk.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows the table shows: all loaded rows, or those the filters let through. Filtering a million rows takes a
 * good part of a second, so a new filter runs on the task runner, debounced, and the UI thread only puts its result
 * in place (issue 19); what changes meanwhile (a scan's next batch, a saved or deleted key) is filtered as it comes,
 * a batch at a time. UI thread only, except the filtering task itself.
 */
final class ShownRows {

    /**
     * A new filter waits this long for the next keystroke before it runs. Short, because a pass that a newer
     * keystroke makes stale stops where it is ({@link Stale}) instead of running to its end.
     */
    static final long DEBOUNCE_MILLIS = 40;

    private final List<KeyRow> rows;
    private final TaskRunner runner;
    private final ObservableList<KeyRow> shown = FXCollections.observableArrayList();
    /** Null: every row is shown. */
    private Predicate<KeyRow> filter;
    /**
     * Counts filter changes: a debounced or running filter that is no longer the latest is dropped; a running one
     * reads it (volatile) to stop early.
     */
    private volatile long filterVersion;
    /** Counts changes of the rows other than appends at the end: a filter run over older rows runs again. */
    private long reshapes;
    /** Runs a change of the shown rows the way the view model changes rows (the view keeps the selection). */
    private final Consumer<Runnable> change;

    ShownRows(List<KeyRow> rows, TaskRunner runner, Consumer<Runnable> change) {
        this.rows = rows;
        this.runner = runner;
        this.change = change;
    }

    ObservableList<KeyRow> list() {
        return shown;
    }

    boolean filtering() {
        return filter != null;
    }

    /** Shows only the rows {@code test} accepts (null: all), after the debounce, filtered off the UI thread. */
    void filter(Predicate<KeyRow> test) {
        long version = ++filterVersion;
        filter = test;
        if (test == null) {
            change.accept(() -> shown.setAll(rows));
            return;
        }
        runner.later(DEBOUNCE_MILLIS, () -> {
            if (version == filterVersion) {
                run(version, test);
            }
        });
    }

    private void run(long version, Predicate<KeyRow> test) {
        // The copy is the UI thread's only work proportional to the table: an array copy, no key is looked at.
        KeyRow[] snapshot = rows.toArray(KeyRow[]::new);
        long reshapesAtStart = reshapes;
        runner.run(() -> {
            // In parallel, in order: a million keys take about 220 ms on one core, most of it waiting on memory.
            // A keystroke meanwhile makes this pass stale: it stops at the next row any thread looks at.
            Predicate<KeyRow> unlessStale = row -> {
                if (version != filterVersion) {
                    throw new Stale();
                }
                return test.test(row);
            };
            try {
                return new ArrayList<>(java.util.Arrays.stream(snapshot).parallel().filter(unlessStale).toList());
            } catch (Stale stale) {
                return null;
            }
        }, passed -> {
            if (passed == null || version != filterVersion) {
                return;
            }
            if (reshapes != reshapesAtStart) {
                run(version, test);
                return;
            }
            // Rows appended while it ran: few, filtered here.
            for (int i = snapshot.length; i < rows.size(); i++) {
                if (test.test(rows.get(i))) {
                    passed.add(rows.get(i));
                }
            }
            change.accept(() -> shown.setAll(passed));
        }, failure -> { });
    }

    /** Rows added at the end of the loaded rows (a scan's batch). */
    void appended(List<KeyRow> batch) {
        if (filter == null) {
            shown.addAll(batch);
        } else {
            List<KeyRow> passed = new ArrayList<>();
            for (KeyRow row : batch) {
                if (filter.test(row)) {
                    passed.add(row);
                }
            }
            shown.addAll(passed);
        }
    }

    /** Every row changed (a new scan's first batch, the sort at the end of a scan, cleared). */
    void replacedAll() {
        reshapes++;
        if (filter == null) {
            shown.setAll(rows);
        } else {
            run(filterVersion, filter);
        }
    }

    /** One row took another's place (a key read again or saved). */
    void replaced(KeyRow old, KeyRow now) {
        reshapes++;
        int index = shown.indexOf(old);
        boolean passes = filter == null || filter.test(now);
        if (index >= 0 && passes) {
            shown.set(index, now);
        } else if (index >= 0) {
            shown.remove(index);
        } else if (passes) {
            inserted(now, false);
        }
    }

    /** A new row; {@code inOrder} when the loaded rows are in natural order, so the shown ones are too. */
    void inserted(KeyRow row, boolean inOrder) {
        reshapes++;
        if (filter != null && !filter.test(row)) {
            return;
        }
        if (inOrder) {
            int index = NaturalRows.indexOf(shown, row.storedKey());
            shown.add(index < 0 ? -index - 1 : index, row);
        } else {
            shown.add(row);
        }
    }

    void removed(Set<KeyRow> gone) {
        reshapes++;
        shown.removeAll(gone);
    }

    /** Thrown inside a filter pass that a newer filter replaced: no stack trace, it is not an error. */
    private static final class Stale extends RuntimeException {
        Stale() {
            super(null, null, false, false);
        }
    }
}
