package io.statedesk.ui.workflows;

import io.statedesk.dapr.workflow.LoadedWorkflow;
import io.statedesk.dapr.workflow.RuntimeStatus;
import io.statedesk.dapr.workflow.WorkflowInstance;
import io.statedesk.ui.common.Icons;
import io.statedesk.ui.editor.JsonHighlighter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.feather.Feather;

/** The Workflows view of one store: filters, the instance list, and the selected instance's timeline. */
public final class WorkflowsView {

    public static final String TABLE_ID = "workflow-instances";
    public static final String TIMELINE_ID = "workflow-timeline";
    public static final String NAME_FILTER_ID = "workflow-name-filter";
    public static final String STATUS_FILTER_ID = "workflow-status-filter";
    public static final String PURGE_ID = "workflow-purge";
    public static final String PAYLOAD_ID = "workflow-payload";
    public static final String RAW_ID = "workflow-raw";

    private final BorderPane root = new BorderPane();
    private final WorkflowsViewModel model;
    private final TableView<LoadedWorkflow> instances = new TableView<>();
    private final TableView<TimelineRow> timeline = new TableView<>();
    private final CodeArea payload = new CodeArea();

    public WorkflowsView(WorkflowsViewModel model) {
        this.model = model;
        root.getStylesheets().add(WorkflowsView.class.getResource("/io/statedesk/ui/workflows/workflows.css")
                .toExternalForm());
        instances.setId(TABLE_ID);
        instances.setItems(model.instances());
        instances.setPlaceholder(new Label("No workflow instances: press Refresh to scan the table."));
        instances.getColumns().add(text("Instance", 100, w -> w.instance().instanceId()));
        instances.getColumns().add(text("App", 72, w -> w.instance().appId()
                + (w.instance().namespace().equals("default") ? "" : " · " + w.instance().namespace())));
        instances.getColumns().add(text("Workflow", 200, w -> w.instance().name()));
        instances.getColumns().add(statusColumn());
        instances.getColumns().add(text("Created (UTC)", 172, w -> TimelineRow.formatSeconds(w.instance().createdAt())));
        instances.getColumns().add(text("Last updated (UTC)", 172,
                w -> TimelineRow.formatSeconds(w.instance().lastUpdatedAt())));
        instances.getColumns().add(text("History", 70, w -> Long.toString(w.instance().historyLength())));
        instances.getColumns().add(text("Inbox", 58, w -> Long.toString(w.instance().inboxLength())));
        instances.getColumns().add(text("Custom status / failure", 280, WorkflowsView::note));
        instances.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (instances.getSelectionModel().getSelectedItem() != now) {
                instances.getSelectionModel().select(now);
            }
        });

        SplitPane split = new SplitPane(instances, timelinePane());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.36);
        root.setTop(toolbar());
        root.setCenter(split);
        root.setBottom(statusBar());
    }

    public BorderPane root() {
        return root;
    }

    public TableView<LoadedWorkflow> instanceTable() {
        return instances;
    }

    public TableView<TimelineRow> timelineTable() {
        return timeline;
    }

    public CodeArea payloadArea() {
        return payload;
    }

    private HBox toolbar() {
        Label where = new Label("Workflows");
        where.getStyleClass().add("text-bold");
        where.setMinWidth(Region.USE_PREF_SIZE);
        where.setTooltip(new Tooltip("Dapr workflow instances in table " + model.session().config().table() + " at "
                + model.session().location()));
        where.setGraphic(Icons.icon(Feather.GIT_PULL_REQUEST));
        TextField name = new TextField();
        name.setId(NAME_FILTER_ID);
        name.setPromptText("Name or instance id contains…");
        name.setPrefColumnCount(16);
        model.nameFilterProperty().bind(name.textProperty());
        ComboBox<RuntimeStatus> status = new ComboBox<>();
        status.setId(STATUS_FILTER_ID);
        status.getItems().add(null);
        status.getItems().addAll(WorkflowsViewModel.filterChoices());
        status.setButtonCell(statusCell());
        status.setCellFactory(list -> statusCell());
        status.valueProperty().bindBidirectional(model.statusFilterProperty());
        Button refresh = Icons.button(Feather.REFRESH_CW, "Refresh", "Scan the table for workflow instances again");
        refresh.setOnAction(event -> model.refresh());
        refresh.disableProperty().bind(model.busyProperty());
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        Button purge = Icons.button(Feather.TRASH_2, "Purge…", "Delete every record of the selected instance, as"
                + " daprd's purge does (asks first; ETag-checked)");
        purge.setId(PURGE_ID);
        purge.setMinWidth(Region.USE_PREF_SIZE);
        purge.setOnAction(event -> model.purgeSelected());
        purge.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label statusLabel = new Label("Status");
        statusLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, where, name, statusLabel, status, refresh, spacer, purge);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("tool-bar");
        return bar;
    }

    private VBox timelinePane() {
        WorkflowTimelineViewModel t = model.timeline();
        Label summary = new Label();
        summary.getStyleClass().add("workflow-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(t.summaryProperty());
        CheckBox markers = new CheckBox("Show replay markers");
        markers.setTooltip(new Tooltip("The orchestrator-started/completed pair each turn of the workflow writes"));
        markers.selectedProperty().bindBidirectional(t.showReplayMarkersProperty());
        HBox header = new HBox(12, summary, markers);
        HBox.setHgrow(summary, Priority.ALWAYS);
        header.setAlignment(Pos.TOP_LEFT);

        timeline.setId(TIMELINE_ID);
        timeline.setItems(t.rows());
        timeline.setPlaceholder(new Label("No events."));
        TableColumn<TimelineRow, String> index = timelineText("#", 78, TimelineRow::index);
        TableColumn<TimelineRow, String> time = timelineText("Time (UTC)", 122, TimelineRow::time);
        TableColumn<TimelineRow, String> title = timelineText("Event", 290, TimelineRow::title);
        TableColumn<TimelineRow, String> detail = timelineText("Details", 420, TimelineRow::detail);
        timeline.getColumns().addAll(java.util.List.of(index, time, title, detail));
        timeline.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> t.selectedProperty()
                .set(row));

        payload.setId(PAYLOAD_ID);
        payload.setEditable(false);
        payload.getStyleClass().add("code");
        t.payloadsProperty().addListener((obs, old, text) -> {
            payload.replaceText(text);
            payload.setStyleSpans(0, JsonHighlighter.highlight(text));
        });
        TextArea raw = new TextArea();
        raw.setId(RAW_ID);
        raw.setEditable(false);
        raw.getStyleClass().add("code");
        raw.textProperty().bind(t.rawProperty());
        Label payloadTitle = new Label("Payloads (input, result, data)");
        payloadTitle.getStyleClass().add("section-title");
        Label rawTitle = new Label("Record");
        rawTitle.getStyleClass().add("section-title");
        VirtualizedScrollPane<CodeArea> payloadScroll = new VirtualizedScrollPane<>(payload);
        VBox.setVgrow(payloadScroll, Priority.ALWAYS);
        VBox.setVgrow(raw, Priority.ALWAYS);
        VBox details = new VBox(4, payloadTitle, payloadScroll, rawTitle, raw);
        details.setPadding(new Insets(0, 0, 0, 6));
        SplitPane body = new SplitPane(timeline, details);
        body.setDividerPositions(0.64);
        VBox.setVgrow(body, Priority.ALWAYS);
        return new VBox(4, header, body);
    }

    private HBox statusBar() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        Label notice = new Label();
        notice.textProperty().bind(model.noticeProperty());
        notice.setWrapText(true);
        Label shown = new Label();
        shown.textProperty().bind(Bindings.size(model.instances()).asString("%d shown"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, progress, status, shown, spacer, notice);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static String note(LoadedWorkflow w) {
        WorkflowInstance i = w.instance();
        if (i.failure() != null) {
            return i.failure().summary();
        }
        if (!i.problems().isEmpty()) {
            return "⚠ " + i.problems().get(0);
        }
        return i.customStatus() == null ? "" : i.customStatus();
    }

    private TableColumn<LoadedWorkflow, String> statusColumn() {
        TableColumn<LoadedWorkflow, String> column = text("Status", 110, w -> w.instance().status().label());
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                getStyleClass().removeIf(s -> s.startsWith("workflow-status-"));
                setText(empty ? null : value);
                if (!empty && value != null) {
                    getStyleClass().add("workflow-status-" + value.toLowerCase(Locale.ROOT));
                }
            }
        });
        return column;
    }

    private static TableColumn<LoadedWorkflow, String> text(String title, double width,
                                                           Function<LoadedWorkflow, String> value) {
        TableColumn<LoadedWorkflow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<TimelineRow, String> timelineText(String title, double width,
                                                                Function<TimelineRow, String> value) {
        TableColumn<TimelineRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                getStyleClass().removeAll("timeline-failed", "timeline-pending");
                TimelineRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && row.failed()) {
                    getStyleClass().add("timeline-failed");
                } else if (row != null && row.pending()) {
                    getStyleClass().add("timeline-pending");
                }
            }
        });
        return column;
    }

    private static ListCell<RuntimeStatus> statusCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(RuntimeStatus status, boolean empty) {
                super.updateItem(status, empty);
                setText(empty ? null : status == null ? "All statuses" : status.label());
            }
        };
    }
}
