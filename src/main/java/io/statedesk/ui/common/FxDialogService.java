package io.statedesk.ui.common;

import io.statedesk.ui.conflict.ConflictChoice;
import io.statedesk.ui.conflict.ConflictDialog;
import io.statedesk.ui.conflict.ConflictViewModel;
import io.statedesk.ui.session.ComponentChoice;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public ConflictChoice resolveConflict(ConflictViewModel conflict) {
        return new ConflictDialog(conflict, owner.get()).showAndWait().orElse(ConflictChoice.KEEP_EDITING);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.CANCEL, confirm);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public Optional<Path> chooseComponentFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a Dapr component file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Dapr components (*.yaml, *.yml)",
                "*.yaml", "*.yml"));
        File daprHome = new File(System.getProperty("user.home"), ".dapr/components");
        if (daprHome.isDirectory()) {
            chooser.setInitialDirectory(daprHome);
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseComponentFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a Dapr resources folder");
        File daprHome = new File(System.getProperty("user.home"), ".dapr/components");
        if (daprHome.isDirectory()) {
            chooser.setInitialDirectory(daprHome);
        }
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<ComponentChoice> chooseComponent(List<ComponentChoice> choices) {
        ChoiceDialog<ComponentChoice> dialog = new ChoiceDialog<>(
                choices.stream().filter(ComponentChoice::usable).findFirst().orElse(choices.get(0)), choices);
        dialog.initOwner(owner.get());
        dialog.setTitle("Choose a component");
        dialog.setHeaderText("Several components were found. Which state store do you want to open?");
        dialog.setContentText("Component");
        return dialog.showAndWait();
    }
}
