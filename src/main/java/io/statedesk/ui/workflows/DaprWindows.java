package io.statedesk.ui.workflows;

import io.statedesk.ui.actors.ActorsView;
import io.statedesk.ui.actors.ActorsViewModel;
import io.statedesk.ui.workspace.StoreTabViewModel;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the Dapr views of a store tab (workflows, actors) in windows of their own, beside the workbench: the tab's
 * key table and editor stay as they are, and the views scan when opened.
 */
public final class DaprWindows {

    private DaprWindows() {
    }

    public static WorkflowsView workflows(StoreTabViewModel tab, Window owner) {
        WorkflowsViewModel model = new WorkflowsViewModel(tab.session(), tab.runner(), tab.dialogs());
        WorkflowsView view = new WorkflowsView(model);
        show(view.root(), "Workflows · " + tab.session().title(), owner);
        model.refresh();
        return view;
    }

    public static ActorsView actors(StoreTabViewModel tab, Window owner) {
        ActorsViewModel model = new ActorsViewModel(tab.session(), tab.runner(), tab.dialogs());
        ActorsView view = new ActorsView(model);
        show(view.root(), "Actors and reminders · " + tab.session().title(), owner);
        model.refresh();
        return view;
    }

    private static void show(Parent root, String title, Window owner) {
        Scene scene = new Scene(root, 1240, 800);
        if (owner != null && owner.getScene() != null) {
            // the workbench's own stylesheets (theme variables, code font)
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            scene.getRoot().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        Stage stage = new Stage();
        stage.setTitle(title);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setScene(scene);
        stage.show();
    }
}
