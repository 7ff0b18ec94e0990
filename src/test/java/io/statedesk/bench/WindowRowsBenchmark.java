package io.statedesk.bench;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.model.KeyPrefix;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.StateKey;
import io.statedesk.engine.scan.ScanControl;
import io.statedesk.engine.scan.ScanListener;
import io.statedesk.engine.scan.ScanPage;
import io.statedesk.engine.scan.ScanRequest;
import io.statedesk.engine.scan.ScanSummary;
import io.statedesk.ui.keys.KeyRow;
import io.statedesk.ui.keys.KeyTableViewModel;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;

/**
 * The window's rows at a million keys without a database (not part of {@code verify}): a store whose scan hands out
 * keys-only items as a keys-only scan decodes them (key, UUID ETag), through the real view model, to measure what
 * the database-bound {@link MillionKeysBenchmark} cannot reach in reasonable time on a shared machine: heap per key
 * and filter latency at 1,000,000 rows. {@code ./mvnw -B -q -Pbench test-compile exec:exec
 * -Dbench.main=io.statedesk.bench.WindowRowsBenchmark -Dbench.items=1000000}.
 */
public final class WindowRowsBenchmark {

    private static final int ITEMS = Integer.getInteger("bench.items", 1_000_000);

    private WindowRowsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        StateStore store = (StateStore) Proxy.newProxyInstance(WindowRowsBenchmark.class.getClassLoader(),
                new Class<?>[] {StateStore.class}, (proxy, method, arguments) -> {
                    if (!method.getName().equals("scan")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    ScanListener listener = (ScanListener) arguments[1];
                    ScanControl control = (ScanControl) arguments[2];
                    for (int from = 0; from < ITEMS && !control.isCancelled(); from += 1000) {
                        List<StateItem> page = new ArrayList<>(1000);
                        for (int i = from; i < Math.min(ITEMS, from + 1000); i++) {
                            page.add(new StateItem(StateKey.parse(MillionKeysBenchmark.keyOf(i), KeyPrefix.appId()),
                                    null, false, null, new java.util.UUID(i * 0x9E3779B97F4A7C15L, i).toString(),
                                    null, false, 60));
                        }
                        listener.onPage(new ScanPage(0, page, page.size()));
                    }
                    return new ScanSummary(ITEMS, ITEMS, true, null, 0);
                });
        MillionKeysBenchmark.BenchRunner runner = new MillionKeysBenchmark.BenchRunner();
        long empty = usedHeapAfterGc();
        KeyTableViewModel model = runner.onUi(() -> new KeyTableViewModel(() -> store, runner));
        long start = System.nanoTime();
        runner.onUi(() -> {
            model.refresh();
            return null;
        });
        while (runner.onUi(() -> model.scanningProperty().get() || model.loadedProperty().get() < ITEMS)) {
            Thread.sleep(5);
        }
        System.out.printf(Locale.ROOT, "%,d rows listed in %.1f s (no database), longest UI turn %.1f ms%n", ITEMS,
                (System.nanoTime() - start) / 1e9, runner.longestTurnNanos.get() / 1e6);
        Thread.sleep(3_000);
        long full = usedHeapAfterGc();
        long keyStrings = runner.onUi(() -> {
            long sum = 0;
            for (KeyRow row : model.visibleRows()) {
                sum += 24 + ((16 + row.storedKey().length() + 7) & ~7);
            }
            return sum;
        });
        System.out.printf(Locale.ROOT, "heap after a full GC: %,d MB with %,d rows, %,d MB before: %.0f B a key, "
                + "%.0f B of it the key's own string, %.0f B beyond%n", full >> 20, ITEMS, empty >> 20,
                (full - empty) / (double) ITEMS, keyStrings / (double) ITEMS, (full - empty - keyStrings)
                / (double) ITEMS);

        for (String typed : List.of(String.format(Locale.ROOT, "order-%07d", ITEMS / 2 - ITEMS / 2 % 10), "CART")) {
            runner.longestTurnNanos.set(0);
            CountDownLatch done = new CountDownLatch(1);
            long[] applied = new long[1];
            ListChangeListener<KeyRow> listener = change -> {
                applied[0] = System.nanoTime();
                done.countDown();
            };
            runner.onUi(() -> {
                model.visibleRows().addListener(listener);
                return null;
            });
            long last = 0;
            for (int i = 1; i <= typed.length(); i++) {
                String text = typed.substring(0, i);
                runner.onUi(() -> {
                    model.containsProperty().set(text);
                    return null;
                });
                last = System.nanoTime();
                Thread.sleep(60);
            }
            done.await(60, TimeUnit.SECONDS);
            System.out.printf(Locale.ROOT, "filter \"%s\" typed at 60 ms a key over %,d rows: %,d shown, in place "
                    + "%.0f ms after the last keystroke (debounce included), longest UI turn %.1f ms%n", typed,
                    ITEMS, runner.onUi(() -> model.visibleRows().size()), (applied[0] - last) / 1e6,
                    runner.longestTurnNanos.get() / 1e6);
            runner.onUi(() -> {
                model.visibleRows().removeListener(listener);
                model.containsProperty().set("");
                return null;
            });
            Thread.sleep(1_000);
        }
        System.out.printf(Locale.ROOT, "load average %s%n", java.nio.file.Files.readString(
                java.nio.file.Path.of("/proc/loadavg")).trim());
        runner.close();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
