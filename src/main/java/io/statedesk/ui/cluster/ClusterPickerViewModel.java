package io.statedesk.ui.cluster;

import io.statedesk.component.kubernetes.KubeContext;
import io.statedesk.component.model.Secret;
import io.statedesk.session.ClusterSource;
import io.statedesk.session.ComponentChoice;
import io.statedesk.session.ErrorText;
import io.statedesk.ui.common.TaskRunner;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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

/**
 * File > Open from cluster…: pick a kubeconfig context, a namespace and one of its {@code state.aws.dynamodb}
 * components (with scopes and the app ids that load it), type what the cluster cannot tell (envRef values), open.
 * Every cluster call runs through the TaskRunner; an answer that arrives after the user moved on is dropped.
 */
public final class ClusterPickerViewModel {

    /** One envRef item of the chosen component and what the user typed for it (never shown, never saved). */
    public record EnvValue(String item, String variable, StringProperty value) {
    }

    // ---- state ----
    private final ObservableList<KubeContext> contexts = FXCollections.observableArrayList();
    private final ObjectProperty<KubeContext> context = new SimpleObjectProperty<>();
    private final ObservableList<String> namespaces = FXCollections.observableArrayList();
    private final StringProperty namespace = new SimpleStringProperty("");
    private final ObservableList<ComponentChoice> components = FXCollections.observableArrayList();
    private final ObjectProperty<ComponentChoice> selected = new SimpleObjectProperty<>();
    private final ObservableList<EnvValue> envValues = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding canOpen;

    private final ClusterSource source;
    private final TaskRunner runner;
    private final Consumer<ComponentChoice> onOpen;
    /** Counts requests, so a late answer for an earlier context or namespace cannot overwrite a newer one. */
    private long generation;

    public ClusterPickerViewModel(ClusterSource source, TaskRunner runner, Consumer<ComponentChoice> onOpen) {
        this.source = source;
        this.runner = runner;
        this.onOpen = onOpen;
        selected.addListener((obs, old, now) -> envValues.setAll(now == null || now.cluster() == null ? List.of()
                : now.cluster().envRefs().entrySet().stream()
                .map(e -> new EnvValue(e.getKey(), e.getValue(), new SimpleStringProperty(""))).toList()));
        canOpen = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().usable()
                && !busy.get(), selected, busy);
    }

    public ObservableList<KubeContext> contexts() {
        return contexts;
    }

    public ObjectProperty<KubeContext> contextProperty() {
        return context;
    }

    public ObservableList<String> namespaces() {
        return namespaces;
    }

    public StringProperty namespaceProperty() {
        return namespace;
    }

    public ObservableList<ComponentChoice> components() {
        return components;
    }

    public ObjectProperty<ComponentChoice> selectedProperty() {
        return selected;
    }

    public ObservableList<EnvValue> envValues() {
        return envValues;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canOpenProperty() {
        return canOpen;
    }

    // ---- commands ----

    /** Reads the kubeconfig and lists the current context's namespace. */
    public void load() {
        long ticket = start("Reading your kubeconfig…");
        runner.run(source::contexts, found -> {
            if (ticket != generation) {
                return;
            }
            busy.set(false);
            contexts.setAll(found);
            if (found.isEmpty()) {
                status.set("Your kubeconfig has no contexts (KUBECONFIG, else ~/.kube/config).");
                return;
            }
            chooseContext(found.stream().filter(KubeContext::current).findFirst().orElse(found.get(0)));
        }, failure -> failed(ticket, failure));
    }

    /** Lists the namespaces of the context's cluster, starting with the context's own namespace. */
    public void chooseContext(KubeContext chosen) {
        if (chosen == null) {
            return;
        }
        context.set(chosen);
        namespace.set(chosen.namespace());
        namespaces.setAll(chosen.namespace());
        components.clear();
        long ticket = start("Connecting to " + chosen.name() + (chosen.usesExecPlugin() ? " (running `"
                + chosen.execCommand() + "` for a token)" : "") + "…");
        runner.run(() -> source.namespaces(chosen.name()), found -> {
            if (ticket != generation) {
                return;
            }
            busy.set(false);
            namespaces.setAll(found);
            if (!found.contains(chosen.namespace())) {
                namespaces.add(0, chosen.namespace());
            }
            listComponents();
        }, failure -> failed(ticket, failure));
    }

    /** Lists the components of the chosen namespace (typed or picked). */
    public void chooseNamespace(String chosen) {
        if (chosen == null || chosen.isBlank() || context.get() == null) {
            return;
        }
        namespace.set(chosen.strip());
        listComponents();
    }

    public void refresh() {
        listComponents();
    }

    private void listComponents() {
        KubeContext ctx = context.get();
        String ns = namespace.get();
        if (ctx == null || ns == null || ns.isBlank()) {
            return;
        }
        components.clear();
        selected.set(null);
        long ticket = start("Listing Dapr components in namespace " + ns + "…");
        runner.run(() -> source.components(ctx.name(), ns), found -> {
            if (ticket != generation) {
                return;
            }
            busy.set(false);
            components.setAll(found);
            selected.set(found.stream().filter(ComponentChoice::usable).findFirst()
                    .orElse(found.isEmpty() ? null : found.get(0)));
            status.set(found.isEmpty() ? "No state.aws.dynamodb component in namespace " + ns + "."
                    : found.size() + " state.aws.dynamodb component" + (found.size() == 1 ? "" : "s")
                    + " in namespace " + ns + ". Components open read-only.");
        }, failure -> failed(ticket, failure));
    }

    /**
     * Opens the chosen component through the window's open path; false (with the reason in the status) when it
     * cannot be opened yet.
     */
    public boolean open() {
        ComponentChoice choice = selected.get();
        if (choice == null || !choice.usable()) {
            status.set(choice == null ? "Choose a component." : String.join(" ", choice.problems()));
            return false;
        }
        Map<String, Secret> typed = new LinkedHashMap<>();
        for (EnvValue v : envValues) {
            if (v.value().get() == null || v.value().get().isEmpty()) {
                status.set("Enter the value of " + v.variable() + " for `" + v.item() + "`: daprd reads it from its"
                        + " container's environment, which StateDesk cannot read from the cluster.");
                return false;
            }
            typed.put(v.item(), Secret.of(v.value().get()));
        }
        onOpen.accept(new ComponentChoice(choice.name(), choice.type(), choice.file(), choice.line(),
                choice.usable(), choice.problems(), choice.cluster().withValues(typed)));
        return true;
    }

    private long start(String what) {
        generation++;
        busy.set(true);
        status.set(what);
        return generation;
    }

    private void failed(long ticket, Throwable failure) {
        if (ticket != generation) {
            return;
        }
        busy.set(false);
        status.set(ErrorText.of(failure));
    }
}
