package io.statedesk.ui.keys;

import io.statedesk.dapr.encryption.EncryptionSetup;
import io.statedesk.engine.StateStore;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.scan.ScanControl;
import io.statedesk.engine.scan.ScanPage;
import io.statedesk.engine.scan.ScanRequest;
import io.statedesk.engine.scan.ScanSummary;
import io.statedesk.search.SearchCounts;
import io.statedesk.search.SearchRun;
import io.statedesk.search.ValueQuery;
import io.statedesk.session.ErrorText;
import io.statedesk.ui.common.NaturalOrder;
import io.statedesk.ui.common.TaskRunner;
import io.statedesk.ui.common.Texts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
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
import javafx.collections.ObservableList;

/**
 * The key table's state: rows that fill page by page while a scan runs, the tree of groups, and the filters.
 * Prefix search is server-side (a new scan with {@code begins_with}); "contains" filters what is loaded.
 *
 * <p>Rows are shown in natural order of their stored key ({@code order-2} before {@code order-10}), as the command
 * line lists them. While a scan streams, its batches are appended as they come (an insert in the middle would cost
 * the table a refresh of every row per batch) and the rows are put in order once, when the scan ends; a new key goes
 * where it belongs. Every change to the rows happens between {@link #updatingProperty()} true and false, so the view
 * can ignore what the table's selection does meanwhile and put the user's selection back on the same keys after.
 */
public final class KeyTableViewModel {

    private static final long TREE_REFRESH_NANOS = 300_000_000L;
    /**
     * Parallel scan segments asked for, as many as the command line asks: the listing reads keys only (no value is
     * decoded, no preview built), so the segment threads spend their time waiting on DynamoDB. The store of a local
     * endpoint scans with one whatever is asked (decision 0034).
     */
    static final int UI_SEGMENTS = ScanRequest.DEFAULT_SEGMENTS;
    /** Values read for previews are kept for this many rows: a few screens' worth, whatever the table's size. */
    static final int PREVIEW_CACHE_ROWS = 2_000;
    /** Values read for previews in one request to the store. */
    static final int PREVIEW_BATCH = 100;
    /** Rows added to the table in one turn of the UI thread: a few milliseconds of work. */
    static final int MAX_ROWS_PER_FLUSH = 2_000;
    /** At most this often the table takes new rows while a scan streams: each fill costs a repaint. */
    static final long FLUSH_INTERVAL_MILLIS = 100;
    /** While a backlog waits: one frame, so that painting and input still get the UI thread between turns. */
    static final long BACKLOG_FLUSH_INTERVAL_MILLIS = 16;
    static final Comparator<KeyRow> BY_KEY = NaturalRows.BY_KEY;

    /** Where the last scan got to: the status line says it, with the count of what is loaded now. */
    private enum Phase { IDLE, SCANNING, DONE, STOPPED, FAILED }

    // ---- state ----
    /** Every loaded row; the table shows {@link #shown}'s list. */
    private final List<KeyRow> rows = new ArrayList<>();
    private final StringProperty prefix = new SimpleStringProperty("");
    private final StringProperty contains = new SimpleStringProperty("");
    private final ObjectProperty<KeyFilter> groupFilter = new SimpleObjectProperty<>(KeyFilter.ALL);
    private final BooleanProperty scanning = new SimpleBooleanProperty();
    private final BooleanProperty updating = new SimpleBooleanProperty();
    private final BooleanProperty stale = new SimpleBooleanProperty();
    private final LongProperty loaded = new SimpleLongProperty();
    private final LongProperty scanned = new SimpleLongProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<KeyGroup> tree = new SimpleObjectProperty<>(new KeyGroups().snapshot());
    /** The row of the last exact-key lookup that found its key (Enter in the key filter). */
    private final ObjectProperty<KeyRow> lookedUp = new SimpleObjectProperty<>();
    /** A search inside values: the next scan lists only the keys whose value matches (issue 16); null for none. */
    private final ObjectProperty<ValueQuery> search = new SimpleObjectProperty<>();

