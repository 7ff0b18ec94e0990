package io.statedesk.ui.componentform;

import io.statedesk.component.form.ComponentTemplate;
import io.statedesk.component.form.FormField;
import io.statedesk.session.ConnectionStep;
import io.statedesk.ui.common.Fxml;
import io.statedesk.ui.common.Icons;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The component form: binds to {@link ComponentFormViewModel} and does nothing else. */
public final class ComponentFormView {

    public static final String SAVE_ID = "form-save";
    public static final String CLOSE_ID = "form-close";
    public static final String TEST_ID = "form-test";
    public static final String CREATE_TABLE_ID = "form-create-table";
    public static final String UNDO_ID = "form-undo";
    public static final String REDO_ID = "form-redo";
    public static final String TEMPLATE_ID = "form-template";
    public static final String FOLDER_ID = "form-folder";
    public static final String FILE_NAME_ID = "form-file-name";
    public static final String SUMMARY_ID = "form-summary";
    public static final String STATUS_ID = "form-status";
    public static final String GENERAL_ID = "form-general";
    public static final String PREVIEW_ID = "form-preview";
    public static final String LOCATION_ID = "form-location";
    public static final String TEST_RESULT_ID = "form-test-result";

    private final BorderPane root;
    private final ComponentFormViewModel model;
    private final ScrollPane scroll;
    private final Node report;
    private final Button close;

    public ComponentFormView(ComponentFormViewModel model) {
        this.model = model;
        Fxml.Loaded<BorderPane, ComponentFormController> frame = Fxml.load(ComponentFormView.class,
                "ComponentFormView", ComponentFormController.class, () -> new ComponentFormController(model));
        root = frame.root();
        ComponentFormController controller = frame.controller();
        close = controller.close();
        scroll = controller.scroll();
        report = section("Connection test", new ConnectionReportView(model).root());
        controller.content().getChildren().addAll(where(), status(),
                MessageList.of(model.generalMessages(), GENERAL_ID),
                section("Component", componentGrid()),
                section("Table and keys", grid(FormField.TABLE, FormField.PARTITION_KEY, FormField.TTL_ATTRIBUTE_NAME,
                        FormField.KEY_PREFIX, FormField.ACTOR_STATE_STORE)),
                section("Connection and credentials", grid(FormField.ENDPOINT, FormField.REGION,
                        FormField.ACCESS_KEY, FormField.SECRET_KEY, FormField.SESSION_TOKEN)),
                report,
                preview());
        showTestResult(controller.testResult());
        root.disableProperty().bind(model.loadedProperty().not().and(model.busyProperty()));
    }

    public BorderPane root() {
        return root;
    }

    public ComponentFormViewModel model() {
        return model;
    }

    /** The Close button; the window decides what closing means. */
    public Button closeButton() {
        return close;
    }

    /**
     * How the last connection test went, right beside its button: the details are further down the form, so a
     * click (and the end of each run) scrolls them into view.
     */
    private void showTestResult(Label result) {
        ConnectionCheckModel connection = model.connection();
        Tooltip full = new Tooltip();
        full.textProperty().bind(connection.summaryProperty());
        result.setTooltip(full);
        result.setCursor(javafx.scene.Cursor.HAND);
        result.setOnMouseClicked(event -> revealReport());
        Runnable show = () -> {
            ConnectionStep.Outcome outcome = connection.outcomeProperty().get();
            result.getStyleClass().removeAll("step-passed", "step-warning", "step-failed");
            result.setGraphic(outcome == null ? null : Icons.icon(ConnectionReportView.icon(outcome)));
            result.setText(connection.runningProperty().get() ? "Testing…" : outcome == null ? ""
                    : switch (outcome) {
                        case PASSED -> "Connected";
                        case WARNING -> "Connected: see notes";
                        case FAILED, SKIPPED -> "Failed";
                    });
            if (outcome != null) {
                result.getStyleClass().add("step-" + outcome.name().toLowerCase(java.util.Locale.ROOT));
            }
        };
        connection.outcomeProperty().addListener((obs, old, outcome) -> {
            show.run();
            if (outcome != null) {
                revealReport();
            }
        });
        connection.runningProperty().addListener((obs, was, running) -> show.run());
        show.run();
    }

