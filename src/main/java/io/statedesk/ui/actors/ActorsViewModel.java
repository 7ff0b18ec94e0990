package io.statedesk.ui.actors;

import io.statedesk.dapr.actors.ActorStateEntry;
import io.statedesk.dapr.actors.ActorTypeView;
import io.statedesk.dapr.actors.ActorView;
import io.statedesk.dapr.actors.ActorsOverview;
import io.statedesk.dapr.actors.DaprKeyKind;
import io.statedesk.dapr.actors.ReminderRecord;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.scan.ScanRequest;
import io.statedesk.session.ErrorText;
import io.statedesk.session.StoreSession;
import io.statedesk.ui.common.DialogService;
import io.statedesk.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
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

/**
 * Dapr's actors in one store: actor types with their actors and state keys (sizes, TTLs), the reminder records older
 * daprd versions left in the table (decoded, marked stale), and transactional outbox markers.
 */
public final class ActorsViewModel {

    // ---- state ----
    private final ObservableList<ActorTypeView> types = FXCollections.observableArrayList();
    private final ObjectProperty<ActorTypeView> selectedType = new SimpleObjectProperty<>();
    private final ObservableList<ActorView> actors = FXCollections.observableArrayList();
    private final ObjectProperty<ActorView> selectedActor = new SimpleObjectProperty<>();
    private final ObservableList<ActorStateEntry> state = FXCollections.observableArrayList();
    private final ObservableList<ReminderRow> reminders = FXCollections.observableArrayList();
    private final ObservableList<StateItem> outbox = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");

    private final StoreSession session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private boolean scanCostAccepted;

    public ActorsViewModel(StoreSession session, TaskRunner runner, DialogService dialogs) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        selectedType.addListener((obs, old, type) -> {
            actors.setAll(type == null ? List.of() : type.actors());
            selectedActor.set(actors.isEmpty() ? null : actors.get(0));
        });
        selectedActor.addListener((obs, old, actor) -> state.setAll(actor == null ? List.of() : actor.state()));
    }

    public ObservableList<ActorTypeView> types() {
        return types;
    }

    public ObjectProperty<ActorTypeView> selectedTypeProperty() {
        return selectedType;
    }

    public ObservableList<ActorView> actors() {
        return actors;
    }

    public ObjectProperty<ActorView> selectedActorProperty() {
        return selectedActor;
    }

    public ObservableList<ActorStateEntry> state() {
        return state;
    }

    public ObservableList<ReminderRow> reminders() {
        return reminders;
    }

    public ObservableList<StateItem> outbox() {
        return outbox;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public StoreSession session() {
        return session;
    }

    public static String staleNote() {
        return ReminderRecord.STALE_NOTE;
    }

    // ---- commands ----

    /** Scans the table once (values included: reminder records are decoded). */
    public void refresh() {
        if (busy.get()) {
            return;
        }
        if (session.realAws() && !scanCostAccepted) {
            if (!dialogs.confirm("Scan the table on AWS", "The actor view scans the whole table "
                    + session.config().table() + " (" + session.location() + ") and reads every value. Scan now?",
                    "Scan")) {
                status.set("Not scanned.");
                return;
            }
            scanCostAccepted = true;
        }
        busy.set(true);
        status.set("Scanning…");
        String keepType = selectedType.get() == null ? null : selectedType.get().appId() + "||"
                + selectedType.get().actorType();
        runner.run(() -> {
            ConcurrentLinkedQueue<StateItem> items = new ConcurrentLinkedQueue<>();
            // only Dapr's actor machinery is kept: a large table's state API values would only fill memory
            session.store().scan(ScanRequest.all(), page -> page.items().stream()
                    .filter(item -> DaprKeyKind.of(item.key().stored()) != DaprKeyKind.STATE)
                    .forEach(items::add), null);
            return ActorsOverview.of(items);
        }, overview -> {
            busy.set(false);
            show(overview, keepType);
        }, failure -> {
            busy.set(false);
            status.set("Scan failed: " + ErrorText.of(failure));
        });
    }

    private void show(ActorsOverview overview, String keepType) {
        types.setAll(overview.types());
        List<ReminderRow> rows = new ArrayList<>();
        for (ReminderRecord record : overview.reminders()) {
            rows.add(new ReminderRow(record, null));
            record.reminders().forEach(r -> rows.add(new ReminderRow(record, r)));
        }
        reminders.setAll(rows);
        outbox.setAll(overview.outbox());
        long actorCount = overview.types().stream().mapToLong(t -> t.actors().size()).sum();
        status.set(String.format(Locale.ROOT, "%d actor types, %d actors · %d reminder records · %d outbox markers",
                overview.types().size(), actorCount, overview.reminders().size(), overview.outbox().size()));
        selectedType.set(overview.types().stream()
                .filter(t -> (t.appId() + "||" + t.actorType()).equals(keepType)).findFirst()
                .orElse(overview.types().stream().filter(t -> !t.internal()).findFirst()
                        .orElse(overview.types().isEmpty() ? null : overview.types().get(0))));
    }
}
