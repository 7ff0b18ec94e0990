package io.statedesk.ui.keys;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.scan.ScanControl;
import io.statedesk.engine.scan.ScanPage;
import io.statedesk.engine.scan.ScanRequest;
import io.statedesk.engine.scan.ScanSummary;
import io.statedesk.ui.common.ErrorText;
import io.statedesk.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The key table's state: rows that fill page by page while a scan runs, the tree of groups, and the filters.
 * Prefix search is server-side (a new scan with {@code begins_with}); "contains" filters what is loaded.
 */
public final class KeyTableViewModel {

    private static final long TREE_REFRESH_NANOS = 300_000_000L;
    /**
     * Parallel scan segments: half the cores, so that decoding pages (and, in the sandbox, DynamoDB Local itself)
     * leaves a core for input and painting. One segment on a 2-core machine still lists about 40,000 keys a second.
     */
    static final int UI_SEGMENTS = Math.max(1, Math.min(ScanRequest.DEFAULT_SEGMENTS,
            Runtime.getRuntime().availableProcessors() / 2));
    /** Rows added to the table in one turn of the UI thread: a few milliseconds of work. */
    static final int MAX_ROWS_PER_FLUSH = 2_000;
    /** At most this often the table takes new rows while a scan streams: each fill costs a repaint. */
    static final long FLUSH_INTERVAL_MILLIS = 100;

    // ---- state ----
    private final ObservableList<KeyRow> rows = FXCollections.observableArrayList();
    private final FilteredList<KeyRow> visibleRows = new FilteredList<>(rows, row -> true);
    private final StringProperty prefix = new SimpleStringProperty("");
    private final StringProperty contains = new SimpleStringProperty("");
    private final ObjectProperty<KeyFilter> groupFilter = new SimpleObjectProperty<>(KeyFilter.ALL);
    private final BooleanProperty scanning = new SimpleBooleanProperty();
    private final LongProperty loaded = new SimpleLongProperty();
    private final LongProperty scanned = new SimpleLongProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<KeyGroup> tree = new SimpleObjectProperty<>(new KeyGroups().snapshot());

    private final Supplier<StateStore> store;
    private final TaskRunner runner;
    private final KeyGroups groups = new KeyGroups();
    private final Queue<KeyRow> pending = new ConcurrentLinkedQueue<>();
    private final AtomicLong pendingScanned = new AtomicLong();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private long generation;
    private long lastTreeRefresh;
    private volatile long lastFlushMillis;
    private ScanControl control;
    /** What to do when the last queued rows are in: set by the end of the scan, run by the last flush. */
    private Runnable ending;
    private TaskRunner.Cancellable running;

    public KeyTableViewModel(Supplier<StateStore> store, TaskRunner runner) {
        this.store = store;
        this.runner = runner;
        contains.addListener((obs, old, now) -> applyFilters());
        groupFilter.addListener((obs, old, now) -> applyFilters());
    }

    public ObservableList<KeyRow> visibleRows() {
        return visibleRows;
    }

    public StringProperty prefixProperty() {
        return prefix;
    }

    public StringProperty containsProperty() {
        return contains;
    }

    public ObjectProperty<KeyFilter> groupFilterProperty() {
        return groupFilter;
    }

    public ReadOnlyBooleanProperty scanningProperty() {
        return scanning;
    }

    public ReadOnlyLongProperty loadedProperty() {
        return loaded;
    }

