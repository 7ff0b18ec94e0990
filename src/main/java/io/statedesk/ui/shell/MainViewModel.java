package io.statedesk.ui.shell;

import io.statedesk.history.WriteHistory;
import io.statedesk.ui.common.DialogService;
import io.statedesk.ui.common.ErrorText;
import io.statedesk.ui.common.TaskRunner;
import io.statedesk.ui.session.ComponentChoice;
import io.statedesk.ui.session.ComponentOpener;
import io.statedesk.ui.session.SandboxControl;
import io.statedesk.ui.session.StoreSession;
import io.statedesk.ui.workspace.StoreTabViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The window's state: the open components (one tab each), the sandbox, and what is happening now. */
public final class MainViewModel {

    // ---- state ----
    private final ObservableList<StoreTabViewModel> tabs = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ComponentOpener opener;
    private final SandboxControl sandbox;
    private final WriteHistory history;
    private final Clock clock;
    private Consumer<Path> onOpened = path -> { };
    /** The component each tab was opened from (the sandbox has none): for Edit component…. */
    private final Map<StoreTabViewModel, ComponentChoice> sources = new HashMap<>();

    public MainViewModel(TaskRunner runner, DialogService dialogs, ComponentOpener opener, SandboxControl sandbox,
            WriteHistory history, Clock clock) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.opener = opener;
        this.sandbox = sandbox;
        this.history = history;
        this.clock = clock;
    }

    public ObservableList<StoreTabViewModel> tabs() {
        return tabs;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public void setOnOpened(Consumer<Path> listener) {
        onOpened = listener;
    }

    // ---- commands ----

    public void openSandbox() {
        if (tabs.stream().anyMatch(tab -> tab.session().sandbox())) {
            return;
        }
        busy.set(true);
        status.set("Starting the sandbox (DynamoDB Local)…");
        runner.run(sandbox::start, this::addTab, failure -> failed("The sandbox did not start", failure));
    }

    /** Closes the sandbox tab, deletes its data and opens it again with fresh sample state. */
    public void resetSandbox() {
        if (!dialogs.confirm("Reset the sandbox", "Delete every change made in the sandbox and start again with "
                + "the sample state?", "Reset sandbox")) {
            return;
        }
        tabs.removeIf(tab -> tab.session().sandbox());
        busy.set(true);
        status.set("Resetting the sandbox…");
        runner.run(sandbox::reset, this::addTab, failure -> failed("The sandbox did not restart", failure));
    }

    /** Lists the components in a file or folder, lets the user pick one when there are several, and opens it. */
    public void open(Path fileOrFolder) {
        busy.set(true);
        status.set("Reading " + fileOrFolder + "…");
        runner.run(() -> opener.list(fileOrFolder), choices -> chooseAndOpen(fileOrFolder, choices),
                failure -> failed("Cannot read " + fileOrFolder, failure));
    }

    public void close(StoreTabViewModel tab) {
        tabs.remove(tab);
        sources.remove(tab);
        runner.run(() -> {
            tab.session().close();
            return null;
        }, ignored -> { }, ignored -> { });
    }

    private void chooseAndOpen(Path source, List<ComponentChoice> choices) {
        busy.set(false);
        List<ComponentChoice> usable = choices.stream().filter(ComponentChoice::usable).toList();
        if (choices.isEmpty()) {
            status.set("");
            dialogs.showError("No component found", "No Dapr component was found in " + source
                    + ". A component file is YAML with apiVersion dapr.io/v1alpha1 and kind Component.");
            return;
        }
        Optional<ComponentChoice> choice = usable.size() == 1 && choices.size() == 1 ? Optional.of(usable.get(0))
                : dialogs.chooseComponent(choices);
        if (choice.isEmpty()) {
            status.set("");
            return;
        }
        ComponentChoice picked = choice.get();
        if (!picked.usable()) {
            status.set("");
            dialogs.showError("Cannot open " + picked.name(), String.join("\n", picked.problems()));
            return;
        }
        busy.set(true);
        status.set("Connecting to " + picked.name() + "…");
        runner.run(() -> opener.open(picked), session -> {
            sources.put(addTab(session), picked);
            onOpened.accept(source);
        }, failure -> failed("Cannot open " + picked.name(), failure));
    }

    private StoreTabViewModel addTab(StoreSession session) {
        busy.set(false);
        StoreTabViewModel tab = new StoreTabViewModel(session, runner, dialogs, history, clock);
        tabs.add(tab);
        status.set("");
        tab.scan();
        return tab;
    }

    // ---- component form hooks (issue 6) ----

    /** The component file and document a tab was opened from; empty for the sandbox. */
    public Optional<ComponentChoice> sourceOf(StoreTabViewModel tab) {
        return Optional.ofNullable(sources.get(tab));
    }

    /** After the form saved {@code file}: closes the tabs opened from it and opens it again. */
    public void reopen(Path file) {
        Path saved = file.toAbsolutePath().normalize();
        List.copyOf(tabs).stream()
                .filter(tab -> sourceOf(tab).map(c -> c.file().toAbsolutePath().normalize().equals(saved))
                        .orElse(false))
                .forEach(this::close);
        open(saved);
    }

    private void failed(String title, Throwable failure) {
        busy.set(false);
        status.set(title + ": " + ErrorText.of(failure));
        dialogs.showError(title, ErrorText.of(failure));
    }
}
