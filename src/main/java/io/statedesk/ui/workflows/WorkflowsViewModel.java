package io.statedesk.ui.workflows;

import io.statedesk.dapr.workflow.LoadedWorkflow;
import io.statedesk.dapr.workflow.PurgeOutcome;
import io.statedesk.dapr.workflow.PurgePlan;
import io.statedesk.dapr.workflow.RuntimeStatus;
import io.statedesk.dapr.workflow.WorkflowFilter;
import io.statedesk.dapr.workflow.WorkflowListing;
import io.statedesk.dapr.workflow.WorkflowPurger;
import io.statedesk.dapr.workflow.WorkflowReader;
import io.statedesk.engine.scan.ScanControl;
import io.statedesk.session.ErrorText;
import io.statedesk.session.StoreSession;
import io.statedesk.ui.common.DialogService;
import io.statedesk.ui.common.TaskRunner;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The workflow instances of one store: listed from one scan, filtered by status and name; the selected one's
 * timeline; purge with confirmation (a second, explicit one for instances that are not finished).
 */
public final class WorkflowsViewModel {

    // ---- state ----
    private final ObservableList<LoadedWorkflow> all = FXCollections.observableArrayList();
    private final FilteredList<LoadedWorkflow> visible = new FilteredList<>(all);
    private final ObjectProperty<RuntimeStatus> statusFilter = new SimpleObjectProperty<>();
    private final StringProperty nameFilter = new SimpleStringProperty("");
    private final ObjectProperty<LoadedWorkflow> selected = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final WorkflowTimelineViewModel timeline = new WorkflowTimelineViewModel();

    private final StoreSession session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private boolean scanCostAccepted;
    private ScanControl scan;

    public WorkflowsViewModel(StoreSession session, TaskRunner runner, DialogService dialogs) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        statusFilter.addListener((obs, old, now) -> applyFilter());
        nameFilter.addListener((obs, old, now) -> applyFilter());
        selected.addListener((obs, old, now) -> timeline.show(now));
    }

    public ObservableList<LoadedWorkflow> instances() {
        return visible;
    }

    /** The status to show only, or null for all. */
    public ObjectProperty<RuntimeStatus> statusFilterProperty() {
        return statusFilter;
    }

    public StringProperty nameFilterProperty() {
        return nameFilter;
    }

    public ObjectProperty<LoadedWorkflow> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    public WorkflowTimelineViewModel timeline() {
        return timeline;
    }

    public StoreSession session() {
        return session;
    }

    // ---- commands ----

    /** Lists the instances again (one scan; on real AWS the first one asks, as the key list does). */
    public void refresh() {
        if (busy.get()) {
            return;
        }
        if (session.realAws() && !scanCostAccepted) {
            if (!dialogs.confirm("Scan the table on AWS", "Listing workflows scans the whole table "
                    + session.config().table() + " (" + session.location() + ") and reads every value. Scan now?",
                    "Scan")) {
                notice.set("Not scanned.");
                return;
            }
            scanCostAccepted = true;
        }
        busy.set(true);
        status.set("Scanning for workflow instances…");
        ScanControl control = new ScanControl();
        scan = control;
        String selectedId = selected.get() == null ? null : selected.get().instance().metadataKey();
        runner.run(() -> new WorkflowReader(session.store()).list(null, control), listing -> {
            busy.set(false);
            show(listing, selectedId);
        }, failure -> {
            busy.set(false);
            status.set("");
            notice.set("Listing failed: " + ErrorText.of(failure));
        });
    }

    /** Stops a listing in progress. */
    public void cancel() {
        if (scan != null) {
            scan.cancel();
        }
    }

    private void show(WorkflowListing listing, String selectedKey) {
        all.setAll(listing.workflows());
        applyFilter();
        long running = listing.instances().stream().filter(w -> !w.status().isTerminal()).count();
        status.set(String.format(Locale.ROOT, "%d %s (%d not finished)%s%s", listing.workflows().size(),
                listing.workflows().size() == 1 ? "instance" : "instances", running,
                listing.orphans().isEmpty() ? "" : listing.orphans().size() == 1
                        ? " · 1 workflow record whose instance is gone"
                        : String.format(Locale.ROOT, " · %d workflow records whose instance is gone",
                        listing.orphans().size()),
                listing.complete() ? "" : " · stopped early: the list is partial"));
        selected.set(selectedKey == null ? null : all.stream()
                .filter(w -> w.instance().metadataKey().equals(selectedKey)).findFirst().orElse(null));
    }

    private void applyFilter() {
        RuntimeStatus only = statusFilter.get();
        WorkflowFilter filter = new WorkflowFilter(only == null ? Set.of() : Set.of(only), nameFilter.get());
        visible.setPredicate(w -> filter.test(w.instance()));
    }

    /**
     * Purges the selected instance after a confirmation naming what goes; an instance that is not completed, failed,
     * terminated or canceled needs a second, explicit confirmation. Refused when the store is read-only.
     */
    public void purgeSelected() {
        LoadedWorkflow target = selected.get();
        if (target == null || busy.get()) {
            return;
        }
        if (session.readOnly()) {
            notice.set("This component is open read-only: nothing was purged. Allow writes first.");
            return;
        }
        PurgePlan plan = PurgePlan.of(target);
        String id = target.instance().instanceId();
        if (!dialogs.confirm("Purge " + id, "Delete all " + plan.size() + " records of workflow instance " + id
                + " (" + target.instance().name() + ", " + target.instance().status().label() + ") from table "
                + session.config().table() + "? Each delete is checked against the ETag read; "
                + (plan.size() > WorkflowPurger.MAX_OPERATIONS ? "more than 100 records go in several transactions."
                : "all go in one transaction."), "Purge")) {
            return;
        }
        boolean force = !target.instance().status().isTerminal();
        if (force && !dialogs.confirm("Purge a " + target.instance().status().label() + " instance",
                id + " is " + target.instance().status().label() + ". daprd refuses to purge it: an app may still"
                        + " run it, and purging its records breaks that run. Purge anyway?", "Purge anyway")) {
            notice.set("Not purged: " + id + " is " + target.instance().status().label() + ".");
            return;
        }
        busy.set(true);
        runner.run(() -> new WorkflowPurger(session.store()).purge(plan, force, (done, total, t, n) ->
                runner.onUiThread(() -> status.set("Purging " + id + ": " + done + " of " + total + " records"
                        + (n > 1 ? " (transaction " + t + " of " + n + ")" : "")))), outcome -> {
            busy.set(false);
            notice.set(outcome.describe());
            if (!(outcome instanceof PurgeOutcome.Refused)) {
                refresh();
            }
        }, failure -> {
            busy.set(false);
            notice.set("Not purged: " + ErrorText.of(failure));
        });
    }

    /** The statuses the filter offers. */
    public static List<RuntimeStatus> filterChoices() {
        return List.of(RuntimeStatus.RUNNING, RuntimeStatus.PENDING, RuntimeStatus.SUSPENDED, RuntimeStatus.COMPLETED,
                RuntimeStatus.FAILED, RuntimeStatus.TERMINATED, RuntimeStatus.CANCELED);
    }
}