    public ReadOnlyLongProperty scannedProperty() {
        return scanned;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyObjectProperty<KeyGroup> treeProperty() {
        return tree;
    }

    // ---- commands ----

    /** Starts a new scan with the current prefix, dropping what was loaded. */
    public void refresh() {
        cancel();
        long scan = ++generation;
        rows.clear();
        groups.clear();
        pending.clear();
        pendingScanned.set(0);
        ending = null;
        loaded.set(0);
        scanned.set(0);
        error.set("");
        tree.set(groups.snapshot());
        String keyPrefix = prefix.get() == null ? "" : prefix.get().strip();
        ScanControl scanControl = new ScanControl();
        control = scanControl;
        scanning.set(true);
        status.set(keyPrefix.isEmpty() ? "Scanning…" : "Scanning keys beginning with \"" + keyPrefix + "\"…");
        ScanRequest request = new ScanRequest(keyPrefix.isEmpty() ? null : keyPrefix, false, UI_SEGMENTS,
                ScanRequest.DEFAULT_PAGE_SIZE, null);
        running = runner.run(() -> store.get().scan(request, page -> onPage(scan, page), scanControl),
                summary -> finished(scan, summary),
                failure -> failed(scan, failure));
    }

    /** Stops the running scan; what was loaded stays. */
    public void cancel() {
        if (control != null) {
            control.cancel();
        }
        if (running != null && scanning.get()) {
            running.cancel();
            pending.clear();
            ending = null;
            scanning.set(false);
            tree.set(groups.snapshot());
            status.set(String.format(Locale.ROOT, "Stopped: %,d keys loaded", rows.size()));
        }
    }

    /** Shows a saved or re-read item in place of its row (or adds it), keeping the row where it was. */
    public void upsert(StateItem item) {
        KeyRow row = new KeyRow(item);
        String key = item.key().stored();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).storedKey().equals(key)) {
                groups.remove(rows.get(i));
                groups.add(row);
                rows.set(i, row);
                return;
            }
        }
        rows.add(row);
        groups.add(row);
        loaded.set(rows.size());
        tree.set(groups.snapshot());
    }

    public void remove(String storedKey) {
        removeRow(storedKey);
        loaded.set(rows.size());
        tree.set(groups.snapshot());
    }

    private void removeRow(String storedKey) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).storedKey().equals(storedKey)) {
                groups.remove(rows.remove(i));
                return;
            }
        }
    }

    /** Runs on the scan's thread: rows are built here, so the UI thread only adds them. */
    private void onPage(long scan, ScanPage page) {
        List<KeyRow> built = new ArrayList<>(page.items().size());
        for (StateItem item : page.items()) {
            built.add(new KeyRow(item));
        }
        pending.addAll(built);
        pendingScanned.addAndGet(page.scannedCount());
        scheduleFlush(scan);
    }

    /** The first rows show at once; after that the table takes new rows at most every FLUSH_INTERVAL_MILLIS. */
    private void scheduleFlush(long scan) {
        if (flushScheduled.compareAndSet(false, true)) {
            long wait = lastFlushMillis + FLUSH_INTERVAL_MILLIS - System.currentTimeMillis();
            runner.later(Math.max(0, wait), () -> flush(scan));
        }
    }

    private void flush(long scan) {
        flushScheduled.set(false);
        lastFlushMillis = System.currentTimeMillis();
        List<KeyRow> batch = new ArrayList<>();
        while (batch.size() < MAX_ROWS_PER_FLUSH) {
            KeyRow row = pending.poll();
            if (row == null) {
                break;
            }
            batch.add(row);
        }
        long scannedNow = pendingScanned.getAndSet(0);
        if (scan == generation && (!batch.isEmpty() || scannedNow > 0)) {
            batch.forEach(groups::add);
            rows.addAll(batch);
            loaded.set(rows.size());
            scanned.set(scanned.get() + scannedNow);
            if (scanning.get()) {
                status.set(String.format(Locale.ROOT, "Scanning… %,d keys loaded", rows.size()));
            }
            long nowNanos = System.nanoTime();
            if (nowNanos - lastTreeRefresh > TREE_REFRESH_NANOS) {
                lastTreeRefresh = nowNanos;
                tree.set(groups.snapshot());
            }
        }
        if (!pending.isEmpty()) {
            // the rest goes in a later turn, so input and painting get the UI thread in between
            scheduleFlush(scan);
        } else if (scan == generation && ending != null) {
            Runnable end = ending;
            ending = null;
            end.run();
        }
    }

    /** The scan is over once every queued row is in the table. */
    private void finished(long scan, ScanSummary summary) {
        if (scan != generation) {
            return;
        }
        ending = () -> {
            scanning.set(false);
            tree.set(groups.snapshot());
            status.set(summary.complete()
                    ? String.format(Locale.ROOT, "%,d keys", rows.size())
                    : String.format(Locale.ROOT, "Stopped: %,d keys loaded", rows.size()));
        };
        flush(scan);
    }

    private void failed(long scan, Throwable failure) {
        if (scan != generation) {
            return;
        }
        ending = () -> {
            scanning.set(false);
            tree.set(groups.snapshot());
            error.set(ErrorText.of(failure));
            status.set(String.format(Locale.ROOT, "Scan failed after %,d keys", rows.size()));
        };
        flush(scan);
    }

    private void applyFilters() {
        KeyFilter group = groupFilter.get() == null ? KeyFilter.ALL : groupFilter.get();
        String needle = contains.get() == null ? "" : contains.get().strip().toLowerCase(Locale.ROOT);
        Predicate<KeyRow> text = needle.isEmpty() ? row -> true
                : row -> row.storedKey().toLowerCase(Locale.ROOT).contains(needle);
        visibleRows.setPredicate(group.and(text));
    }
}
