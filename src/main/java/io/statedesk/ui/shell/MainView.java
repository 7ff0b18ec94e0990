package io.statedesk.ui.shell;

import io.statedesk.ui.common.Icons;
import io.statedesk.ui.common.UiPreferences;
import io.statedesk.ui.componentform.ComponentFormWindows;
import io.statedesk.ui.session.ComponentChoice;
import io.statedesk.ui.session.ConnectionColour;
import io.statedesk.ui.workspace.NewKeyDialog;
import io.statedesk.ui.workflows.DaprWindows;
import io.statedesk.ui.workspace.StoreTabView;
import io.statedesk.ui.workspace.StoreTabViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The main window: menus, one tab per open component, and what to do when none is open. */
public final class MainView {

    public static final String EMPTY_STATE_ID = "empty-state";
    public static final String TABS_ID = "component-tabs";
    public static final String PROFILE_CHOOSER_ID = "aws-profile";

    private final BorderPane root = new BorderPane();
    private final TabPane tabPane = new TabPane();
    private final Map<StoreTabViewModel, StoreTabView> views = new HashMap<>();
    private final MainViewModel model;
    private final UiPreferences preferences;
    private final Menu recentMenu = new Menu("Open recent");
    private final MenuBar menus;
    private ComponentFormWindows forms;

