package io.statedesk.ui.componentform;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The form in its own window; closing it with unsaved changes asks first. */
public final class ComponentFormWindow {

    private final Stage stage = new Stage();
    private final ComponentFormView view;

    ComponentFormWindow(ComponentFormViewModel model, Window owner, String stylesheet) {
        view = new ComponentFormView(model);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(), Math.min(1000, screen.getWidth() - 40),
                Math.min(880, screen.getHeight() - 60));
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), model::save);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN),
                model::testConnection);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty().map(t -> t + " — StateDesk"));
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setOnCloseRequest(event -> {
            if (!model.confirmClose()) {
                event.consume();
            }
        });
        view.closeButton().setOnAction(event -> close());
    }

    /** Closes the window unless the user keeps unsaved changes; true when it closed. */
    public boolean close() {
        if (!view.model().confirmClose()) {
            return false;
        }
        stage.close();
        return true;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    public ComponentFormView view() {
        return view;
    }

    public ComponentFormViewModel model() {
        return view.model();
    }
}
