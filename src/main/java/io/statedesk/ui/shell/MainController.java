package io.statedesk.ui.shell;

import io.statedesk.session.AwsProfileChoice;
import io.statedesk.ui.cluster.ClusterPickerWindow;
import io.statedesk.ui.common.UiPreferences;
import io.statedesk.ui.workflows.DaprWindows;
import io.statedesk.ui.workspace.StoreTabView;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The controller of MainView.fxml: binds the shell (menus, AWS profile, empty state, status line) to the
 * {@link MainViewModel}. What the menus do to the open tab or to the component forms is {@link MainView}'s, which
 * makes the tabs.
 */
public final class MainController {

    private final MainViewModel model;
    private final UiPreferences preferences;
    private final Consumer<Boolean> themeSwitch;
    private final MainView view;
    @FXML
    private MenuBar menus;
    @FXML
    private Menu fileMenu;
    @FXML
    private Menu recentMenu;
    @FXML
    private MenuItem newComponent;
    @FXML
    private MenuItem editComponent;
    @FXML
    private CheckMenuItem dark;
    @FXML
    private Menu dataMenu;
    @FXML
    private Label profileLabel;
    @FXML
    private ComboBox<AwsProfileChoice> profile;
    @FXML
    private TabPane tabs;
    @FXML
    private VBox emptyState;
    @FXML
    private HBox statusLine;
    @FXML
    private ProgressBar progress;
    @FXML
    private Label status;

    MainController(MainViewModel model, UiPreferences preferences, Consumer<Boolean> themeSwitch, MainView view) {
        this.model = model;
        this.preferences = preferences;
        this.themeSwitch = themeSwitch;
        this.view = view;
    }

    @FXML
    private void initialize() {
        fileMenu.getItems().add(2, ClusterPickerWindow.menuItem(model::clusterPicker,
                () -> tabs.getScene().getWindow()));
        dark.setSelected(preferences.flag("theme.dark"));
        profile.setItems(model.profiles());
        profile.valueProperty().bindBidirectional(model.profileProperty());
        profileLabel.setLabelFor(profile);
        emptyState.visibleProperty().bind(Bindings.isEmpty(tabs.getTabs()));
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        status.textProperty().bind(model.statusProperty());
        statusLine.visibleProperty().bind(model.statusProperty().isNotEmpty());
        statusLine.managedProperty().bind(statusLine.visibleProperty());
    }

    TabPane tabs() {
        return tabs;
    }

    MenuBar menus() {
        return menus;
    }

    Menu recentMenu() {
        return recentMenu;
    }

    @FXML
    private void fileShowing() {
        newComponent.setDisable(!view.hasComponentForms());
        editComponent.setDisable(!view.hasComponentForms() || view.currentSource().isEmpty());
    }

    @FXML
    void openFile() {
        model.dialogs().chooseComponentFile().ifPresent(model::open);
    }

    @FXML
    private void openFolder() {
        model.dialogs().chooseComponentFolder().ifPresent(model::open);
    }

    @FXML
    private void newComponent() {
        view.newComponent();
    }

    @FXML
    private void editComponent() {
        view.editComponent();
    }

    @FXML
    private void openSandbox() {
        model.openSandbox();
    }

    @FXML
    private void resetSandbox() {
        model.resetSandbox();
    }

    @FXML
    private void quit() {
        view.quit();
    }

    @FXML
    private void refresh() {
        view.current(tab -> tab.model().scan());
    }

    @FXML
    private void history() {
        view.current(StoreTabView::showHistory);
    }

    @FXML
    private void workflows() {
        view.current(tab -> DaprWindows.workflows(tab.model(), tabs.getScene().getWindow()));
    }

    @FXML
    private void actors() {
        view.current(tab -> DaprWindows.actors(tab.model(), tabs.getScene().getWindow()));
    }

    @FXML
    private void dataShowing() {
        boolean none = view.currentView() == null;
        dataMenu.getItems().forEach(item -> item.setDisable(none));
    }

    @FXML
    private void compare() {
        StoreTabView current = view.currentView();
        view.data().compare(current == null ? null : current.model());
    }

    @FXML
    private void copyPrefix() {
        view.current(tab -> view.data().copyPrefix(tab.model()));
    }

    @FXML
    private void importInto() {
        view.current(tab -> view.data().importInto(tab.model()));
    }

    @FXML
    private void export() {
        view.current(tab -> view.data().export(tab.model(), tab.selectedKeys()));
    }

    @FXML
    private void switchTheme() {
        preferences.setFlag("theme.dark", dark.isSelected());
        preferences.save();
        themeSwitch.accept(dark.isSelected());
    }

    @FXML
    private void loadProfiles() {
        model.loadProfiles();
    }
}
