package io.statedesk.ui.componentform;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The controller of ComponentFormView.fxml: binds the toolbar to the {@link ComponentFormViewModel}. The sections
 * and the test result's live icon are {@link ComponentFormView}'s.
 */
public final class ComponentFormController {

    private final ComponentFormViewModel model;
    @FXML
    private Button undo;
    @FXML
    private Button redo;
    @FXML
    private Button test;
    @FXML
    private Button create;
    @FXML
    private Label testResult;
    @FXML
    private Label summary;
    @FXML
    private Button save;
    @FXML
    private Button close;
    @FXML
    private ScrollPane scroll;
    @FXML
    private VBox content;

    ComponentFormController(ComponentFormViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        undo.disableProperty().bind(model.canUndoProperty().not());
        redo.disableProperty().bind(model.canRedoProperty().not());
        test.disableProperty().bind(model.connection().canTestProperty().not());
        create.disableProperty().bind(model.connection().canCreateTableProperty().not());
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setDefaultButton(false);
        Tooltip summaryFull = new Tooltip();
        summaryFull.textProperty().bind(model.summaryProperty());
        summary.setTooltip(summaryFull);
        summary.textProperty().bind(model.summaryProperty());
        model.summaryProperty().addListener((obs, old, now) -> styleSummary());
        styleSummary();
    }

    @FXML
    private void undo() {
        model.undo();
    }

    @FXML
    private void redo() {
        model.redo();
    }

    @FXML
    private void testConnection() {
        model.testConnection();
    }

    @FXML
    private void createTable() {
        model.createTable();
    }

    @FXML
    private void save() {
        model.save();
    }

    Button close() {
        return close;
    }

    Label testResult() {
        return testResult;
    }

    ScrollPane scroll() {
        return scroll;
    }

    VBox content() {
        return content;
    }

    private void styleSummary() {
        String text = model.summaryProperty().get();
        summary.getStyleClass().removeAll("form-summary-error", "form-summary-warning", "form-summary-ok");
        summary.getStyleClass().add(text.startsWith("No problems") ? "form-summary-ok"
                : text.startsWith("0 errors") ? "form-summary-warning" : "form-summary-error");
    }
}
