package io.statedesk.ui.actors;

import io.statedesk.dapr.actors.ActorStateEntry;
import io.statedesk.dapr.actors.ActorTypeView;
import io.statedesk.dapr.actors.ActorView;
import io.statedesk.engine.model.StateItem;
import io.statedesk.ui.common.Icons;
import java.time.Instant;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The Actors view: types | actors | state keys, and below the stale reminder records and outbox markers. */
public final class ActorsView {

    public static final String TYPES_ID = "actor-types";
    public static final String ACTORS_ID = "actor-ids";
    public static final String STATE_ID = "actor-state";
    public static final String REMINDERS_ID = "actor-reminders";

    private final BorderPane root = new BorderPane();
    private final ActorsViewModel model;

    public ActorsView(ActorsViewModel model) {
        this.model = model;
        root.getStylesheets().add(ActorsView.class.getResource("/io/statedesk/ui/workflows/workflows.css")
                .toExternalForm());
        ListView<ActorTypeView> types = new ListView<>(model.types());
        types.setId(TYPES_ID);
        types.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ActorTypeView type, boolean empty) {
                super.updateItem(type, empty);
                setText(empty || type == null ? null : type.appId() + " · " + type.actorType() + " ("
                        + type.actors().size() + (type.internal() ? ", Dapr internal)" : ")"));
            }
        });
        types.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedTypeProperty().set(now);
            }
        });
        model.selectedTypeProperty().addListener((obs, old, now) -> types.getSelectionModel().select(now));

        TableView<ActorView> actors = new TableView<>(model.actors());
        actors.setId(ACTORS_ID);
        actors.getColumns().add(column("Actor id", 150, ActorView::actorId));
        actors.getColumns().add(column("Keys", 55, a -> Integer.toString(a.state().size())));
        actors.getColumns().add(column("Bytes", 70, a -> Long.toString(a.totalBytes())));
        actors.getColumns().add(column("With TTL", 70, a -> Long.toString(a.withTtl())));
        actors.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedActorProperty().set(now);
            }
        });
        model.selectedActorProperty().addListener((obs, old, now) -> actors.getSelectionModel().select(now));

        TableView<ActorStateEntry> state = new TableView<>(model.state());
        state.setId(STATE_ID);
        state.getColumns().add(column("State key", 200, ActorStateEntry::key));
        state.getColumns().add(column("Size (B)", 70, e -> Integer.toString(e.sizeBytes())));
        state.getColumns().add(column("Storage", 65, e -> String.valueOf(e.item().storage())));
        state.getColumns().add(column("TTL (expires)", 200, e -> ttl(e.item())));
        state.getColumns().add(column("Stored key", 380, e -> e.item().key().stored()));
        state.setPlaceholder(new Label("Select an actor."));

        SplitPane top = new SplitPane(types, actors, state);
        top.setDividerPositions(0.3, 0.55);

        TableView<ReminderRow> reminders = new TableView<>(model.reminders());
        reminders.setId(REMINDERS_ID);
        reminders.getColumns().add(column("Record", 330, ReminderRow::key));
        reminders.getColumns().add(column("Kind", 130, ReminderRow::kind));
        reminders.getColumns().add(column("Actor", 170, ReminderRow::actor));
        reminders.getColumns().add(column("What it holds", 520, ReminderRow::description));
        reminders.setPlaceholder(new Label("No reminder records: this table has none from Dapr 1.14 or earlier."));
        Label stale = new Label("Stale: " + ActorsViewModel.staleNote());
        stale.getStyleClass().add("stale-note");
        stale.setWrapText(true);
        stale.setMinHeight(Region.USE_PREF_SIZE);
        stale.setMaxWidth(Double.MAX_VALUE);
        stale.setGraphic(Icons.icon(Feather.ALERT_TRIANGLE));
        VBox.setVgrow(reminders, Priority.ALWAYS);
        VBox reminderBox = new VBox(4, stale, reminders);
        reminderBox.setPadding(new Insets(4));

        ListView<StateItem> outbox = new ListView<>(model.outbox());
        outbox.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(StateItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.key().stored() + " · ETag " + item.etag()
                        + " · a publish through the transactional outbox that has not completed (or failed)");
            }
        });
        outbox.setPlaceholder(new Label("No outbox markers."));
        TabPane below = new TabPane(new Tab("Reminder records", reminderBox), new Tab("Outbox markers", outbox));
        below.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        SplitPane split = new SplitPane(top, below);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        root.setTop(toolbar());
        root.setCenter(split);
    }

    public BorderPane root() {
        return root;
    }

    private HBox toolbar() {
        Label where = new Label("Actors");
        where.setMinWidth(Region.USE_PREF_SIZE);
        where.setTooltip(new javafx.scene.control.Tooltip("Actor state and reminder records in table "
                + model.session().config().table()));
        where.getStyleClass().add("text-bold");
        where.setGraphic(Icons.icon(Feather.USERS));
        Button refresh = Icons.button(Feather.REFRESH_CW, "Refresh", "Scan the table again");
        refresh.setOnAction(event -> model.refresh());
        refresh.disableProperty().bind(model.busyProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, where, refresh, progress, status, spacer);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("tool-bar");
        return bar;
    }

    private static String ttl(StateItem item) {
        if (item.ttlEpochSeconds() == null) {
            return "";
        }
        return Instant.ofEpochSecond(item.ttlEpochSeconds()) + (item.expired() ? " (expired)" : "");
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
