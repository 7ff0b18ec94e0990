package io.statedesk.ui.transfer;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.StateKey;
import io.statedesk.engine.scan.ScanControl;
import io.statedesk.engine.scan.ScanRequest;
import io.statedesk.history.WriteHistory;
import io.statedesk.history.WriteRecord;
import io.statedesk.search.ScanCost;
import io.statedesk.transfer.CopyMode;
import io.statedesk.transfer.CopySource;
import io.statedesk.transfer.Expected;
import io.statedesk.transfer.ItemFile;
import io.statedesk.transfer.ItemWriter;
import io.statedesk.transfer.KeyRewrite;
import io.statedesk.transfer.PlanEntry;
import io.statedesk.transfer.TransferPlanner;
import io.statedesk.transfer.TransferReport;
import io.statedesk.transfer.TransferRun;
import io.statedesk.transfer.WriteOutcome;
import io.statedesk.ui.common.DialogService;
import io.statedesk.session.ErrorText;
import io.statedesk.ui.common.TaskRunner;
import io.statedesk.ui.common.Texts;
import io.statedesk.session.StoreSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Copy (keys, a prefix, a comparison's result) or import (a file) into an open component: a dry run first, which
 * reads the target and shows what each item would do; then the run, which writes exactly that plan with its checks,
 * with progress and cancel, and each item's outcome in its row. Nothing is written before the user confirms the run.
 */
public final class TransferViewModel {

    // ---- state ----
    private final ObservableList<TransferTarget> targets = FXCollections.observableArrayList();
    private final ObjectProperty<TransferTarget> target = new SimpleObjectProperty<>();
    private final ObjectProperty<CopyMode> mode = new SimpleObjectProperty<>(CopyMode.CREATE_ONLY);
    private final BooleanProperty keepTtl = new SimpleBooleanProperty(true);
    private final StringProperty rewriteFrom = new SimpleStringProperty("");
    private final StringProperty rewriteTo = new SimpleStringProperty("");
    private final ObservableList<TransferRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty planned = new SimpleBooleanProperty();
    private final BooleanProperty done = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty problem = new SimpleBooleanProperty();
    private final BooleanBinding canRun;

    private final TransferSource source;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final WriteHistory history;
    private final Clock clock;
    private List<PlanEntry> plan = List.of();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private ScanControl scanControl;

    public TransferViewModel(TransferSource source, List<TransferTarget> openTargets, TransferTarget initial,
            TaskRunner runner, DialogService dialogs, WriteHistory history, Clock clock) {
        this.source = source;
        this.runner = runner;
        this.dialogs = dialogs;
        this.history = history;
        this.clock = clock;
        targets.setAll(openTargets);
        target.set(initial);
        if (source instanceof TransferSource.Keys keys) {
            suggestRewrite(keys.requests());
            // keys from a comparison carry what the target held then: check against it by default
            if (keys.requests().stream().anyMatch(r -> !(r.expected() instanceof Expected.Unknown))) {
                mode.set(CopyMode.ETAG_CHECKED);
            }
        }
        canRun = Bindings.createBooleanBinding(() -> planned.get() && !busy.get() && !done.get()
                && target.get() != null && !target.get().session().readOnly()
                && plan.stream().anyMatch(entry -> entry.action().writes()), planned, busy, done, target);
        target.addListener((obs, old, now) -> settingsChanged());
        mode.addListener((obs, old, now) -> settingsChanged());
        keepTtl.addListener((obs, old, now) -> settingsChanged());
        rewriteFrom.addListener((obs, old, now) -> settingsChanged());
        rewriteTo.addListener((obs, old, now) -> settingsChanged());
        status.set("Preview first: it reads the target and shows what each key would do. Nothing is written until"
                + " you copy.");
    }

    public TransferSource source() {
        return source;
    }

    public boolean isImport() {
        return source instanceof TransferSource.File;
    }

    public ObservableList<TransferTarget> targets() {
        return targets;
    }

    public ObjectProperty<TransferTarget> targetProperty() {
        return target;
    }

    public ObjectProperty<CopyMode> modeProperty() {
        return mode;
    }

    public BooleanProperty keepTtlProperty() {
        return keepTtl;
    }

    public StringProperty rewriteFromProperty() {
        return rewriteFrom;
    }

    public StringProperty rewriteToProperty() {
        return rewriteTo;
    }

    public ObservableList<TransferRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** True once the rows show a dry run of the current settings. */
    public ReadOnlyBooleanProperty plannedProperty() {
        return planned;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty problemProperty() {
        return problem;
    }

    /** True when the previewed plan can be written: something to write, and the target accepts writes. */
    public ObservableBooleanValue canRunProperty() {
        return canRun;
    }

    // ---- commands ----

    /** The dry run: reads the source and the target and fills the rows with what each item would do. */
    public void preview() {
        TransferTarget to = target.get();
        if (to == null || busy.get()) {
            return;
        }
        if (source instanceof TransferSource.Prefix prefix && prefix.session().realAws()) {
            StateStore store = prefix.session().store();
            runner.run(store::checkTable, check -> {
                if (dialogs.confirm("Scan the source on AWS", ScanCost.question("Copying by prefix",
                        store.config().table(), prefix.session().location(), check.size()), "Scan")) {
                    startPreview(to);
                } else {
                    tell("Not scanned: nothing was read or written.", false);
                }
            }, failure -> tell(ErrorText.of(failure), true));
            return;
        }
        startPreview(to);
    }

    private void startPreview(TransferTarget to) {
        CopyMode chosen = mode.get();
        KeyRewrite rewrite = new KeyRewrite(rewriteFrom.get(), rewriteTo.get());
        boolean ttl = keepTtl.get();
        cancelled.set(false);
        scanControl = new ScanControl();
        ScanControl control = scanControl;
        busy.set(true);
        done.set(false);
        progress.set(-1);
        tell("Dry run: reading the source and the target…", false);
        runner.run(() -> gather(to.session().store(), chosen, rewrite, ttl, control), entries -> {
            busy.set(false);
            progress.set(0);
            if (entries == null) {
                tell("The dry run was stopped: nothing was written.", false);
                return;
            }
            plan = entries;
            rows.setAll(entries.stream().map(TransferViewModel::planned).toList());
            planned.set(true);
            canRun.invalidate();
            tell(planSummary(entries, to), false);
        }, failure -> {
            busy.set(false);
            progress.set(0);
            tell(failure instanceof UncheckedIOException io ? io.getMessage() : ErrorText.of(failure), true);
        });
    }

    /** On the runner's thread. Null when cancelled. */
    private List<PlanEntry> gather(StateStore targetStore, CopyMode chosen, KeyRewrite rewrite, boolean ttl,
            ScanControl control) {
        TransferPlanner planner = new TransferPlanner(targetStore, chosen, clock);
        CopySource copier = new CopySource(rewrite, ttl);
        List<PlanEntry> entries = new ArrayList<>();
        if (source instanceof TransferSource.Keys keys) {
            List<TransferSource.Request> requests = keys.requests();
            for (int i = 0; i < requests.size(); i++) {
                if (cancelled.get()) {
                    return null;
                }
                TransferSource.Request request = requests.get(i);
                entries.add(copier.read(keys.session().store(), request.key(), request.expected(), planner));
                report(i + 1, requests.size());
            }
        } else if (source instanceof TransferSource.Prefix prefix) {
            List<StateItem> items = new ArrayList<>();
            prefix.session().store().scan(ScanRequest.withPrefix(prefix.prefix().isEmpty() ? null : prefix.prefix()),
                    page -> {
                        synchronized (items) {
                            items.addAll(page.items());
                        }
                    }, control);
            if (cancelled.get()) {
                return null;
            }
            items.sort(Comparator.comparing(item -> item.key().stored()));
            for (int i = 0; i < items.size(); i++) {
                if (cancelled.get()) {
                    return null;
                }
                entries.add(copier.entry(items.get(i), Expected.unknown(), planner));
                report(i + 1, items.size());
            }
        } else {
            ItemFile.Contents contents;
            try {
                contents = ItemFile.read(((TransferSource.File) source).file());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + ((TransferSource.File) source).file() + ": "
                        + e.getMessage() + ". Nothing was written.", e);
            }
            if (contents.invalid() > 0) {
                String message = Texts.count(contents.invalid(), "line") + " of the file cannot be imported, so "
                        + "nothing will be written: " + String.join("; ", contents.problems().subList(0,
                        Math.min(3, contents.problems().size()))) + (contents.invalid() > 3 ? "; …" : "");
                throw new UncheckedIOException(message, new IOException(message));
            }
            for (int i = 0; i < contents.items().size(); i++) {
                if (cancelled.get()) {
                    return null;
                }
                entries.add(planner.plan(contents.items().get(i)));
                report(i + 1, contents.items().size());
            }
        }
        return entries;
    }

    private void report(int doneCount, int total) {
        runner.onUiThread(() -> progress.set(total == 0 ? 1 : doneCount / (double) total));
    }

    /** Writes the previewed plan, after asking; each row shows its outcome as it lands. */
    public void run() {
        TransferTarget to = target.get();
        if (!canRun.get()) {
            if (to != null && to.session().readOnly()) {
                tell(to.title() + " is open read-only: use \"Allow writes…\" in its tab first. Nothing was written.",
                        true);
            }
            return;
        }
        long writes = plan.stream().filter(entry -> entry.action().writes()).count();
        if (!dialogs.confirm(isImport() ? "Import" : "Copy", "Write " + Texts.count(writes, "key") + " to table "
                + to.session().config().table() + " (" + to.session().location() + ") in mode " + mode.get().text()
                + "? Each write gets a new ETag" + (mode.get() == CopyMode.ETAG_CHECKED
                        ? " and is made only while the target is still as the preview showed it" : "") + ".",
                isImport() ? "Import" : "Copy")) {
            return;
        }
        List<PlanEntry> chosen = plan;
        ItemWriter writer = new ItemWriter(to.session().store(), mode.get(), clock);
        cancelled.set(false);
        busy.set(true);
        progress.set(0);
        tell("Writing…", false);
        AtomicInteger finished = new AtomicInteger();
        runner.run(() -> TransferRun.run(chosen, writer, cancelled::get, (index, entry, outcome) -> {
            if (outcome instanceof WriteOutcome.Written written) {
                remember(to.session(), entry, written);
            }
            TransferRow row = outcome(entry, outcome);
            int count = finished.incrementAndGet();
            runner.onUiThread(() -> {
                rows.set(index, row);
                progress.set(count / (double) chosen.size());
            });
        }), report -> {
            busy.set(false);
            done.set(true);
            canRun.invalidate();
            boolean bad = report.stoppedBecause() != null || report.count("failed") + report.count("unknown")
                    + report.count("conflict") > 0;
            tell((isImport() ? "Imported: " : "Copied: ") + report.describe() + "." + (bad
                    ? " Rows in red say why; a key that changed in the target was not overwritten." : ""), bad);
        }, failure -> {
            busy.set(false);
            done.set(true);
            tell(ErrorText.of(failure), true);
        });
    }

    /** Stops the dry run or the run after the item in flight. */
    public void cancel() {
        cancelled.set(true);
        if (scanControl != null) {
            scanControl.cancel();
        }
    }

    // ---- helpers ----

    private void settingsChanged() {
        if (planned.get() && !busy.get()) {
            planned.set(false);
            done.set(false);
            tell("The settings changed: preview again before copying.", false);
        }
        canRun.invalidate();
    }

    private void tell(String text, boolean isProblem) {
        status.set(text);
        problem.set(isProblem);
    }

    /** Keys of one app prefill the rewrite, so that changing the app id is one field away. */
    private void suggestRewrite(List<TransferSource.Request> requests) {
        String app = null;
        for (TransferSource.Request request : requests) {
            StateKey key = StateKey.parse(request.key(), io.statedesk.engine.model.KeyPrefix.appId());
            String prefix = key.appId() == null ? null : key.appId() + "||";
            if (prefix == null || app != null && !app.equals(prefix)) {
                return;
            }
            app = prefix;
        }
        if (app != null) {
            rewriteFrom.set(app);
            rewriteTo.set(app);
        }
    }

    /** Every write the window makes is kept in the local history, with what the target held before. */
    private void remember(StoreSession to, PlanEntry entry, WriteOutcome.Written written) {
        StateItem before = entry.before();
        history.record(new WriteRecord(clock.instant(), to.config().componentName(), to.config().table(),
                entry.item().key(), WriteRecord.Action.SET, entry.item().storage(),
                before == null ? null : before.value(), entry.item().value(), before == null ? null : before.etag(),
                written.etag()));
    }

    private String planSummary(List<PlanEntry> entries, TransferTarget to) {
        Map<PlanEntry.Action, Long> counts = new java.util.EnumMap<>(PlanEntry.Action.class);
        entries.forEach(entry -> counts.merge(entry.action(), 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((action, n) -> parts.add(n + " " + words(action)));
        String summary = "Dry run: " + (parts.isEmpty() ? "nothing to copy" : String.join(", ", parts))
                + ". Nothing written yet.";
        if (to.session().readOnly()) {
            return summary + " " + to.title() + " is read-only: use \"Allow writes…\" in its tab to copy.";
        }
        return summary;
    }

    static String words(PlanEntry.Action action) {
        return switch (action) {
            case CREATE -> "to create";
            case OVERWRITE -> "to overwrite";
            case UNCHANGED -> "already the same";
            case SKIP_EXISTS -> "kept (the target has them)";
            case SKIP_SOURCE -> "not in the source";
            case CONFLICT -> "changed since compared";
        };
    }

    static TransferRow planned(PlanEntry entry) {
        TransferRow.Tone tone = switch (entry.action()) {
            case CREATE, OVERWRITE -> TransferRow.Tone.PLANNED;
            case CONFLICT -> TransferRow.Tone.PROBLEM;
            default -> TransferRow.Tone.LEFT;
        };
        return new TransferRow(entry.origin(), entry.targetKey(), entry.action().name().toLowerCase(Locale.ROOT)
                .replace('_', ' '), entry.note(), tone);
    }

    static TransferRow outcome(PlanEntry entry, WriteOutcome outcome) {
        TransferRow.Tone tone;
        if (outcome instanceof WriteOutcome.Written) {
            tone = TransferRow.Tone.DONE;
        } else if (outcome instanceof WriteOutcome.Unchanged || outcome instanceof WriteOutcome.Skipped
                || outcome instanceof WriteOutcome.NotRun) {
            tone = TransferRow.Tone.LEFT;
        } else {
            tone = TransferRow.Tone.PROBLEM;
        }
        return new TransferRow(entry.origin(), entry.targetKey(), outcome.word().replace('-', ' '),
                Objects.requireNonNullElse(outcome.detail(), ""), tone);
    }

    /** For tests and the view: the last run's plan. */
    List<PlanEntry> plan() {
        return plan;
    }

    static String describe(TransferReport report) {
        return report.describe();
    }
}
