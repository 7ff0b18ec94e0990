package io.statedesk.ui.cluster;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;

/** File > Open from cluster…: the picker in its own modal window over the main one. */
public final class ClusterPickerWindow {

    private ClusterPickerWindow() {
    }

    /** The menu item; disabled where the app has no cluster access. */
    public static MenuItem menuItem(Supplier<Optional<ClusterPickerViewModel>> models, Supplier<Window> owner) {
        MenuItem item = new MenuItem("Open from cluster…");
        item.setOnAction(event -> models.get().ifPresentOrElse(model -> show(model, owner.get()),
                () -> item.setDisable(true)));
        return item;
    }

    /** Shows the picker and starts reading the kubeconfig; returns the stage (tests look at it). */
    public static Stage show(ClusterPickerViewModel model, Window owner) {
        ClusterPickerView view = new ClusterPickerView(model);
        Stage stage = new Stage();
        stage.setTitle("Open from cluster");
        if (owner != null) {
            stage.initOwner(owner); // not modal: the main window stays usable while a slow cluster answers
        }
        Scene scene = new Scene(view.root());
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        view.openButton().setOnAction(event -> {
            if (model.open()) {
                stage.close();
            }
        });
        view.cancelButton().setOnAction(event -> stage.close());
        stage.show();
        model.load();
        return stage;
    }
}
