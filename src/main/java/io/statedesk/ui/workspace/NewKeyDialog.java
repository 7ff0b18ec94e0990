package io.statedesk.ui.workspace;

import io.statedesk.engine.model.Storage;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for the app id and key of a new key and shows the stored key live; the editor then takes its value. */
public final class NewKeyDialog extends Dialog<ButtonType> {

    public NewKeyDialog(StoreTabViewModel model, Window owner) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("New key");
        setHeaderText("A new key: its value is typed in the editor, and nothing is written until you save it"
                + " (first-write: an existing key is never replaced)");
        TextField appId = new TextField();
        appId.setPromptText("app id, e.g. orders");
        TextField key = new TextField();
        key.setPromptText("key, e.g. order-1001");
        ChoiceBox<Storage> storage = new ChoiceBox<>();
        storage.getItems().setAll(Storage.S, Storage.B);
        storage.setValue(Storage.S);
        Label stored = new Label();
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        Runnable update = () -> {
            try {
                stored.setText(model.storedKeyFor(appId.getText().strip(), key.getText().strip()));
                problem.setText(key.getText().isBlank() ? "Type a key." : "");
            } catch (IllegalArgumentException invalid) {
                stored.setText("");
                problem.setText(invalid.getMessage());
            }
        };
        appId.textProperty().addListener((obs, old, now) -> update.run());
        key.textProperty().addListener((obs, old, now) -> update.run());
        update.run();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        grid.addRow(0, new Label("App id"), appId);
        grid.addRow(1, new Label("Key"), key);
        grid.addRow(2, new Label("Stored as"), storage);
        grid.addRow(3, new Label("Stored key"), stored);
        grid.add(problem, 1, 4);
        grid.add(new Label("S: JSON text, as daprd's HTTP API saves it. B: bytes, as the SDKs save over gRPC."), 0, 5,
                2, 1);
        getDialogPane().setContent(grid);
        ButtonType create = new ButtonType("Create", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, create);
        getDialogPane().lookupButton(create).disableProperty().bind(problem.textProperty().isNotEmpty());
        setResultConverter(button -> {
            if (button == create) {
                model.createKey(appId.getText().strip(), key.getText().strip(), storage.getValue());
            }
            return button;
        });
    }
}
