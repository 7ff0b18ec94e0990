package io.statedesk.ui.compare;

import io.statedesk.compare.DiffEntry;
import io.statedesk.compare.DiffKind;
import io.statedesk.compare.DiffSummary;
import io.statedesk.compare.Side;
import io.statedesk.compare.StoreDiff;
import io.statedesk.engine.scan.ScanControl;
import io.statedesk.search.ScanCost;
import io.statedesk.transfer.Expected;
import io.statedesk.ui.common.DialogService;
import io.statedesk.session.ErrorText;
import io.statedesk.ui.common.TaskRunner;
import io.statedesk.session.StoreSession;
import io.statedesk.ui.transfer.TransferSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
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
 * Compares two open components, or two prefixes of one: the keys stream into the list as the right side is read
 * (those only the left side has come last), with a filter per class; a chosen key shows both values side by side;
 * the differences can be copied to the right side, checked against the ETags the right side had when compared.
 */
public final class CompareViewModel {

    private static final long FLUSH_MILLIS = 100;

    // ---- state ----
    private final ObservableList<CompareSide> sides = FXCollections.observableArrayList();
    private final ObjectProperty<CompareSide> left = new SimpleObjectProperty<>();
    private final ObjectProperty<CompareSide> right = new SimpleObjectProperty<>();
    private final StringProperty leftPrefix = new SimpleStringProperty("");
    private final StringProperty rightPrefix = new SimpleStringProperty("");
    private final ObservableList<DiffEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<DiffEntry> shown = new FilteredList<>(entries, this::visible);
    private final Map<DiffKind, BooleanProperty> showKind = new EnumMap<>(DiffKind.class);
    private final Map<DiffKind, LongProperty> counts = new EnumMap<>(DiffKind.class);
    private final ObjectProperty<DiffEntry> chosen = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty problem = new SimpleBooleanProperty();
    private final ValueDiffModel values;

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Queue<DiffEntry> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private ScanControl control;
    /** Where "Copy to the right…" goes: the transfer window, with the right side as its target. */
    private BiConsumer<TransferSource.Keys, CompareSide> onCopy = (keys, target) -> { };
    /** The sides of the last comparison, which the entries belong to. */
    private CompareSide comparedLeft;
    private CompareSide comparedRight;