    /** Scrolls the form so that the connection test's details are on screen. */
    private void revealReport() {
        if (scroll.getContent() == null) {
            return;
        }
        double contentHeight = scroll.getContent().getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight > viewport) {
            double top = report.getBoundsInParent().getMinY();
            scroll.setVvalue(Math.min(1, top / (contentHeight - viewport)));
        }
    }

    /** Template, folder and file name for a new component; the file for an existing one. */
    private Node where() {
        ComboBox<ComponentTemplate> template = new ComboBox<>(FXCollections.observableArrayList(model.templates()));
        template.setId(TEMPLATE_ID);
        template.setValue(model.templateProperty().get());
        template.setPrefWidth(280);
        template.setOnAction(e -> {
            if (template.getValue() != null && template.getValue() != model.templateProperty().get()) {
                model.applyTemplate(template.getValue());
            }
        });
        model.templateProperty().addListener((obs, old, now) -> template.setValue(now));
        Label description = new Label();
        description.getStyleClass().add("form-note");
        description.setWrapText(true);
        description.textProperty().bind(Bindings.createStringBinding(() -> model.templateProperty().get() == null
                ? "" : model.templateProperty().get().description(), model.templateProperty()));
        TextField folder = new TextField();
        folder.setId(FOLDER_ID);
        folder.setPromptText("The resources folder daprd loads, e.g. ~/.dapr/components");
        folder.setText(model.folderProperty().get() == null ? "" : model.folderProperty().get().toString());
        model.folderProperty().addListener((obs, old, now) -> folder.setText(now == null ? "" : now.toString()));
        folder.setOnAction(e -> model.useFolder(folder.getText()));
        folder.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                model.useFolder(folder.getText());
            }
        });
        Button choose = Icons.button(Feather.FOLDER, "Choose…", "Choose the folder to save the component in");
        choose.setOnAction(e -> model.chooseFolder());
        TextField fileName = new TextField();
        fileName.setId(FILE_NAME_ID);
        fileName.setPrefColumnCount(16);
        fileName.textProperty().bindBidirectional(model.fileNameProperty());
        GridPane grid = formGrid();
        HBox templateRow = new HBox(8, template, description);
        templateRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(description, Priority.ALWAYS);
        template.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(0, label("Start from"), templateRow);
        GridPane.setColumnSpan(templateRow, 2);
        HBox folderRow = new HBox(6, folder, choose);
        HBox.setHgrow(folder, Priority.ALWAYS);
        grid.addRow(1, label("Folder"), folderRow);
        GridPane.setColumnSpan(folderRow, 2);
        grid.addRow(2, label("File name"), fileName);
        grid.visibleProperty().bind(model.isNewProperty());
        grid.managedProperty().bind(grid.visibleProperty());
        Label location = new Label();
        location.setId(LOCATION_ID);
        location.setGraphic(Icons.icon(Feather.FILE_TEXT));
        location.textProperty().bind(model.locationProperty());
        location.visibleProperty().bind(model.isNewProperty().not().and(model.locationProperty().isNotEmpty()));
        location.managedProperty().bind(location.visibleProperty());
        return new VBox(4, grid, location);
    }

    private Node status() {
        Label status = new Label();
        status.setId(STATUS_ID);
        status.setWrapText(true);
        status.getStyleClass().add("form-note");
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        return status;
    }

    private Node componentGrid() {
        GridPane grid = formGrid();
        int row = 0;
        row = manifestRow(grid, row, FormField.NAME, text(FormField.NAME, model.nameProperty(), "statestore"));
        row = manifestRow(grid, row, FormField.NAMESPACE, text(FormField.NAMESPACE, model.namespaceProperty(),
                "Optional"));
        row = manifestRow(grid, row, FormField.SCOPES, text(FormField.SCOPES, model.scopesProperty(),
                "Empty: every app; e.g. orders, billing"));
        ComboBox<String> store = new ComboBox<>(model.secretStores());
        store.setId("field-" + FormField.SECRET_STORE.name());
        store.setEditable(true);
        store.setPromptText(model.secretStores().isEmpty() ? "No secret store in this folder" : "Choose a store");
        store.getEditor().textProperty().bindBidirectional(model.secretStoreProperty());
        store.setMaxWidth(Double.MAX_VALUE);
        manifestRow(grid, row, FormField.SECRET_STORE, store);
        return grid;
    }

    private int manifestRow(GridPane grid, int row, FormField field, Node input) {
        Label label = label(field.label());
        label.setTooltip(new Tooltip(field.help()));
        grid.add(label, 0, row);
        grid.add(input, 1, row, 2, 1);
        grid.add(MessageList.of(model.messages(field), "messages-" + field.name()), 1, row + 1, 2, 1);
        return row + 2;
    }

    private static TextField text(FormField field, javafx.beans.property.StringProperty property, String prompt) {
        TextField input = new TextField();
        input.setId("field-" + field.name());
        input.setPromptText(prompt);
        input.textProperty().bindBidirectional(property);
        return input;
    }

    private Node grid(FormField... fields) {
        GridPane grid = formGrid();
        int row = 0;
        for (FormField f : fields) {
            row = new MetadataFieldView(model, f, editor(f)).addTo(grid, row);
            if (f == FormField.ENDPOINT) {
                Label note = new Label();
                note.getStyleClass().add("form-note");
                note.setWrapText(true);
                note.textProperty().bind(model.endpointNoteProperty());
                grid.add(note, 2, row++);
            }
        }
        return grid;
    }

    private Function<MetadataFieldModel, Node> editor(FormField f) {
        return switch (f) {
            case REGION -> m -> RegionField.create(model, m);
            case KEY_PREFIX -> m -> KeyPrefixEditor.create(model, m);
            case ACTOR_STATE_STORE -> m -> {
                CheckBox on = new CheckBox("daprd keeps actor state in this store (one per app)");
                on.setId("field-" + f.name());
                on.setSelected(model.actorStateStoreOnProperty().get());
                model.actorStateStoreOnProperty().addListener((obs, old, now) -> on.setSelected(now));
                on.setOnAction(e -> model.setActorStateStore(on.isSelected()));
                return on;
            };
            default -> null;
        };
    }

    private Node preview() {
        TextArea text = new TextArea();
        text.setId(PREVIEW_ID);
        text.setEditable(false);
        text.getStyleClass().add("form-preview");
        text.setPrefRowCount(14);
        text.textProperty().bind(model.previewProperty());
        TitledPane pane = new TitledPane("What Save writes", text);
        pane.setExpanded(false);
        return pane;
    }

    private static VBox section(String title, Node body) {
        Label heading = new Label(title);
        heading.getStyleClass().add("form-section-title");
        VBox box = new VBox(4, heading, body);
        box.getStyleClass().add("form-section");
        return box;
    }

    private static GridPane formGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(3);
        ColumnConstraints label = new ColumnConstraints(150);
        ColumnConstraints source = new ColumnConstraints(160);
        ColumnConstraints input = new ColumnConstraints();
        input.setHgrow(Priority.ALWAYS);
        input.setFillWidth(true);
        grid.getColumnConstraints().addAll(label, source, input);
        return grid;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        return label;
    }
}
