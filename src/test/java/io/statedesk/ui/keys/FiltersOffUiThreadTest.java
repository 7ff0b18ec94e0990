package io.statedesk.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.engine.model.KeyPrefix;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.StateKey;
import io.statedesk.ui.common.TaskRunner;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** "Contains" and the tree's filter run on the task runner, debounced; the UI thread only swaps the result in. */
class FiltersOffUiThreadTest {

    /** Background work and UI turns in two queues that the test runs apart. */
    static final class TwoQueueRunner implements TaskRunner {
        final Deque<Runnable> background = new ArrayDeque<>();
        final Deque<Runnable> ui = new ArrayDeque<>();
        boolean inUiTurn;

        @Override
        public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess,
                Consumer<? super Throwable> onFailure) {
            background.add(() -> {
                try {
                    T result = work.call();
                    ui.add(() -> onSuccess.accept(result));
                } catch (Exception e) {
                    ui.add(() -> onFailure.accept(e));
                }
            });
            return new Cancellable() {
                @Override
                public void cancel() {
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
        }

        @Override
        public void onUiThread(Runnable action) {
            ui.add(action);
        }

        @Override
        public void later(Runnable action) {
            ui.add(action);
        }

        @Override
        public void later(long delayMillis, Runnable action) {
            ui.add(action);
        }

        @Override
        public void close() {
        }

        void drainUi() {
            inUiTurn = true;
            try {
                for (Runnable next = ui.poll(); next != null; next = ui.poll()) {
                    next.run();
                }
            } finally {
                inUiTurn = false;
            }
        }

        void drainBackground() {
            for (Runnable next = background.poll(); next != null; next = background.poll()) {
                next.run();
            }
        }
    }

    private static final int ROWS = 3_000;

    @Test
    void typing_filtersOnceInTheBackground_andTheUiTurnsOnlySwapTheResult() {
        TwoQueueRunner runner = new TwoQueueRunner();
        KeyTableViewModel model = new KeyTableViewModel(() -> null, runner);
        for (int i = 0; i < ROWS; i++) {
            model.upsert(new StateItem(StateKey.parse("shop||order-" + i, KeyPrefix.appId()), null, false, null,
                    "e", null, false, 0));
        }
        runner.drainUi();
        AtomicInteger testedOnUi = new AtomicInteger();
        AtomicInteger testedInBackground = new AtomicInteger();
        model.wrapFilters(filter -> row -> {
            (runner.inUiTurn ? testedOnUi : testedInBackground).incrementAndGet();
            return filter.test(row);
        });

        String typed = "ORDER-1234";
        for (int i = 1; i <= typed.length(); i++) {
            model.containsProperty().set(typed.substring(0, i));
        }
        runner.drainUi();
        assertThat(model.visibleRows()).as("not filtered yet: the filter runs in the background").hasSize(ROWS);
        runner.drainBackground();
        runner.drainUi();

        assertThat(model.visibleRows()).extracting(KeyRow::storedKey).containsExactly("shop||order-1234");
        assertThat(testedOnUi.get()).as("rows tested on the UI thread").isZero();
        assertThat(testedInBackground.get()).as("one run for the last keystroke, not one per keystroke")
                .isEqualTo(ROWS);
    }

    @Test
    void aPassMadeStaleByTheNextKeystroke_stopsInsteadOfRunningToItsEnd() {
        TwoQueueRunner runner = new TwoQueueRunner();
        KeyTableViewModel model = new KeyTableViewModel(() -> null, runner);
        for (int i = 0; i < ROWS; i++) {
            model.upsert(item("shop||order-" + i));
        }
        runner.drainUi();
        AtomicInteger tested = new AtomicInteger();
        model.wrapFilters(filter -> row -> {
            tested.incrementAndGet();
            return filter.test(row);
        });

        model.containsProperty().set("order-1");
        runner.drainUi();
        // the first pass is queued in the background; the user types on before it runs
        model.containsProperty().set("order-12");
        runner.drainBackground();
        runner.drainUi();
        runner.drainBackground();
        runner.drainUi();

        assertThat(tested.get()).as("the stale pass tested no row; the new one every row once").isEqualTo(ROWS);
        assertThat(model.visibleRows()).extracting(KeyRow::storedKey).allMatch(key -> key.contains("order-12"))
                .hasSize(111);
    }

    @Test
    void containing_foldsCaseLikeRegionMatches_forAsciiAndBeyond() {
        assertThat(KeyTableViewModel.containing("cart").test(new KeyRow(item("shop||CART-7")))).isTrue();
        assertThat(KeyTableViewModel.containing("Cart-7").test(new KeyRow(item("shop||cArT-7")))).isTrue();
        assertThat(KeyTableViewModel.containing("[x]").test(new KeyRow(item("a||[X]")))).isTrue();
        assertThat(KeyTableViewModel.containing("{x}").test(new KeyRow(item("a||[X]")))).isFalse();
        // KELVIN SIGN folds to k: what regionMatches(ignoreCase) says, the fast path says too
        assertThat(KeyTableViewModel.containing("kilo").test(new KeyRow(item("a||\u212Ailo"))))
                .isEqualTo("a||\u212Ailo".regionMatches(true, 3, "kilo", 0, 4));
        assertThat(KeyTableViewModel.containing("ordeR-9").test(new KeyRow(item("shop||order-8")))).isFalse();
    }

    @Test
    void rowsArrivingWhileFiltered_areFilteredAsTheyCome() {
        TwoQueueRunner runner = new TwoQueueRunner();
        KeyTableViewModel model = new KeyTableViewModel(() -> null, runner);
        model.upsert(item("shop||order-1"));
        model.containsProperty().set("order");
        runner.drainUi();
        runner.drainBackground();
        runner.drainUi();

        model.upsert(item("shop||order-2"));
        model.upsert(item("shop||user-2"));

        assertThat(model.visibleRows()).extracting(KeyRow::storedKey)
                .containsExactly("shop||order-1", "shop||order-2");
        model.containsProperty().set("");
        runner.drainUi();
        assertThat(model.visibleRows()).hasSize(3);
    }

    @Test
    void contains_ignoresCase_includingBeyondAscii() {
        var test = KeyTableViewModel.containing("ORDER-1");
        assertThat(test.test(new KeyRow(item("shop||Order-12")))).isTrue();
        assertThat(test.test(new KeyRow(item("shop||order-2")))).isFalse();
        assertThat(KeyTableViewModel.containing("äpfel").test(new KeyRow(item("shop||ÄPFEL-1")))).isTrue();
        assertThat(KeyTableViewModel.containing("e-1").test(new KeyRow(item("e-1")))).isTrue();
        assertThat(KeyTableViewModel.containing("e-12").test(new KeyRow(item("e-1")))).isFalse();
    }

    private static StateItem item(String key) {
        return new StateItem(StateKey.parse(key, KeyPrefix.appId()), null, false, null, "e", null, false, 0);
    }
}
