package io.statedesk.ui.workspace;

import io.statedesk.ui.common.Fxml;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
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
        Fxml.Loaded<javafx.scene.layout.GridPane, NewKeyController> form = Fxml.load(NewKeyDialog.class,
                "NewKeyDialog", NewKeyController.class, () -> new NewKeyController(model));
        getDialogPane().setContent(form.root());
        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, create);
        getDialogPane().lookupButton(create).disableProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(
                form.controller().problem()));
        setResultConverter(button -> {
            if (button == create) {
                form.controller().create();
            }
            return button;
        });
    }
}
