package io.statedesk.ui.shell;

import io.statedesk.session.ComponentChoice;
import io.statedesk.session.ConnectionColour;
import io.statedesk.ui.common.Fxml;
import io.statedesk.ui.common.Icons;
import io.statedesk.ui.common.UiPreferences;
import io.statedesk.ui.componentform.ComponentFormWindows;
import io.statedesk.ui.workspace.NewKeyDialog;
import io.statedesk.ui.workspace.StoreTabView;
import io.statedesk.ui.workspace.StoreTabViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.feather.Feather;

/** The main window: menus, one tab per open component, and what to do when none is open. */
public final class MainView {

    public static final String EMPTY_STATE_ID = "empty-state";
    public static final String TABS_ID = "component-tabs";
    public static final String PROFILE_CHOOSER_ID = "aws-profile";

    private final BorderPane root;
    private final TabPane tabPane;
    private final Map<StoreTabViewModel, StoreTabView> views = new HashMap<>();
    private final MainViewModel model;
    private final UiPreferences preferences;
    private final Menu recentMenu;
    private final MainController controller;
    private ComponentFormWindows forms;
    private final DataWindows data;

    public MainView(MainViewModel model, UiPreferences preferences, Consumer<Boolean> themeSwitch) {
        this.model = model;
        this.preferences = preferences;
        Fxml.Loaded<BorderPane, MainController> shell = Fxml.load(MainView.class, "MainView", MainController.class,
                () -> new MainController(model, preferences, themeSwitch, this));
        root = shell.root();
        data = new DataWindows(model, () -> root.getScene() == null ? null : root.getScene().getWindow());
        controller = shell.controller();
        tabPane = controller.tabs();
        recentMenu = controller.recentMenu();
        refreshRecent();
        model.tabs().addListener((ListChangeListener<StoreTabViewModel>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::removeTab);
                change.getAddedSubList().forEach(this::addTab);
            }
            refreshTitles();
        });
        model.setOnEditComponent(choice -> {
            if (forms != null) {
                forms.edit(choice.file(), choice.line(), choice.name());
            }
        });
        model.setOnOpened(path -> {
            preferences.addRecent(path);
            preferences.save();
            refreshRecent();
        });
        installDragAndDrop();
    }

    public BorderPane root() {
        return root;
    }

    /**
     * Closing the window (its close button, Alt+F4) quits as File > Quit does: component forms with unsaved changes
     * and tabs with an unsaved edit ask first, and Cancel keeps the window open.
     */
    public void installWindowHandling(javafx.stage.Stage stage) {
        stage.setOnCloseRequest(event -> {
            event.consume();
            quit();
        });
    }

    /** Asks about every unsaved edit (forms, then tabs); hides the window once all are saved or discarded. */
    public void quit() {
        if (forms != null && !forms.closeAll()) {
            return;
        }
        model.leaveAll("quit", () -> root.getScene().getWindow().hide());
    }

    /** Keyboard: Ctrl+O open, Ctrl+F filter, Ctrl+S save, F5 refresh, Delete delete, Escape revert or stop. */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                controller::openFile);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> current(view -> view.focusFilter()));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                () -> current(view -> view.model().editor().save()));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), () -> current(view -> view.model().scan()));
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                current(view -> {
                    if (view.model().keys().scanningProperty().get()) {
                        view.model().keys().cancel();
                    } else if (view.editorHasFocus()) {
                        // only where the edit is: Escape in a filter field must not throw the edit away
                        view.model().editor().revert();
                    }
                });
            } else if (event.getCode() == KeyCode.DELETE
                    && scene.getFocusOwner() instanceof javafx.scene.control.TableView) {
                current(StoreTabView::deleteSelection);
                event.consume();
            }
        });
    }

    /** The compare, copy, import and export windows of the Data menu. */
    DataWindows data() {
        return data;
    }

    public StoreTabView currentView() {
        Tab tab = tabPane.getSelectionModel().getSelectedItem();
        return tab == null ? null : (StoreTabView) tab.getUserData();
    }

    void current(Consumer<StoreTabView> action) {
        StoreTabView view = currentView();
        if (view != null) {
            action.accept(view);
        }
    }

    private void addTab(StoreTabViewModel tabModel) {
        StoreTabView view = new StoreTabView(tabModel, m -> new NewKeyDialog(m, root.getScene().getWindow())
                .showAndWait(), model.dialogs()::showText);
        views.put(tabModel, view);
        view.setTransferActions(data);
        Tab tab = new Tab(tabModel.session().title(), view.root());
        tab.setUserData(view);
        tab.setGraphic(Icons.icon(tabModel.session().sandbox() ? Feather.BOX : tabModel.session().realAws()
                ? Feather.GLOBE : Feather.DATABASE));
        tab.setTooltip(new javafx.scene.control.Tooltip(tabModel.session().location()));
        ConnectionColour.of(tabModel.session()).ifPresent(colour -> {
            tab.getStyleClass().add("tab-remote");
            tab.setStyle("-fx-border-color: " + colour + " transparent transparent transparent;"
                    + " -fx-border-width: 3 0 0 0;");
        });
        // An unsaved edit is asked about before the tab goes (Save / Discard / Cancel).
        tab.setOnCloseRequest(event -> {
            event.consume();
            model.requestClose(tabModel);
        });
        double left = preferences.number("divider.tree", 0.18);
        double middle = preferences.number("divider.editor", 0.55);
        view.split().setDividerPositions(left);
        view.tableAndEditor().setDividerPositions(middle);
        rememberDividerDrags(view.split(), "divider.tree");
        rememberDividerDrags(view.tableAndEditor(), "divider.editor");
        tabPane.getTabs().add(tab);
        tabPane.getSelectionModel().select(tab);
    }

    /**
     * Remembers where the user drags a divider. Only a drag counts: in a small window the panes' minimum sizes move
     * the dividers too, and that must not become the next start's layout.
     */
    private void rememberDividerDrags(javafx.scene.control.SplitPane split, String name) {
        split.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, event -> {
            for (javafx.scene.Node node = event.getPickResult().getIntersectedNode(); node != null;
                    node = node.getParent()) {
                if (node.getStyleClass().contains("split-pane-divider")) {
                    preferences.setNumber(name, split.getDividers().get(0).getPosition());
                    return;
                }
                if (node == split) {
                    return;
                }
            }
        });
    }

    /** Two tabs of the same name say what tells them apart (the folder, else the endpoint). */
    private void refreshTitles() {
        for (Tab tab : tabPane.getTabs()) {
            StoreTabView view = (StoreTabView) tab.getUserData();
            tab.setText(model.titleOf(view.model()));
        }
    }

    private void removeTab(StoreTabViewModel tabModel) {
        StoreTabView view = views.remove(tabModel);
        tabPane.getTabs().removeIf(tab -> tab.getUserData() == view);
    }

    /** A menu built elsewhere (Help), after the view's own. */
    public void addMenu(Menu menu) {
        controller.menus().getMenus().add(menu);
    }

    // ---- component form (issue 6) ----

    /** Enables File > New component… and Edit component…; the app sets it once. */
    public void setComponentForms(ComponentFormWindows forms) {
        this.forms = forms;
    }

    boolean hasComponentForms() {
        return forms != null;
    }

    Optional<ComponentChoice> currentSource() {
        StoreTabView view = currentView();
        return view == null ? Optional.empty() : model.sourceOf(view.model());
    }

    /** A new component, in the folder of the open tab's component when there is one. */
    void newComponent() {
        if (forms != null) {
            forms.newComponent(currentSource().map(c -> c.file().toAbsolutePath().getParent()).orElse(null));
        }
    }

    void editComponent() {
        if (forms != null) {
            currentSource().ifPresent(c -> forms.edit(c.file(), c.line(), c.name()));
        }
    }

    private void refreshRecent() {
        recentMenu.getItems().clear();
        for (Path path : preferences.recent()) {
            MenuItem item = new MenuItem(path.toString());
            item.setOnAction(event -> model.open(path));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private void installDragAndDrop() {
        root.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        root.setOnDragDropped(event -> {
            boolean done = false;
            if (event.getDragboard().hasFiles()) {
                for (File file : event.getDragboard().getFiles()) {
                    model.open(file.toPath());
                    done = true;
                }
            }
            event.setDropCompleted(done);
            event.consume();
        });
    }
}