    public MainView(MainViewModel model, UiPreferences preferences, Consumer<Boolean> themeSwitch) {
        this.model = model;
        this.preferences = preferences;
        tabPane.setId(TABS_ID);
        tabPane.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        VBox emptyState = emptyState();
        emptyState.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(tabPane.getTabs()));
        StackPane center = new StackPane(tabPane, emptyState);
        menus = menuBar(themeSwitch);
        HBox top = new HBox(menus, profileChooser());
        HBox.setHgrow(menus, javafx.scene.layout.Priority.ALWAYS);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("main-top");
        root.setTop(top);
        root.setCenter(center);
        root.setBottom(statusLine());
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
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::openFile);
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

    public StoreTabView currentView() {
        Tab tab = tabPane.getSelectionModel().getSelectedItem();
        return tab == null ? null : (StoreTabView) tab.getUserData();
    }

    private void current(Consumer<StoreTabView> action) {
        StoreTabView view = currentView();
        if (view != null) {
            action.accept(view);
        }
    }

    private void addTab(StoreTabViewModel tabModel) {
        StoreTabView view = new StoreTabView(tabModel, m -> new NewKeyDialog(m, root.getScene().getWindow())
                .showAndWait(), model.dialogs()::showText);
        views.put(tabModel, view);
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
        menus.getMenus().add(menu);
    }

    private MenuBar menuBar(Consumer<Boolean> themeSwitch) {
        MenuItem openFile = new MenuItem("Open component file…");
        openFile.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        openFile.setOnAction(event -> openFile());
        MenuItem openFolder = new MenuItem("Open resources folder…");
        openFolder.setOnAction(event -> model.dialogs().chooseComponentFolder().ifPresent(model::open));
        refreshRecent();
        MenuItem sandbox = new MenuItem("Open sandbox");
        sandbox.setOnAction(event -> model.openSandbox());
        MenuItem reset = new MenuItem("Reset sandbox…");
        reset.setOnAction(event -> model.resetSandbox());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(event -> quit());
        MenuItem newComponent = new MenuItem("New component…");
        newComponent.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        newComponent.setOnAction(event -> newComponent());
        MenuItem editComponent = new MenuItem("Edit component…");
        editComponent.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        editComponent.setOnAction(event -> editComponent());
        Menu file = new Menu("File", null, openFile, openFolder, io.statedesk.ui.cluster.ClusterPickerWindow.menuItem(model::clusterPicker, () -> root.getScene().getWindow()), recentMenu, new SeparatorMenuItem(), newComponent,
                editComponent, new SeparatorMenuItem(), sandbox, reset, new SeparatorMenuItem(), quit);
        file.setOnShowing(event -> {
            newComponent.setDisable(forms == null);
            editComponent.setDisable(forms == null || currentSource().isEmpty());
        });

        MenuItem refresh = new MenuItem("Refresh");
        refresh.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        refresh.setOnAction(event -> current(view -> view.model().scan()));
        MenuItem history = new MenuItem("History of the open key…");
        history.setOnAction(event -> current(StoreTabView::showHistory));
        MenuItem workflows = new MenuItem("Workflows…");
        workflows.setAccelerator(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        workflows.setOnAction(event -> current(v -> DaprWindows.workflows(v.model(), root.getScene().getWindow())));
        MenuItem actors = new MenuItem("Actors and reminders…");
        actors.setOnAction(event -> current(v -> DaprWindows.actors(v.model(), root.getScene().getWindow())));
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setSelected(preferences.flag("theme.dark"));
        dark.setOnAction(event -> {
            preferences.setFlag("theme.dark", dark.isSelected());
            preferences.save();
            themeSwitch.accept(dark.isSelected());
        });
        Menu view = new Menu("View", null, refresh, history, new SeparatorMenuItem(), workflows, actors,
                new SeparatorMenuItem(), dark);
        return new MenuBar(file, view);
    }

    // ---- component form (issue 6) ----

    /** Enables File > New component… and Edit component…; the app sets it once. */
    public void setComponentForms(ComponentFormWindows forms) {
        this.forms = forms;
    }

    private Optional<ComponentChoice> currentSource() {
        StoreTabView view = currentView();
        return view == null ? Optional.empty() : model.sourceOf(view.model());
    }

    /** A new component, in the folder of the open tab's component when there is one. */
    private void newComponent() {
        if (forms != null) {
            forms.newComponent(currentSource().map(c -> c.file().toAbsolutePath().getParent()).orElse(null));
        }
    }

    private void editComponent() {
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

    private void openFile() {
        model.dialogs().chooseComponentFile().ifPresent(model::open);
    }

    private VBox emptyState() {
        Label title = new Label("No component open");
        title.getStyleClass().add("title-2");
        Label hint = new Label("Open a Dapr component file or a resources folder such as ~/.dapr/components "
                + "(File > Open, Ctrl+O, or drop it here), or explore sample Dapr state in the sandbox.");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        Button open = Icons.button(Feather.FOLDER, "Open component…", "Open a Dapr component file (Ctrl+O)");
        open.setOnAction(event -> openFile());
        Button sandbox = Icons.button(Feather.BOX, "Open sandbox", "Sample Dapr state on a local DynamoDB");
        sandbox.setOnAction(event -> model.openSandbox());
        HBox buttons = new HBox(8, open, sandbox);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(12, title, hint, buttons);
        box.setId(EMPTY_STATE_ID);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(560);
        box.setMaxHeight(200);
        return box;
    }

    /**
     * Which AWS credentials the next component opens with: as daprd finds them, or a profile of the shared config
     * files chosen for this session (never saved: an operator's profile choice should not outlive the session).
     */
    private HBox profileChooser() {
        javafx.scene.control.ComboBox<io.statedesk.ui.session.AwsProfileChoice> chooser =
                new javafx.scene.control.ComboBox<>(model.profiles());
        chooser.setId(PROFILE_CHOOSER_ID);
        chooser.valueProperty().bindBidirectional(model.profileProperty());
        chooser.setPrefWidth(280);
        chooser.setTooltip(new javafx.scene.control.Tooltip("AWS credentials for the components you open next. "
                + "\"As daprd\" uses the component's accessKey and secretKey, else the SDK default chain (environment,"
                + " AWS_PROFILE, shared config files, SSO). Tabs already open keep their credentials."));
        chooser.setOnShowing(event -> model.loadProfiles());
        Label label = new Label("AWS profile");
        label.setGraphic(Icons.icon(Feather.KEY));
        label.setLabelFor(chooser);
        HBox box = new HBox(6, label, chooser);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.getStyleClass().add("profile-chooser");
        return box;
    }

    private HBox statusLine() {
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(120);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        HBox line = new HBox(8, progress, status);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("main-status");
        line.visibleProperty().bind(model.statusProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
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
