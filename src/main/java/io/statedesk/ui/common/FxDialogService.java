package io.statedesk.ui.common;

import io.statedesk.session.ComponentChoice;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs, owned by the main window. Features add their own dialogs by extending it. */
public class FxDialogService implements DialogService {

    public static final String SIGN_IN_CODE_ID = "sign-in-code";

    private final Supplier<Window> owner;
    /** Opens a web page in the user's browser; null where there is none (tests). */
    private final java.util.function.Consumer<String> browser;

    public FxDialogService(Supplier<Window> owner) {
        this(owner, null);
    }

    public FxDialogService(Supplier<Window> owner, java.util.function.Consumer<String> browser) {
        this.owner = owner;
        this.browser = browser;
    }

    /** The window the dialogs belong to. */
    protected final Window owner() {
        return owner.get();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.CANCEL, confirm);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        safeDefault(alert, ButtonType.CANCEL);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public UnsavedChoice askUnsaved(String title, String message) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.WARNING, message, save, discard, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        safeDefault(alert, ButtonType.CANCEL);
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    /**
     * Makes {@code safe} the button Enter presses and the one with the focus; no other button is a default. A
     * stray Enter then never deletes, overwrites or allows writes.
     */
    private static void safeDefault(javafx.scene.control.Dialog<?> dialog, ButtonType safe) {
        for (ButtonType type : dialog.getDialogPane().getButtonTypes()) {
            javafx.scene.control.Button button = (javafx.scene.control.Button) dialog.getDialogPane()
                    .lookupButton(type);
            button.setDefaultButton(type == safe);
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        dialog.setOnShown(event -> FxTaskRunner.nextTurn(() -> dialog.getDialogPane().lookupButton(safe)
                .requestFocus()));
    }

    @Override
    public void showText(String title, String text) {
        javafx.scene.control.Dialog<Void> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setResizable(true);
        javafx.scene.control.TextArea area = new javafx.scene.control.TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefColumnCount(70);
        area.setPrefRowCount(Math.min(20, Math.max(4, text.length() / 70 + 2)));
        dialog.getDialogPane().setContent(area);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        DialogSizing.fit(dialog, 640, 360);
        dialog.showAndWait();
    }

    @Override
    public Optional<io.statedesk.session.Remedy> showProblem(String title, String message,
            List<io.statedesk.session.Remedy> remedies) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setResizable(true);
        java.util.Map<ButtonType, io.statedesk.session.Remedy> byButton = new java.util.LinkedHashMap<>();
        for (io.statedesk.session.Remedy remedy : remedies) {
            byButton.put(new ButtonType(remedy.label(), ButtonBar.ButtonData.OTHER), remedy);
        }
        alert.getButtonTypes().setAll(byButton.keySet());
        alert.getButtonTypes().add(ButtonType.CLOSE);
        safeDefault(alert, ButtonType.CLOSE);
        return alert.showAndWait().map(byButton::get);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<String> askText(String title, String message, String initialValue, String confirmLabel) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(initialValue);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText(null);
        javafx.scene.control.Label text = new javafx.scene.control.Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(8, text, dialog.getEditor());
        dialog.getDialogPane().setContent(content);
        ButtonType accept = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, accept);
        dialog.setResultConverter(button -> accept.equals(button) ? dialog.getEditor().getText() : null);
        return dialog.showAndWait().map(String::strip).filter(answer -> !answer.isEmpty());
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
        dialog.setHeaderText(choices.size() + " components were found. Which state store do you want to open?");
        dialog.setContentText("Component");
        return dialog.showAndWait();
    }

    @Override
    public Runnable showSignInCode(String profile, String userCode, String verificationUri,
            String verificationUriComplete, Runnable onCancel) {
        String page = verificationUriComplete == null || verificationUriComplete.isBlank() ? verificationUri
                : verificationUriComplete;
        javafx.scene.control.Dialog<Void> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner.get());
        dialog.initModality(javafx.stage.Modality.NONE);
        dialog.setTitle("Sign in to AWS");
        dialog.setHeaderText("Approve the sign-in for AWS profile " + profile);
        dialog.getDialogPane().setContent(Fxml.load(FxDialogService.class, "SignInCode",
                SignInCodeController.class, () -> new SignInCodeController(userCode, page, browser)).root());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        boolean[] closedByApp = {false};
        dialog.setOnHidden(event -> {
            if (!closedByApp[0]) {
                onCancel.run();
            }
        });
        dialog.show();
        return () -> {
            closedByApp[0] = true;
            dialog.close();
        };
    }
}