    public CompareViewModel(List<CompareSide> open, CompareSide initialLeft, CompareSide initialRight,
            TaskRunner runner, DialogService dialogs) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.values = new ValueDiffModel(runner);
        sides.setAll(open);
        left.set(initialLeft);
        right.set(initialRight);
        for (DiffKind kind : DiffKind.values()) {
            BooleanProperty show = new SimpleBooleanProperty(kind != DiffKind.SAME);
            show.addListener((obs, was, now) -> shown.setPredicate(this::visible));
            showKind.put(kind, show);
            counts.put(kind, new SimpleLongProperty());
        }
        chosen.addListener((obs, old, entry) -> showValues(entry));
        status.set("Choose two open components (or one, with two prefixes) and compare.");
    }

    public ObservableList<CompareSide> sides() {
        return sides;
    }

    public ObjectProperty<CompareSide> leftProperty() {
        return left;
    }

    public ObjectProperty<CompareSide> rightProperty() {
        return right;
    }

    public StringProperty leftPrefixProperty() {
        return leftPrefix;
    }

    public StringProperty rightPrefixProperty() {
        return rightPrefix;
    }

    /** The keys of the classes shown. */
    public ObservableList<DiffEntry> shown() {
        return shown;
    }

    public BooleanProperty showProperty(DiffKind kind) {
        return showKind.get(kind);
    }

    public LongProperty countProperty(DiffKind kind) {
        return counts.get(kind);
    }

    public ObjectProperty<DiffEntry> chosenProperty() {
        return chosen;
    }

    public ValueDiffModel values() {
        return values;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty problemProperty() {
        return problem;
    }

    public void setOnCopy(BiConsumer<TransferSource.Keys, CompareSide> listener) {
        onCopy = listener;
    }

    // ---- commands ----

    /** Compares, after asking about the cost of each side that is not local. */
    public void compare() {
        CompareSide a = left.get();
        CompareSide b = right.get();
        if (a == null || b == null || busy.get()) {
            return;
        }
        String pa = leftPrefix.get() == null ? "" : leftPrefix.get();
        String pb = rightPrefix.get() == null ? "" : rightPrefix.get();
        if (a.session() == b.session() && pa.equals(pb)) {
            tell("Both sides are the same keys of " + a.title() + ": choose another component, or give the sides "
                    + "different prefixes.", true);
            return;
        }
        List<CompareSide> remote = new ArrayList<>();
        if (a.session().realAws()) {
            remote.add(a);
        }
        if (b.session().realAws() && b.session() != a.session()) {
            remote.add(b);
        }
        askThenRun(remote, 0, () -> start(a, pa, b, pb));
    }

    private void askThenRun(List<CompareSide> remote, int index, Runnable then) {
        if (index == remote.size()) {
            then.run();
            return;
        }
        StoreSession session = remote.get(index).session();
        runner.run(() -> session.store().checkTable(), check -> {
            if (dialogs.confirm("Scan the table on AWS", ScanCost.question("Comparing",
                    session.config().table(), session.location(), check.size()), "Scan")) {
                askThenRun(remote, index + 1, then);
            } else {
                tell("Not compared: nothing was read.", false);
            }
        }, failure -> tell(ErrorText.of(failure), true));
    }

    private void start(CompareSide a, String pa, CompareSide b, String pb) {
        entries.clear();
        pending.clear();
        counts.values().forEach(count -> count.set(0));
        chosen.set(null);
        values.clear();
        comparedLeft = a;
        comparedRight = b;
        ScanControl scan = new ScanControl();
        control = scan;
        busy.set(true);
        tell("Reading " + a.title() + ", then comparing with " + b.title() + "…", false);
        runner.run(() -> new StoreDiff(2).run(new Side(a.session().store(), pa, a.session().encryption()),
                new Side(b.session().store(), pb, b.session().encryption()), entry -> {
                    pending.add(entry);
                    scheduleFlush();
                }, scan), summary -> {
                    flush();
                    busy.set(false);
                    tell(describe(summary), false);
                }, failure -> {
                    flush();
                    busy.set(false);
                    tell("The comparison failed: " + ErrorText.of(failure), true);
                });
    }

    /** Stops the comparison: what was compared stays listed. */
    public void cancel() {
        if (control != null) {
            control.cancel();
        }
    }

    /**
     * Opens the copy of the chosen keys (or, with none chosen, of every key only the left has or that differs) to the
     * right side, each checked against what the right side held when compared.
     */
    public void copyToRight(List<DiffEntry> selection) {
        if (comparedLeft == null) {
            return;
        }
        List<DiffEntry> chosenEntries = selection.isEmpty()
                ? entries.stream().filter(e -> e.kind() == DiffKind.ONLY_LEFT || e.kind() == DiffKind.DIFFERENT)
                        .toList()
                : selection.stream().filter(e -> e.left() != null).toList();
        if (chosenEntries.isEmpty()) {
            tell("Nothing to copy: the left side has no key that the right lacks or holds differently.", false);
            return;
        }
        List<TransferSource.Request> requests = chosenEntries.stream().map(e -> new TransferSource.Request(
                e.left().storedKey(), e.right() == null ? new Expected.Absent()
                : e.right().etag() == null || e.right().etag().isEmpty() ? new Expected.Unknown()
                : new Expected.Etag(e.right().etag()))).toList();
        onCopy.accept(new TransferSource.Keys(comparedLeft.session(), comparedLeft.title(), requests), comparedRight);
    }

    // ---- helpers ----

    private boolean visible(DiffEntry entry) {
        return showKind.get(entry.kind()).get();
    }

    private void scheduleFlush() {
        if (flushScheduled.compareAndSet(false, true)) {
            runner.later(FLUSH_MILLIS, this::flush);
        }
    }

    private void flush() {
        flushScheduled.set(false);
        List<DiffEntry> batch = new ArrayList<>();
        for (DiffEntry entry = pending.poll(); entry != null; entry = pending.poll()) {
            batch.add(entry);
        }
        if (batch.isEmpty()) {
            return;
        }
        batch.forEach(entry -> counts.get(entry.kind()).set(counts.get(entry.kind()).get() + 1));
        entries.addAll(batch);
    }

    private void showValues(DiffEntry entry) {
        if (entry == null || comparedLeft == null) {
            values.clear();
            return;
        }
        values.show(comparedLeft.session(), entry.left() == null ? null : entry.left().storedKey(),
                comparedRight.session(), entry.right() == null ? null : entry.right().storedKey());
    }

    private static String describe(DiffSummary summary) {
        return (summary.equal() ? "The two sides are equal: " : "Compared: ") + summary.describe() + "."
                + (summary.readUnits() > 0 ? String.format(java.util.Locale.ROOT, " %.1f read capacity units.",
                        summary.readUnits()) : "");
    }

    private void tell(String text, boolean isProblem) {
        status.set(text);
        problem.set(isProblem);
    }
}
