package io.statedesk.ui.componentform;

import io.statedesk.session.ComponentConnections;
import io.statedesk.session.ConnectionStep;
import io.statedesk.session.ErrorText;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Test connection" and "Create the table" of the form: what can run now, what ran, and how it went. The form
 * offers a {@link Ready} target whenever its values are free of errors.
 */
public final class ConnectionCheckModel {

    /**
     * What the form would connect with.
     *
     * @param target    the component as the form would write it, in its folder
     * @param localOnly a description of the table to create when the endpoint is a literal local one, else null
     */
    record Ready(ComponentConnections.Target target, TableToCreate localOnly) {
    }

    /** The table "Create the table" would make, for the confirmation. */
    record TableToCreate(String table, String endpoint, String hashKey, String ttlAttribute) {
        String question() {
            return "Create table '" + table + "' at " + endpoint + " with the hash key '" + hashKey + "' (S)"
                    + (ttlAttribute.isEmpty() ? "" : " and TTL on " + ttlAttribute) + "?";
        }
    }

    // ---- state ----
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canTest = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canCreateTable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyObjectWrapper<ConnectionStep.Outcome> outcome =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private final ObservableList<ConnectionStep> steps = FXCollections.observableArrayList();

    private final FormServices services;
    private final Consumer<String> status;
    private Ready ready;

    ConnectionCheckModel(FormServices services, Consumer<String> status) {
        this.services = services;
        this.status = status;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canTestProperty() {
        return canTest.getReadOnlyProperty();
    }

    /** Only for a literal local endpoint (DynamoDB Local, LocalStack): never for AWS. */
    public ReadOnlyBooleanProperty canCreateTableProperty() {
        return canCreateTable.getReadOnlyProperty();
    }

    /** One sentence on the last run, or "" before the first. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** How the last run went, as its worst step; null before the first run and while one runs. */
    public javafx.beans.property.ReadOnlyObjectProperty<ConnectionStep.Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ObservableList<ConnectionStep> steps() {
        return steps;
    }

    // ---- commands ----

    /** daprd's start-up probe, then the table check, with the values the form offers (saved or not). */
    public void test() {
        if (!canTest.get()) {
            return;
        }
        ComponentConnections.Target target = ready.target().withProfile(services.awsProfile().get());
        steps.clear();
        outcome.set(null);
        summary.set("Testing the connection…");
        setRunning(true);
        services.runner().run(() -> services.connections().test(target), report -> {
            steps.setAll(report.steps());
            summary.set(report.summary());
            outcome.set(report.passed() ? report.steps().stream().anyMatch(step -> step.outcome()
                    == ConnectionStep.Outcome.WARNING) ? ConnectionStep.Outcome.WARNING : ConnectionStep.Outcome.PASSED
                    : ConnectionStep.Outcome.FAILED);
            setRunning(false);
        }, failure -> {
            summary.set("The connection test could not run: " + ErrorText.of(failure));
            outcome.set(ConnectionStep.Outcome.FAILED);
            setRunning(false);
        });
    }

    /** Asks first; then creates the table as Dapr needs it and tests again. */
    public void createTable() {
        if (!canCreateTable.get() || ready.localOnly() == null) {
            return;
        }
        if (!services.dialogs().confirm("Create the table", ready.localOnly().question(), "Create table")) {
            return;
        }
        ComponentConnections.Target target = ready.target().withProfile(services.awsProfile().get());
        setRunning(true);
        services.runner().run(() -> services.connections().createTable(target), created -> {
            status.accept(created);
            setRunning(false);
            test();
        }, failure -> {
            setRunning(false);
            services.dialogs().showError("The table was not created", ErrorText.of(failure));
        });
    }

    /** The form's current offer: a target when its values have no error (and nothing else runs), else null. */
    void offer(Ready next) {
        ready = next;
        refresh();
    }

    private void setRunning(boolean value) {
        running.set(value);
        refresh();
    }

    private void refresh() {
        canTest.set(ready != null && !running.get());
        canCreateTable.set(canTest.get() && ready.localOnly() != null);
    }
}
