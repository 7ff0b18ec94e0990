package io.statedesk.ui.workspace;

import io.statedesk.engine.model.Storage;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The controller of NewKeyDialog.fxml: shows the stored key live, and creates the key in the tab's model. */
public final class NewKeyController {

    private final StoreTabViewModel model;
    @FXML
    private TextField appId;
    @FXML
    private TextField key;
    @FXML
    private ChoiceBox<Storage> storage;
    @FXML
    private Label stored;
    @FXML
    private Label problem;

    NewKeyController(StoreTabViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        storage.getItems().setAll(Storage.S, Storage.B);
        storage.setValue(Storage.S);
        appId.textProperty().addListener((obs, old, now) -> update());
        key.textProperty().addListener((obs, old, now) -> update());
        update();
    }

    private void update() {
        try {
            stored.setText(model.storedKeyFor(appId.getText().strip(), key.getText().strip()));
            problem.setText(key.getText().isBlank() ? "Type a key." : "");
        } catch (IllegalArgumentException invalid) {
            stored.setText("");
            problem.setText(invalid.getMessage());
        }
    }

    /** Why the key cannot be created yet; empty when it can. */
    ObservableStringValue problem() {
        return problem.textProperty();
    }

    void create() {
        model.createKey(appId.getText().strip(), key.getText().strip(), storage.getValue());
    }
}
