package io.statedesk.ui.cluster;

import io.statedesk.component.kubernetes.KubeContext;
import io.statedesk.session.ComponentChoice;
import io.statedesk.ui.common.Icons;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The cluster picker's nodes, bound to its view model; built in code (a form with one table). */
public final class ClusterPickerView {

    public static final String CONTEXT_ID = "cluster-context";
    public static final String NAMESPACE_ID = "cluster-namespace";
    public static final String TABLE_ID = "cluster-components";
    public static final String OPEN_ID = "cluster-open";
    public static final String STATUS_ID = "cluster-status";

    private final VBox root = new VBox(10);
    private final ClusterPickerViewModel model;
    private final Button open = new Button("Open read-only");
    private final Button cancel = new Button("Cancel");

    public ClusterPickerView(ClusterPickerViewModel model) {
        this.model = model;
        root.setPadding(new Insets(14));
        root.setPrefSize(860, 480);
        Label intro = new Label("Dapr components of type state.aws.dynamodb, read from the cluster the way the Dapr"
                + " operator hands them to daprd: secrets from the namespace's Kubernetes Secrets. Nothing in the"
                + " cluster is changed.");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add("text-muted");
        TableView<ComponentChoice> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(intro, chooser(), table, details(), buttons());
    }

    public VBox root() {
        return root;
    }

    public Button openButton() {
        return open;
    }

    public Button cancelButton() {
        return cancel;
    }

    private GridPane chooser() {
        ComboBox<KubeContext> contexts = new ComboBox<>(model.contexts());
        contexts.setId(CONTEXT_ID);
        contexts.setMaxWidth(Double.MAX_VALUE);
        contexts.setPrefWidth(420);
        contexts.setMinWidth(200);
        contexts.setCellFactory(list -> new ContextCell());
        contexts.setButtonCell(new ContextCell());
        contexts.valueProperty().bindBidirectional(model.contextProperty());
        contexts.setOnAction(event -> {
            KubeContext chosen = contexts.getValue();
            if (chosen != null && !model.busyProperty().get()) {
                model.chooseContext(chosen);
            }
        });
        ComboBox<String> namespaces = new ComboBox<>(model.namespaces());
        namespaces.setId(NAMESPACE_ID);
        namespaces.setEditable(true);
        namespaces.setPrefWidth(200);
        namespaces.setMinWidth(160);
        namespaces.setTooltip(new javafx.scene.control.Tooltip("Pick a namespace, or type one and press Enter"));
        model.namespaceProperty().addListener((obs, old, now) -> namespaces.setValue(now));
        namespaces.setValue(model.namespaceProperty().get());
        // replacing the items clears an editable ComboBox's value: show the chosen namespace again
        model.namespaces().addListener((ListChangeListener<String>) change ->
                namespaces.setValue(model.namespaceProperty().get()));
        namespaces.setOnAction(event -> {
            String typed = namespaces.getValue();
            if (typed != null && !typed.equals(model.namespaceProperty().get())) {
                model.chooseNamespace(typed);
            }
        });
        Button refresh = Icons.button(Feather.REFRESH_CW, "", "List the namespace's components again");
        refresh.setOnAction(event -> model.refresh());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        Label contextLabel = new Label("Context");
        Label namespaceLabel = new Label("Namespace");
        contextLabel.setMinWidth(Region.USE_PREF_SIZE);
        namespaceLabel.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(0, contextLabel, contexts, namespaceLabel, namespaces, refresh);
        GridPane.setHgrow(contexts, Priority.ALWAYS);
        return grid;
    }

    private TableView<ComponentChoice> table() {
        TableView<ComponentChoice> table = new TableView<>(model.components());
        table.setId(TABLE_ID);
        table.setPlaceholder(new Label("No component listed yet"));
        table.getColumns().add(column("Component", 170, c -> c.name()));
        table.getColumns().add(column("Scopes", 170, c -> c.cluster().scopes().isEmpty() ? "all apps"
                : String.join(", ", c.cluster().scopes())));
        table.getColumns().add(column("App ids that load it", 200, c -> !c.cluster().appIdNote().isEmpty()
                ? "unknown (pods not readable)" : c.cluster().appIds().isEmpty() ? "none running"
                : String.join(", ", c.cluster().appIds())));
        table.getColumns().add(column("Status", 230, c -> !c.usable() ? "cannot open: " + c.problems().get(0)
                : !c.cluster().envRefs().isEmpty() ? (c.cluster().envRefs().size() == 1 ? "needs 1 environment value (below)"
                : "needs " + c.cluster().envRefs().size() + " environment values (below)")
                : "ready"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<ComponentChoice> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    open.fire();
                }
            });
            return row;
        });
        return table;
    }

    private static TableColumn<ComponentChoice, String> column(String title, double width,
            java.util.function.Function<ComponentChoice, String> text) {
        TableColumn<ComponentChoice, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new SimpleStringProperty(text.apply(cell.getValue())));
        return column;
    }

    /** The envRef values to type for the chosen component, masked. */
    private VBox details() {
        VBox box = new VBox(6);
        Runnable rebuild = () -> {
            box.getChildren().clear();
            if (model.envValues().isEmpty()) {
                return;
            }
            Label why = new Label("daprd reads these from its container's environment (envRef), which the cluster"
                    + " does not show. Enter them for this session; they are not saved.");
            why.setWrapText(true);
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(4);
            int row = 0;
            for (ClusterPickerViewModel.EnvValue v : model.envValues()) {
                PasswordField field = new PasswordField();
                field.setId("env-" + v.item());
                field.setPromptText(v.variable());
                field.textProperty().bindBidirectional(v.value());
                GridPane.setHgrow(field, Priority.ALWAYS);
                grid.addRow(row++, new Label(v.item() + " (" + v.variable() + ")"), field);
            }
            box.getChildren().addAll(why, grid);
        };
        model.envValues().addListener((ListChangeListener<ClusterPickerViewModel.EnvValue>) change -> rebuild.run());
        rebuild.run();
        return box;
    }

    private HBox buttons() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId(STATUS_ID);
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        open.setId(OPEN_ID);
        open.setDefaultButton(true);
        open.disableProperty().bind(model.canOpenProperty().not());
        cancel.setCancelButton(true);
        open.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox box = new HBox(8, progress, status, gap, cancel, open);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** "name · namespace · server", with the exec plugin when there is one. */
    private static final class ContextCell extends ListCell<KubeContext> {
        @Override
        protected void updateItem(KubeContext item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name() + (item.current() ? " (current)" : "")
                    + "  ·  " + item.server() + (item.usesExecPlugin() ? "  ·  via " + item.execCommand() : ""));
        }
    }
}
