package io.statedesk.ui.shell;

import io.statedesk.component.model.EndpointKind;
import io.statedesk.history.WriteHistory;
import io.statedesk.sandbox.DynoxideMissingException;
import io.statedesk.sandbox.LegacySandboxException;
import io.statedesk.session.AwsProfileChoice;
import io.statedesk.session.ComponentChoice;
import io.statedesk.session.ErrorText;
import io.statedesk.session.OpenFailedException;
import io.statedesk.session.PreparedComponent;
import io.statedesk.session.Remedy;
import io.statedesk.session.SandboxControl;
import io.statedesk.session.Sessions;
import io.statedesk.session.SignInNeed;
import io.statedesk.session.StoreSession;
import io.statedesk.ui.cluster.ClusterPickerViewModel;
import io.statedesk.ui.common.TaskRunner;
import io.statedesk.ui.conflict.ConflictDialogs;
import io.statedesk.ui.workspace.StoreTabViewModel;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
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
    /** The AWS profiles offered for new connections; the first is always "as daprd". */
    private final ObservableList<AwsProfileChoice> profiles =
            FXCollections.observableArrayList(AwsProfileChoice.DAPRD_ORDER);
    /** The profile components are opened with from now on; existing tabs keep theirs. Never saved. */
    private final ObjectProperty<AwsProfileChoice> profile = new SimpleObjectProperty<>(AwsProfileChoice.DAPRD_ORDER);

    private final TaskRunner runner;
    private final ConflictDialogs dialogs;
    private final Sessions sessions;
    private final SandboxControl sandbox;
    private final WriteHistory history;
    private final Clock clock;
    private Consumer<Path> onOpened = path -> { };
    private Consumer<ComponentChoice> onEditComponent = choice -> { };
    /** The component each tab was opened from (the sandbox has none): for Edit component…. */
    private final Map<StoreTabViewModel, ComponentChoice> sources = new HashMap<>();

    public MainViewModel(TaskRunner runner, ConflictDialogs dialogs, Sessions sessions, SandboxControl sandbox,
            WriteHistory history, Clock clock) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.sessions = sessions;
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

    public ObservableList<AwsProfileChoice> profiles() {
        return profiles;
    }

    public ObjectProperty<AwsProfileChoice> profileProperty() {
        return profile;
    }

    public ConflictDialogs dialogs() {
        return dialogs;
    }

    /** Where every write the window makes is kept; copies and imports record theirs too. */
    public WriteHistory history() {
        return history;
    }

    public void setOnOpened(Consumer<Path> listener) {
        onOpened = listener;
    }

    /** What "Edit component…" in a problem dialog does: the window opens the component form there. */
    public void setOnEditComponent(Consumer<ComponentChoice> listener) {
        onEditComponent = listener;
    }

    // ---- commands ----

    public void openSandbox() {
        if (tabs.stream().anyMatch(tab -> tab.session().sandbox())) {
            return;
        }
        startSandbox(false);
    }

    private void startSandbox(boolean replaceLegacy) {
        busy.set(true);
        status.set("Starting the sandbox (a local DynamoDB on this computer)…");
        runner.run(() -> sandbox.start(replaceLegacy), this::addTab, this::sandboxFailed);
    }

    /** The two failures a newcomer can meet on first start get a question with the way out, not just an error. */
    private void sandboxFailed(Throwable failure) {
        if (failure instanceof LegacySandboxException legacy) {
            busy.set(false);
            if (dialogs.confirm("Replace the old sandbox", "The sandbox folder still holds the data of the DynamoDB"
                    + " Local sandbox of an earlier StateDesk (" + legacy.legacyData() + "). StateDesk now runs"
                    + " dynoxide, which cannot read it. Replace it with a fresh sandbox and its sample state? Edits"
                    + " made in the old sandbox are deleted.", "Replace")) {
                startSandbox(true);
            } else {
                status.set("The sandbox was not opened: its folder holds old DynamoDB Local data (" + legacy.legacyData()
                        + "), kept as it is.");
            }
            return;
        }
        if (failure instanceof DynoxideMissingException missing) {
            busy.set(false);
            status.set("The sandbox did not start: its local DynamoDB server (dynoxide) is not installed.");
            Optional<String> endpoint = dialogs.askText("The sandbox needs a local DynamoDB",
                    missing.getMessage() + "\n\nTo use a local DynamoDB you run, enter its endpoint (on this computer),"
                            + " for example http://localhost:8000:", "http://localhost:8000", "Use this endpoint");
            endpoint.ifPresent(this::useSandboxEndpoint);
            return;
        }
        failed("The sandbox did not start", failure);
    }

    private void useSandboxEndpoint(String text) {
        Optional<URI> endpoint = EndpointKind.loopbackUri(text);
        if (endpoint.isEmpty()) {
            dialogs.showError("Not a local endpoint", "\"" + text + "\" is not an http:// address on this computer"
                    + " (localhost or 127.0.0.1 with a port). The sandbox only runs on a local DynamoDB.");
            return;
        }
        busy.set(true);
        status.set("Starting the sandbox on " + endpoint.get() + "…");
        runner.run(() -> sandbox.useEndpoint(endpoint.get()), this::addTab,
                failure -> failed("The sandbox did not start on " + endpoint.get(), failure));
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
        runner.run(() -> sessions.list(fileOrFolder), choices -> chooseAndOpen(fileOrFolder, choices),
                failure -> failed("Cannot read " + fileOrFolder, failure));
    }

    /** Reads the profiles of the shared AWS config files again (they may have changed), keeping the choice. */
    public void loadProfiles() {
        runner.run(sessions::profiles, found -> {
            String chosen = profile.get() == null ? "" : profile.get().name();
            List<AwsProfileChoice> all = new java.util.ArrayList<>();
            all.add(AwsProfileChoice.DAPRD_ORDER);
            all.addAll(found);
            profiles.setAll(all);
            profile.set(all.stream().filter(p -> p.name().equals(chosen)).findFirst()
                    .orElse(AwsProfileChoice.DAPRD_ORDER));
        }, failure -> status.set("The AWS profiles could not be listed: " + ErrorText.of(failure)));
    }

    /** Closes a tab; an unsaved edit in it is asked about first (Save / Discard / Cancel). */
    public void requestClose(StoreTabViewModel tab) {
        tab.leaveEdit("close this tab", () -> close(tab), () -> { });
    }

    /**
     * Before quitting: each tab with an unsaved edit asks in turn; {@code proceed} runs once every edit is saved or
     * discarded, never when the user cancels (or a save does not go through).
     */
    public void leaveAll(String doing, Runnable proceed) {
        leaveFrom(List.copyOf(tabs), 0, doing, proceed);
    }

    private void leaveFrom(List<StoreTabViewModel> all, int index, String doing, Runnable proceed) {
        if (index == all.size()) {
            proceed.run();
            return;
        }
        all.get(index).leaveEdit(doing, () -> leaveFrom(all, index + 1, doing, proceed), () -> { });
    }

    /**
     * The tab's title: the component's name, and where two open tabs share a name, what tells them apart (the
     * folder of the component file, else the endpoint or account).
     */
    public String titleOf(StoreTabViewModel tab) {
        String title = tab.session().title();
        List<StoreTabViewModel> same = tabs.stream().filter(t -> t.session().title().equals(title)).toList();
        if (same.size() < 2) {
            return title;
        }
        String folder = folderOf(tab);
        boolean foldersDiffer = same.stream().map(this::folderOf).distinct().count() == same.size();
        return title + " · " + (foldersDiffer && !folder.isEmpty() ? folder : where(tab));
    }

    private String folderOf(StoreTabViewModel tab) {
        return sourceOf(tab).map(c -> c.file().toAbsolutePath().getParent())
                .map(parent -> parent.getFileName() == null ? parent.toString() : parent.getFileName().toString())
                .orElse(tab.session().sandbox() ? "sandbox" : "");
    }

    private static String where(StoreTabViewModel tab) {
        String location = tab.session().location();
        int table = location.indexOf(" · table ");
        return table < 0 ? location : location.substring(0, table);
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
        if (choices.size() == 1 && usable.isEmpty()) {
            status.set("");
            invalid(source, choices.get(0));
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
            invalid(source, picked);
            return;
        }
        connect(source, picked, profile.get() == null ? null : profile.get().profileOrNull());
    }

    /** A component that cannot be opened as it is: what is wrong with it, and the form to fix it. */
    private void invalid(Path source, ComponentChoice choice) {
        String what = choice.type() == null || choice.type().isBlank() ? "" : " (" + choice.type() + ")";
        List<Remedy> remedies = choice.file() == null ? List.of() : List.of(Remedy.EDIT_COMPONENT);
        dialogs.showProblem("Cannot open " + choice.name() + what, choice.file() + ", line " + choice.line()
                + ":\n" + String.join("\n", choice.problems()), remedies).ifPresent(remedy -> {
                    if (remedy == Remedy.EDIT_COMPONENT) {
                        onEditComponent.accept(choice);
                    }
                });
    }

    /**
     * Prepares the component once, then connects, first offering an SSO sign-in when the credentials would come from
     * a signed-out SSO profile. Each try (a retry, a connect after a sign-in elsewhere) reads the component again.
     */
    private void connect(Path source, ComponentChoice picked, String profileName) {
        busy.set(true);
        status.set("Connecting to " + picked.name() + (profileName == null ? "" : " with AWS profile " + profileName)
                + "…");
        runner.run(() -> {
            PreparedComponent prepared = sessions.prepare(picked, profileName);
            return new Prepared(prepared, sessions.signInNeeded(prepared));
        }, ready -> signInOrOpen(source, ready.component(), ready.signIn()),
                failure -> failed("Cannot open " + picked.name(), failure));
    }

    private void signInOrOpen(Path source, PreparedComponent prepared, Optional<SignInNeed> need) {
        if (need.isPresent()) {
            offerSignIn(source, prepared, need.get());
        } else {
            openNow(source, prepared);
        }
    }

    /** A prepared component and whether it must sign in first. */
    private record Prepared(PreparedComponent component, Optional<SignInNeed> signIn) {
    }

    private void openNow(Path source, PreparedComponent prepared) {
        busy.set(true);
        ComponentChoice picked = prepared.choice();
        runner.run(() -> sessions.open(prepared), session -> {
            // a cluster's component has no file to edit or to list as recent
            addTab(session, picked.fromCluster() ? null : picked);
            if (!picked.fromCluster()) {
                onOpened.accept(source);
            }
        }, failure -> {
            if (failure instanceof OpenFailedException problem) {
                openFailed(source, prepared, problem);
            } else {
                failed("Cannot open " + picked.name(), failure);
            }
        });
    }

    /** Says why the component did not open, and does what the user picks: edit it, create its table, retry. */
    private void openFailed(Path source, PreparedComponent prepared, OpenFailedException problem) {
        ComponentChoice picked = prepared.choice();
        busy.set(false);
        status.set("Not connected: " + picked.name() + " did not open.");
        Optional<Remedy> remedy = dialogs.showProblem("Cannot open " + picked.name(), problem.getMessage(),
                problem.remedies());
        if (remedy.isEmpty()) {
            return;
        }
        switch (remedy.get()) {
            case EDIT_COMPONENT -> onEditComponent.accept(picked);
            case RETRY -> connect(source, reread(picked), prepared.profile());
            case CREATE_TABLE -> {
                busy.set(true);
                status.set("Creating the table of " + picked.name() + "…");
                runner.run(() -> sessions.createTable(prepared), created -> {
                    status.set(created);
                    openNow(source, prepared);
                }, failure -> failed("The table of " + picked.name() + " was not created", failure));
            }
        }
    }

    /** The choice as it will be read from its file again: a retry sees what the user corrected meanwhile. */
    private static ComponentChoice reread(ComponentChoice picked) {
        return picked.fromCluster() ? picked : new ComponentChoice(picked.name(), picked.type(), picked.file(),
                picked.line(), picked.usable(), picked.problems());
    }

    // ---- open from a cluster (issue 17) ----

    /** The model of File > Open from cluster…, opening through the same path as files; empty without clusters. */
    public Optional<ClusterPickerViewModel> clusterPicker() {
        return sessions.clusters().map(source -> new ClusterPickerViewModel(source, runner,
                picked -> connect(null, picked, profile.get() == null ? null : profile.get().profileOrNull())));
    }

    private void offerSignIn(Path source, PreparedComponent prepared, SignInNeed need) {
        busy.set(false);
        ComponentChoice picked = prepared.choice();
        if (need.kind() == SignInNeed.Kind.AWS_LOGIN) {
            offerAwsLogin(source, prepared, need);
            return;
        }
        String cli = "aws sso login --profile " + need.profile();
        if (!dialogs.confirm("Sign in to AWS", "Opening " + picked.name() + " uses the AWS profile " + need.profile()
                + ", which signs in through AWS IAM Identity Center (SSO), and " + need.reason() + ".\n\nSign in"
                + " now? StateDesk shows a code to approve in your browser, then saves the sign-in where the AWS CLI"
                + " and SDKs find it, as \"" + cli + "\" does.", "Sign in")) {
            status.set("Not connected: the AWS profile " + need.profile() + " needs an SSO sign-in (here, or with \""
                    + cli + "\").");
            return;
        }
        busy.set(true);
        status.set("Waiting for the SSO sign-in of profile " + need.profile() + " to be approved in the browser…");
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<Runnable> closePrompt = new AtomicReference<>(() -> { });
        runner.run(() -> {
            sessions.signIn(need.profile(), (code, page, pageWithCode) -> runner.onUiThread(() ->
                    closePrompt.set(dialogs.showSignInCode(need.profile(), code, page, pageWithCode, () -> {
                        cancelled.set(true);
                        status.set("Cancelling the sign-in…");
                    }))), cancelled::get);
            return null;
        }, signedIn -> {
            closePrompt.get().run();
            status.set("Signed in. Connecting to " + picked.name() + "…");
            openNow(source, prepared);
        }, failure -> {
            closePrompt.get().run();
            if (cancelled.get()) {
                busy.set(false);
                status.set("Sign-in cancelled: " + picked.name() + " was not opened.");
            } else {
                failed("The SSO sign-in for profile " + need.profile() + " did not complete", failure);
            }
        });
    }

    /** `aws login` is the AWS CLI's browser flow: the user runs it, then StateDesk checks again and connects. */
    private void offerAwsLogin(Path source, PreparedComponent prepared, SignInNeed need) {
        String name = prepared.name();
        if (dialogs.confirm("Sign in to AWS", "Opening " + name + " uses the AWS profile " + need.profile()
                + ", which signs in with \"aws login\", and " + need.reason() + ".\n\nRun \"" + need.command()
                + "\" in a terminal and approve the sign-in in your browser, then connect: StateDesk reads the"
                + " sign-in where the AWS CLI saves it.", "Connect")) {
            busy.set(true);
            runner.run(() -> sessions.signInNeeded(prepared), again -> signInOrOpen(source, prepared, again),
                    failure -> failed("Cannot open " + name, failure));
        } else {
            status.set("Not connected: the AWS profile " + need.profile() + " needs a sign-in (\"" + need.command()
                    + "\").");
        }
    }

    private StoreTabViewModel addTab(StoreSession session) {
        return addTab(session, null);
    }

    /** @param source the component the tab is opened from (known before the tab shows: its title may need it) */
    private StoreTabViewModel addTab(StoreSession session, ComponentChoice source) {
        busy.set(false);
        StoreTabViewModel tab = new StoreTabViewModel(session, runner, dialogs, history, clock);
        if (source != null) {
            sources.put(tab, source);
        }
        // A local scan starts before the tab's view is built, so its first page is on its way meanwhile (the view
        // takes a few hundred milliseconds at start-up); a scan that asks first waits for the tab to show.
        boolean asksFirst = tab.scanAsksFirst();
        if (!asksFirst) {
            tab.scan();
        }
        tabs.add(tab);
        status.set("");
        if (asksFirst) {
            tab.scan();
        }
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
        List<StoreTabViewModel> affected = List.copyOf(tabs).stream()
                .filter(tab -> sourceOf(tab).map(c -> c.file().toAbsolutePath().normalize().equals(saved))
                        .orElse(false))
                .toList();
        reopenFrom(affected, 0, saved);
    }

    /** An unsaved edit in a tab about to be reopened is asked about first; Cancel keeps that tab as it is. */
    private void reopenFrom(List<StoreTabViewModel> affected, int index, Path saved) {
        if (index == affected.size()) {
            open(saved);
            return;
        }
        StoreTabViewModel tab = affected.get(index);
        tab.leaveEdit("reopen the saved component", () -> {
            close(tab);
            reopenFrom(affected, index + 1, saved);
        }, () -> status.set("The component was saved; its open tab was kept with your unsaved edit. Close it and"
                + " open the component again to use the saved settings."));
    }

    private void failed(String title, Throwable failure) {
        busy.set(false);
        status.set(title + ": " + ErrorText.of(failure));
        dialogs.showError(title, ErrorText.of(failure));
    }
}