    private final ShownRows shown;
    /** Wraps each filter: a test's seam to see where filtering runs. */
    private java.util.function.UnaryOperator<Predicate<KeyRow>> filterSeam = java.util.function.UnaryOperator.identity();
    private final Supplier<StateStore> store;
    private final TaskRunner runner;
    private final KeyGroups groups = new KeyGroups();
    private final Queue<KeyRow> pending = new ConcurrentLinkedQueue<>();
    private final AtomicLong pendingScanned = new AtomicLong();
    /** The queue's length (its size() would walk it). */
    private final AtomicLong pendingRows = new AtomicLong();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private long generation;
    private long lastTreeRefresh;
    private volatile long lastFlushMillis;
    private ScanControl control;
    /** What to do when the last queued rows are in: set by the end of the scan, run by the last flush. */
    private Runnable ending;
    private TaskRunner.Cancellable running;
    private Phase phase = Phase.IDLE;
    /** True until the running scan's first rows arrive: until then the rows of the scan before stay. */
    private boolean previousRowsShown;
    /** False while a scan appends rows in the order they arrive; they are sorted when it ends. */
    private boolean inOrder = true;
    /** Counts changes of the rows: a sort made in the background applies only to the rows it sorted. */
    private long rowsVersion;
    /** Keys added or replaced while the scan appends: their scanned rows (possibly older) are skipped. */
    private final Set<String> touchedWhileScanning = new HashSet<>();
    /** The running or last scan's value search, judged on the scan's threads; null for a plain listing. */
    private volatile SearchRun searchRun;
    private Supplier<EncryptionSetup> encryption = EncryptionSetup::none;
    /** Previews of values read for rows on screen, least recently shown dropped first. UI thread only. */
    private final java.util.Map<String, ObjectProperty<ValuePreview>> previews =
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, ObjectProperty<ValuePreview>> eldest) {
                    return size() > PREVIEW_CACHE_ROWS;
                }
            };
    private final Set<String> previewsWanted = new java.util.LinkedHashSet<>();
    private final AtomicLong previewReads = new AtomicLong();

    public KeyTableViewModel(Supplier<StateStore> store, TaskRunner runner) {
        this.store = store;
        this.runner = runner;
        this.shown = new ShownRows(rows, runner, this::updateShown);
        contains.addListener((obs, old, now) -> applyFilters());
        groupFilter.addListener((obs, old, now) -> applyFilters());
    }

    /** The rows the table shows: changed on the UI thread only, a filter's result put in place in one change. */
    public ObservableList<KeyRow> visibleRows() {
        return shown.list();
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

    /** True while the rows are being changed: the table's selection is not the user's meanwhile. */
    public ReadOnlyBooleanProperty updatingProperty() {
        return updating;
    }

    /** True when a refresh failed or stopped before any key arrived, so the rows shown are the earlier scan's. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale;
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

    /** The value search the next scan runs (null: list every key); set it, then scan. */
    public ObjectProperty<ValueQuery> searchProperty() {
        return search;
    }

    /** The component's encryption keys: a value search looks into encrypted values they open. */
    public void setEncryption(Supplier<EncryptionSetup> keys) {
        encryption = keys;
    }

    /** What the last value search saw; {@code SearchCounts.NONE} after a plain listing. */
    public SearchCounts searchCounts() {
        SearchRun run = searchRun;
        return run == null ? SearchCounts.NONE : run.counts();
    }

    /** Says why something the user asked of the table did not run (an invalid query), where a failed scan would. */
    public void showProblem(String text) {
        error.set(text);
    }

    // ---- commands ----

    /**
     * Starts a new scan with the current prefix. What was loaded stays until the new scan's first rows arrive, so a
     * refresh that fails at once (endpoint down, credentials expired) keeps the last results, marked stale.
     */
    public void refresh() {
        cancel();
        long scan = ++generation;
        pending.clear();
        pendingRows.set(0);
        pendingScanned.set(0);
        ending = null;
        previousRowsShown = true;
        scanned.set(0);
        error.set("");
        String keyPrefix = prefix.get() == null ? "" : prefix.get().strip();
        ScanControl scanControl = new ScanControl();
        control = scanControl;
        scanning.set(true);
        phase = Phase.SCANNING;
        updateStatus();
        // Keys only (key, ETag, TTL): rows keep no value; the rows on screen read theirs (valueOf).
        ScanRequest plain = new ScanRequest(keyPrefix.isEmpty() ? null : keyPrefix, true, UI_SEGMENTS,
                ScanRequest.DEFAULT_PAGE_SIZE, null);
        ValueQuery query = search.get();
        searchRun = query == null ? null : new SearchRun(query, encryption.get());
        ScanRequest request = query == null ? plain : query.narrow(plain);
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
            pendingRows.set(0);
            ending = null;
            scanning.set(false);
            putInOrder();
            phase = Phase.STOPPED;
            stale.set(previousRowsShown && !rows.isEmpty());
            tree.set(groups.snapshot());
            updateStatus();
        }
    }

    /**
     * Storage, size and one line of the row's value, for showing it: a cached read, or a property that fills when
     * the value has been read (rows asked for within one turn are read together). Only the rows on screen ask, so
     * only they are read; the cache keeps the last {@link #PREVIEW_CACHE_ROWS}. UI thread only.
     */
    public ReadOnlyObjectProperty<ValuePreview> valueOf(KeyRow row) {
        ObjectProperty<ValuePreview> shown = previews.get(row.storedKey());
        if (shown == null) {
            shown = new SimpleObjectProperty<>(ValuePreview.READING);
            previews.put(row.storedKey(), shown);
        }
        ValuePreview known = shown.get();
        boolean current = known != ValuePreview.READING && java.util.Objects.equals(known.etag(), row.etagValue());
        if (!current && previewsWanted.add(row.storedKey())) {
            if (previewsWanted.size() == 1) {
                runner.later(this::readPreviews);
            }
        }
        return shown;
    }

    private void readPreviews() {
        if (previewsWanted.isEmpty()) {
            return;
        }
        List<String> batch = new ArrayList<>();
        var it = previewsWanted.iterator();
        while (it.hasNext() && batch.size() < PREVIEW_BATCH) {
            batch.add(it.next());
            it.remove();
        }
        previewReads.incrementAndGet();
        runner.run(() -> store.get().browseAll(batch), found -> {
            for (int i = 0; i < batch.size(); i++) {
                ObjectProperty<ValuePreview> shown = previews.get(batch.get(i));
                if (shown != null) {
                    shown.set(found.get(i).map(ValuePreview::of).orElseGet(ValuePreview::gone));
                }
            }
        }, failure -> batch.forEach(key -> {
            ObjectProperty<ValuePreview> shown = previews.get(key);
            if (shown != null) {
                shown.set(ValuePreview.failed(ErrorText.of(failure)));
            }
        }));
        if (!previewsWanted.isEmpty()) {
            runner.later(this::readPreviews);
        }
    }

    /** How many reads of values for previews were sent: for tests that the listing itself reads none. */
    long previewReadCount() {
        return previewReads.get();
    }

    /** The row an exact-key lookup found, once read: the view selects and opens it. */
    public ReadOnlyObjectProperty<KeyRow> lookedUpProperty() {
        return lookedUp;
    }

    /**
     * Finds one key by its exact stored key: one GetItem, not a scan (issue 19), so it answers at once however large
     * the table and whether or not the scan has reached it. The row is added or refreshed, and reported.
     */
    public void lookUp(String storedKey) {
        if (storedKey == null || storedKey.isEmpty()) {
            return;
        }
        error.set("");
        runner.run(() -> store.get().browse(storedKey), found -> {
            if (found.isEmpty()) {
                error.set("No key \"" + storedKey + "\" in the table: Enter looks up the exact stored key (with its"
                        + " prefix, e.g. myapp||order-1); typing filters the keys loaded.");
                return;
            }
            upsert(found.get());
            lookedUp.set(null);
            lookedUp.set(row(storedKey).orElse(null));
        }, failure -> error.set(ErrorText.of(failure)));
    }

    /** Shows a saved or re-read item in place of its row, or adds it where it belongs. */
    public void upsert(StateItem item) {
        if (item.hasValue() || item.problemIfAny().isPresent()) {
            ObjectProperty<ValuePreview> shown = previews.get(item.key().stored());
            if (shown == null) {
                previews.put(item.key().stored(), new SimpleObjectProperty<>(ValuePreview.of(item)));
            } else {
                shown.set(ValuePreview.of(item));
            }
        }
        KeyRow row = new KeyRow(item);
        int index = indexOf(row.storedKey());
        if (index >= 0 && rows.get(index).equals(row)) {
            return;
        }
        update(() -> {
            if (index >= 0) {
                KeyRow old = rows.get(index);
                groups.remove(old);
                rows.set(index, row);
                shown.replaced(old, row);
            } else if (inOrder) {
                rows.add(-index - 1, row);
                shown.inserted(row, true);
            } else {
                rows.add(row);
                shown.inserted(row, false);
            }
            if (!inOrder) {
                touchedWhileScanning.add(row.storedKey());
            }
            groups.add(row);
        });
    }

    public void remove(String storedKey) {
        removeAll(List.of(storedKey));
    }

    /** Removes the rows of these keys in one change: the table never passes through the rows in between. */
    public void removeAll(Collection<String> storedKeys) {
        Set<KeyRow> gone = new HashSet<>();
        for (String key : storedKeys) {
            int index = indexOf(key);
            if (index >= 0) {
                gone.add(rows.get(index));
            }
        }
        if (gone.isEmpty()) {
            return;
        }
        update(() -> {
            gone.forEach(groups::remove);
            rows.removeAll(gone);
            shown.removed(gone);
        });
    }

    /** The row of a key, if loaded. */
    public Optional<KeyRow> row(String storedKey) {
        int index = indexOf(storedKey);
        return index >= 0 ? Optional.of(rows.get(index)) : Optional.empty();
    }

    private int indexOf(String storedKey) {
        if (inOrder) {
            return NaturalRows.indexOf(rows, storedKey);
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).storedKey().equals(storedKey)) {
                return i;
            }
        }
        return -1;
    }

    /** Every change of the rows goes through here: counts, tree and status follow, and the view knows. */
    private void update(Runnable change) {
        updating.set(true);
        rowsVersion++;
        try {
            change.run();
        } finally {
            loaded.set(rows.size());
            tree.set(groups.snapshot());
            updateStatus();
            updating.set(false);
        }
    }

    /**
     * A change of the shown rows alone (a filter's result): the loaded rows and the tree's counts stay as they are,
     * so the tree is not rebuilt (at a million keys that is tens of milliseconds of the UI thread).
     */
    private void updateShown(Runnable change) {
        updating.set(true);
        try {
            change.run();
        } finally {
            updateStatus();
            updating.set(false);
        }
    }

    /** Runs on the scan's thread: rows are built here, so the UI thread only adds them. */
    private void onPage(long scan, ScanPage page) {
        SearchRun run = searchRun;
        List<StateItem> items = run == null ? page.items() : run.matches(page.items());
        List<KeyRow> built = new ArrayList<>(items.size());
        for (StateItem item : items) {
            built.add(new KeyRow(item));
        }
        pending.addAll(built);
        pendingRows.addAndGet(built.size());
        pendingScanned.addAndGet(page.scannedCount());
        scheduleFlush(scan);
    }

    /**
     * The first rows show at once; after that the table takes new rows at most every FLUSH_INTERVAL_MILLIS, or every
     * frame while more than a turn's worth waits: a server faster than 20,000 rows a second (dynoxide with one
     * segment, DynamoDB) would otherwise wait on the table, each turn still adding at most MAX_ROWS_PER_FLUSH.
     */
    private void scheduleFlush(long scan) {
        if (flushScheduled.compareAndSet(false, true)) {
            long interval = pendingRows.get() >= MAX_ROWS_PER_FLUSH ? BACKLOG_FLUSH_INTERVAL_MILLIS
                    : FLUSH_INTERVAL_MILLIS;
            long wait = lastFlushMillis + interval - System.currentTimeMillis();
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
        pendingRows.addAndGet(-batch.size());
        long scannedNow = pendingScanned.getAndSet(0);
        if (scan == generation && (!batch.isEmpty() || scannedNow > 0)) {
            scanned.set(scanned.get() + scannedNow);
            if (!batch.isEmpty()) {
                append(batch);
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

    /**
     * Adds a batch of scanned rows at the end (the first batch of a scan replaces the rows of the scan before): one
     * addition at the end costs the table almost nothing, where an insert in the middle refreshes every row.
     */
    private void append(List<KeyRow> batch) {
        boolean replacing = previousRowsShown;
        previousRowsShown = false;
        stale.set(false);
        List<KeyRow> fresh = touchedWhileScanning.isEmpty() ? batch
                : batch.stream().filter(row -> !touchedWhileScanning.contains(row.storedKey())).toList();
        long nowNanos = System.nanoTime();
        boolean treeDue = nowNanos - lastTreeRefresh > TREE_REFRESH_NANOS;
        updating.set(true);
        rowsVersion++;
        try {
            if (replacing) {
                groups.clear();
                fresh.forEach(groups::add);
                rows.clear();
                rows.addAll(fresh);
                shown.appended(fresh);
                shown.replacedAll();
            } else {
                fresh.forEach(groups::add);
                rows.addAll(fresh);
                shown.appended(fresh);
            }
            inOrder = rows.size() <= 1;
        } finally {
            loaded.set(rows.size());
            if (treeDue || !scanning.get()) {
                lastTreeRefresh = nowNanos;
                tree.set(groups.snapshot());
            }
            updateStatus();
            updating.set(false);
        }
    }

    /**
     * Puts the rows in natural key order once a scan is over, in one change of the whole list. The sort runs in the
     * background (100,000 keys take a good part of a second to compare); if the rows changed meanwhile (a key saved
     * or deleted), it runs again on the new rows.
     */
    private void putInOrder() {
        if (inOrder) {
            touchedWhileScanning.clear();
            return;
        }
        List<KeyRow> snapshot = new ArrayList<>(rows);
        long version = rowsVersion;
        long scan = generation;
        runner.run(() -> {
            snapshot.sort(BY_KEY);
            return snapshot;
        }, sorted -> {
            if (scan != generation || scanning.get() || inOrder) {
                return;
            }
            if (version != rowsVersion) {
                putInOrder();
                return;
            }
            inOrder = true;
            touchedWhileScanning.clear();
            update(() -> {
                rows.clear();
                rows.addAll(sorted);
                shown.replacedAll();
            });
        }, failure -> error.set(ErrorText.of(failure)));
    }

    /** The scan is over once every queued row is in the table. */
    private void finished(long scan, ScanSummary summary) {
        if (scan != generation) {
            return;
        }
        ending = () -> {
            scanning.set(false);
            putInOrder();
            if (previousRowsShown && summary.complete()) {
                // the table is empty now: nothing of the scan before is left
                previousRowsShown = false;
                update(() -> {
                    groups.clear();
                    rows.clear();
                    shown.replacedAll();
                });
            }
            phase = summary.complete() ? Phase.DONE : Phase.STOPPED;
            stale.set(previousRowsShown && !rows.isEmpty());
            tree.set(groups.snapshot());
            updateStatus();
        };
        flush(scan);
    }

    private void failed(long scan, Throwable failure) {
        if (scan != generation) {
            return;
        }
        ending = () -> {
            scanning.set(false);
            putInOrder();
            phase = Phase.FAILED;
            stale.set(previousRowsShown && !rows.isEmpty());
            tree.set(groups.snapshot());
            error.set(ErrorText.of(failure));
            updateStatus();
        };
        flush(scan);
    }

    private void updateStatus() {
        int count = rows.size();
        SearchRun run = searchRun;
        if (run != null && phase != Phase.IDLE && !(previousRowsShown && phase == Phase.SCANNING)) {
            status.set(searchStatus(run, count));
            return;
        }
        String keys = Texts.count(count, "key");
        status.set(switch (phase) {
            case IDLE -> "";
            case SCANNING -> previousRowsShown && count > 0
                    ? "Scanning… (showing the " + keys + " of the last scan until the first keys arrive)"
                    : String.format(Locale.ROOT, "Scanning… %s loaded", keys);
            case DONE -> keys;
            case STOPPED -> stale.get() ? "Stopped before any key arrived: showing the " + keys + " of the last scan"
                    : "Stopped: " + keys + " loaded";
            case FAILED -> stale.get() ? "Refresh failed: showing the " + keys + " of the last scan, which may be"
                    + " out of date. F5 tries again."
                    : "Scan failed after " + keys + ": the list is incomplete. F5 tries again.";
        });
    }

    /** {@code 12 keys with values where status == 'pending' · 5,000 items read · 3 binary values skipped}. */
    private String searchStatus(SearchRun run, int count) {
        SearchCounts counts = run.counts();
        String found = Texts.count(count, "key") + " with " + run.query().describe();
        String read = String.format(Locale.ROOT, "%,d items read", scanned.get());
        String skipped = counts.skipped().isEmpty() ? "" : " · " + counts.skipped();
        return switch (phase) {
            case SCANNING -> "Searching… " + found + " · " + read + skipped;
            case DONE -> found + " · " + read + skipped;
            case STOPPED -> "Stopped: " + found + " · " + read + skipped;
            default -> "Search failed after " + read + ": " + found + ". F5 tries again.";
        };
    }

    /** Filters on the task runner, debounced: the UI thread only puts the result in place (issue 19). */
    private void applyFilters() {
        KeyFilter group = groupFilter.get() == null ? KeyFilter.ALL : groupFilter.get();
        String needle = contains.get() == null ? "" : contains.get().strip();
        if (group.equals(KeyFilter.ALL) && needle.isEmpty()) {
            shown.filter(null);
            return;
        }
        Predicate<KeyRow> text = needle.isEmpty() ? row -> true : containing(needle);
        Predicate<KeyRow> test = group.equals(KeyFilter.ALL) ? text : group.and(text);
        shown.filter(filterSeam.apply(test));
    }

    /**
     * Case-insensitive "contains" without making a lower-case copy of every key: a full comparison only where the
     * first character matches (a million keys in about a tenth of the time of comparing at every position), and for
     * ASCII, which nearly every key is, a comparison that folds A-Z itself instead of regionMatches' general one.
     */
    static Predicate<KeyRow> containing(String needle) {
        char lower = Character.toLowerCase(needle.charAt(0));
        char upper = Character.toUpperCase(needle.charAt(0));
        int length = needle.length();
        char[] folded = needle.toLowerCase(Locale.ROOT).toCharArray();
        boolean asciiNeedle = folded.length == length && needle.chars().allMatch(c -> c < 128);
        return row -> {
            String key = row.storedKey();
            int last = key.length() - length;
            for (int i = 0; i <= last; i++) {
                char c = key.charAt(i);
                // beyond ASCII a character may match the needle's first one only through case folding
                if ((c == lower || c == upper || c > 127) && (asciiNeedle ? asciiMatch(key, i, folded, needle)
                        : key.regionMatches(true, i, needle, 0, length))) {
                    return true;
                }
            }
            return false;
        };
    }

    /** The ASCII needle, lower-cased in {@code folded}, at {@code at}; a non-ASCII key character asks regionMatches. */
    private static boolean asciiMatch(String key, int at, char[] folded, String needle) {
        for (int j = 0; j < folded.length; j++) {
            char c = key.charAt(at + j);
            if (c > 127) {
                return key.regionMatches(true, at, needle, 0, folded.length);
            }
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != folded[j]) {
                return false;
            }
        }
        return true;
    }

    /** For tests: wraps every filter, to count where and how often it runs. */
    void wrapFilters(java.util.function.UnaryOperator<Predicate<KeyRow>> seam) {
        filterSeam = seam;
    }
}
