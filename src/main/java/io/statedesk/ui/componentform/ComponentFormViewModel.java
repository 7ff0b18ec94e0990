package io.statedesk.ui.componentform;

import io.statedesk.component.form.ComponentFileUpdate;
import io.statedesk.component.form.ComponentTemplate;
import io.statedesk.component.form.ComponentYaml;
import io.statedesk.component.form.FieldMessage;
import io.statedesk.component.form.FolderSnapshot;
import io.statedesk.component.form.FormCheck;
import io.statedesk.component.form.FormField;
import io.statedesk.component.form.FormFiles;
import io.statedesk.component.form.FormHistory;
import io.statedesk.component.form.FormState;
import io.statedesk.component.form.FormTexts;
import io.statedesk.component.form.RegionChoices;
import io.statedesk.component.form.SecretStoreInfo;
import io.statedesk.component.form.SourceKind;
import io.statedesk.component.form.StoredKeyExample;
import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.component.model.DynamoDbFields;
import io.statedesk.component.model.Severity;
import io.statedesk.component.model.Truthy;
import io.statedesk.component.yaml.ItemValue;
import io.statedesk.engine.model.KeyPrefix;
import io.statedesk.session.ComponentConnections;
import io.statedesk.session.ErrorText;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The component form: a new {@code state.aws.dynamodb} component from a template, or one component of an existing
 * file. Every edit is validated at once with the component layer's rules on the text that would be written; Save is
 * possible while no error remains. Saving an existing file changes only what was edited. Secrets from references
 * are resolved only to say whether they resolve: no resolved value is kept, shown or written.
 */
public final class ComponentFormViewModel {

    public static final String DEFAULT_APP_ID = "myapp";
    public static final String DEFAULT_KEY = "order-1";

    // ---- state ----
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper isNew = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper actorStateStoreOn = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("New component");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper endpointNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StoredKeyExample> example = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<KeyPrefix.Strategy> keyPrefixStrategy =
            new ReadOnlyObjectWrapper<>(KeyPrefix.Strategy.APPID);
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ComponentTemplate> template = new ReadOnlyObjectWrapper<>();
    private final StringProperty fileName = new SimpleStringProperty("");
    private final StringProperty exampleAppId = new SimpleStringProperty(DEFAULT_APP_ID);
    private final StringProperty exampleKey = new SimpleStringProperty(DEFAULT_KEY);
    private final ObservableList<FieldMessage> general = FXCollections.observableArrayList();
    private final ObservableList<String> secretStores = FXCollections.observableArrayList();

    private final FormServices services;
    private final FormInputs inputs = new FormInputs(this::edited);
    private final FormHistory history = new FormHistory();
    private final SecretStatus secrets;
    private final ConnectionCheckModel connection;
    private FolderSnapshot snapshot;
    private ComponentFileUpdate update;
    private FormState baseline = FormState.empty();
    private FormState current = FormState.empty();
    private FormCheck check;
    private boolean fileNameFollowsName = true;
    private boolean settingFileName;

    private ComponentFormViewModel(FormServices services) {
        this.services = services;
        this.secrets = new SecretStatus(services.runner(), inputs, services.environment(), this::publishMessages);
        this.connection = new ConnectionCheckModel(services, status::set);
        exampleAppId.addListener((obs, old, now) -> refreshExample());
        exampleKey.addListener((obs, old, now) -> refreshExample());
        fileName.addListener((obs, old, now) -> {
            if (!settingFileName) {
                fileNameFollowsName = false;
                refresh();
            }
        });
        inputs.name.addListener((obs, old, now) -> followName());
    }

    /** A new component in {@code folder}, starting from the local DynamoDB template. */
    public static ComponentFormViewModel newComponent(Path folder, FormServices services) {
        ComponentFormViewModel model = new ComponentFormViewModel(services);
        model.isNew.set(true);
        model.template.set(ComponentTemplate.LOCAL_DYNAMODB);
        model.useFolder(folder);
        return model;
    }

    /** The component whose document starts at {@code documentLine} of {@code file} (or is named {@code name}). */
    public static ComponentFormViewModel edit(Path file, int documentLine, String name, FormServices services) {
        ComponentFormViewModel model = new ComponentFormViewModel(services);
        Path path = file.toAbsolutePath().normalize();
        model.title.set("Edit " + path.getFileName());
        model.status.set("Reading " + path + "…");
        model.busy.set(true);
        services.runner().run(() -> new Opened(FormFiles.read(path, documentLine, name),
                        FolderSnapshot.load(path.getParent(), services.environment())),
                model::opened, failure -> model.failed("Cannot edit " + path.getFileName(), failure));
        return model;
    }

    private record Opened(FormFiles.Loaded loaded, FolderSnapshot folder) {
    }

    // ---- read-only state ----

    public MetadataFieldModel field(FormField f) {
        return inputs.field(f);
    }

    public ObservableList<FieldMessage> messages(FormField f) {
        return inputs.messages.get(f);
    }

    public ObservableList<FieldMessage> generalMessages() {
        return general;
    }

    public StringProperty nameProperty() {
        return inputs.name;
    }

    public StringProperty namespaceProperty() {
        return inputs.namespace;
    }

    public StringProperty secretStoreProperty() {
        return inputs.secretStore;
    }

    public StringProperty scopesProperty() {
        return inputs.scopes;
    }

    public ReadOnlyStringProperty regionItemNameProperty() {
        return inputs.regionItemName;
    }

    public StringProperty fileNameProperty() {
        return fileName;
    }

    public StringProperty exampleAppIdProperty() {
        return exampleAppId;
    }

    public StringProperty exampleKeyProperty() {
        return exampleKey;
    }

    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ComponentTemplate> templateProperty() {
        return template.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty isNewProperty() {
        return isNew.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The connection test and table creation. */
    public ConnectionCheckModel connection() {
        return connection;
    }

    public ReadOnlyBooleanProperty actorStateStoreOnProperty() {
        return actorStateStoreOn.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The file and document being edited, or "" for a new component. */
    public ReadOnlyStringProperty locationProperty() {
        return location.getReadOnlyProperty();
    }

    /** What just happened (saved, created, failed). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "2 errors, 1 warning" or "No problems in the component". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The text Save would write: the new file, or the edited file. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty endpointNoteProperty() {
        return endpointNote.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StoredKeyExample> exampleProperty() {
        return example.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<KeyPrefix.Strategy> keyPrefixStrategyProperty() {
        return keyPrefixStrategy.getReadOnlyProperty();
    }

    /** The secret store components of the folder. */
    public ObservableList<String> secretStores() {
        return secretStores;
    }

    /** The secret names of the chosen secret store, for the chooser. */
    public List<String> secretNames() {
        return snapshot == null ? List.of() : snapshot.secretStore(inputs.secretStore.get())
                .map(SecretStoreInfo::secretNames).orElse(List.of());
    }

    /** The keys inside one secret of the chosen store. */
    public List<String> secretKeys(String secretName) {
        return snapshot == null ? List.of() : snapshot.secretStore(inputs.secretStore.get())
                .map(s -> s.keys(secretName)).orElse(List.of());
    }

    /** Why the chosen store lists no secrets, or "". */
    public String secretStoreNote() {
        return snapshot == null ? "" : snapshot.secretStore(inputs.secretStore.get()).map(SecretStoreInfo::note)
                .orElse(inputs.secretStore.get().isEmpty() ? "" : "No secret store of that name is in the folder.");
    }

    public List<RegionChoices.Choice> regions(String query) {
        return RegionChoices.search(query);
    }

    /** The form as it stands. */
    public FormState state() {
        return current;
    }

    public ComponentTemplate[] templates() {
        return ComponentTemplate.values();
    }

    // ---- commands ----

    /** Replaces the form's values with a template's (an undoable edit). */
    public void applyTemplate(ComponentTemplate t) {
        template.set(t);
        FormState next = t.state(snapshot == null ? FolderSnapshot.empty(folder.get()) : snapshot);
        history.record(current, null);
        show(next);
    }

    /** New components only: reads the folder a new component will be saved to. */
    public void useFolder(Path path) {
        if (!isNew.get() || path == null) {
            return;
        }
        Path target = path.toAbsolutePath().normalize();
        if (target.equals(folder.get()) && loaded.get()) {
            return;
        }
        folder.set(target);
        busy.set(true);
        services.runner().run(() -> FolderSnapshot.load(target, services.environment()), loadedFolder -> {
            if (!target.equals(folder.get())) {
                return;
            }
            boolean first = !loaded.get();
            snapshot = loadedFolder;
            secretStores.setAll(snapshot.secretStoreNames());
            busy.set(false);
            loaded.set(true);
            if (first) {
                FormState start = template.get().state(snapshot);
                baseline = start;
                show(start);
            } else {
                refresh();
            }
        }, failure -> failed("Cannot read the folder " + target, failure));
    }

    /** New components only: the folder typed in the form. */
    public void useFolder(String text) {
        if (text == null || text.isBlank()) {
            status.set("Give the folder to save the component in, e.g. ~/.dapr/components.");
            return;
        }
        String typed = text.strip();
        if (typed.equals("~") || typed.startsWith("~/")) {
            typed = System.getProperty("user.home") + typed.substring(1);
        }
        try {
            useFolder(Path.of(typed));
        } catch (InvalidPathException e) {
            status.set("Not a folder path: " + text);
        }
    }

    public void chooseFolder() {
        services.dialogs().chooseComponentFolder().ifPresent(this::useFolder);
    }

    public void undo() {
        if (history.canUndo()) {
            show(history.undo(current));
        }
    }

    public void redo() {
        if (history.canRedo()) {
            show(history.redo(current));
        }
    }

    /** Renames the deprecated {@code awsRegion} item to {@code region}. */
    public void useRegionName() {
        inputs.regionItemName.set(DynamoDbFields.REGION);
    }

    public void setActorStateStore(boolean on) {
        MetadataFieldModel f = inputs.field(FormField.ACTOR_STATE_STORE);
        history.seal();
        f.kindProperty().set(SourceKind.VALUE);
        f.textProperty().set(on ? "true" : baseline.value(FormField.ACTOR_STATE_STORE).isSet() ? "false" : "");
    }

    /** Picks daprd's keyPrefix strategy; a custom prefix starts as {@code myprefix}, ready to be typed over. */
    public void setKeyPrefixStrategy(KeyPrefix.Strategy strategy) {
        MetadataFieldModel f = inputs.field(FormField.KEY_PREFIX);
        if (strategy == keyPrefixStrategy.get() && f.kindProperty().get() == SourceKind.VALUE) {
            return;
        }
        history.seal();
        f.kindProperty().set(SourceKind.VALUE);
        f.textProperty().set(switch (strategy) {
            case APPID -> "";
            case NAME -> "name";
            case NAMESPACE -> "namespace";
            case NONE -> "none";
            case CUSTOM -> "myprefix";
        });
    }

    public void save() {
        if (!canSave.get()) {
            return;
        }
        if (update == null) {
            saveNew(false);
        } else {
            saveExisting();
        }
    }

    /** daprd's start-up probe, then the table check, with the form's current values (saved or not). */
    public void testConnection() {
        connection.test();
    }

    /** Local endpoints only, and only when confirmed: creates the table as Dapr needs it, then tests again. */
    public void createTable() {
        connection.createTable();
    }

    /** Whether the form may close: true when nothing is unsaved, or the user agreed to discard it. */
    public boolean confirmClose() {
        if (!dirty.get()) {
            secrets.cancel();
            return true;
        }
        boolean discard = services.dialogs().confirm("Unsaved changes", "The component "
                + (current.name().isEmpty() ? "" : "`" + current.name() + "` ") + "has unsaved changes. Close the"
                + " form and discard them?", "Discard changes");
        if (discard) {
            secrets.cancel();
        }
        return discard;
    }

    // ---- internals ----

    private void opened(Opened opened) {
        snapshot = opened.folder();
        secretStores.setAll(snapshot.secretStoreNames());
        startEditing(opened.loaded());
        busy.set(false);
        status.set("");
        loaded.set(true);
        refresh();
    }

    private void startEditing(FormFiles.Loaded file) {
        update = new ComponentFileUpdate(file.file(), file.component());
        baseline = update.baseline();
        isNew.set(false);
        title.set("Edit " + file.component().name() + " — " + file.file().path().getFileName());
        location.set(file.file().path() + (file.file().components().size() > 1 ? " (document "
                + (file.component().documentIndex() + 1) + ")" : ""));
        inputs.keepEmptyItemsOf(baseline);
        show(baseline);
    }

    private void show(FormState state) {
        inputs.apply(state);
        current = inputs.snapshot();
        refresh();
    }

    private void edited(Object input) {
        FormState next = inputs.snapshot();
        if (!next.equals(current)) {
            history.record(current, input);
            current = next;
        }
        refresh();
    }

    private void followName() {
        if (fileNameFollowsName && isNew.get()) {
            settingFileName = true;
            fileName.set(inputs.name.get().isBlank() ? "" : inputs.name.get().strip() + ".yaml");
            settingFileName = false;
        }
    }

    private void refresh() {
        if (!loaded.get()) {
            return;
        }
        check = null;
        String text;
        String writeProblem = null;
        try {
            if (update == null) {
                text = ComponentYaml.document(current, template.get().header());
                Path file = newFile();
                check = FormCheck.run(snapshot, file != null ? file : folder.get().resolve("component.yaml"), text,
                        0);
            } else {
                text = update.plan(current).text();
                check = FormCheck.run(snapshot, update.path(), text, update.original().documentIndex());
            }
        } catch (IllegalStateException | IllegalArgumentException e) {
            text = "";
            writeProblem = e.getMessage();
        }
        preview.set(text);
        secrets.resolve(check);
        publishMessages(writeProblem);
        refreshExample();
        refreshFlags();
    }

    private void publishMessages() {
        publishMessages(null);
    }

    private void publishMessages(String writeProblem) {
        for (FormField f : FormField.values()) {
            List<FieldMessage> own = check == null ? List.of() : check.messages(f);
            List<FieldMessage> merged = new ArrayList<>(own);
            merged.addAll(secrets.messages(f));
            inputs.messages.get(f).setAll(merged);
        }
        List<FieldMessage> rest = new ArrayList<>(check == null ? List.of() : check.general());
        if (writeProblem != null) {
            rest.add(0, new FieldMessage(Severity.ERROR, writeProblem, ""));
        }
        String fileProblem = fileNameProblem();
        if (fileProblem != null) {
            rest.add(0, new FieldMessage(Severity.ERROR, fileProblem, ""));
        }
        if (!rest.equals(general)) {
            general.setAll(rest);
        }
        long errors = check == null ? 1 : check.errorCount() + (fileProblem == null ? 0 : 1);
        long warnings = (check == null ? 0 : check.warningCount())
                + FormField.METADATA.stream().mapToLong(f -> secrets.messages(f).size()).sum();
        summary.set(FormTexts.summary(writeProblem != null, errors, warnings));
    }

    private void refreshFlags() {
        boolean ok = loaded.get() && check != null && !check.hasErrors() && fileNameProblem() == null
                && !general.stream().anyMatch(FieldMessage::isError);
        dirty.set(loaded.get() && !current.equals(baseline));
        canSave.set(ok && !busy.get() && (dirty.get() || isNew.get()));
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        connection.offer(ok && !busy.get() ? new ConnectionCheckModel.Ready(new ComponentConnections.Target(
                check.set(), check.component(), services.environment()), tableToCreate()) : null);
        actorStateStoreOn.set(Truthy.isTruthy(current.text(FormField.ACTOR_STATE_STORE)));
        keyPrefixStrategy.set(KeyPrefix.fromMetadata(current.text(FormField.KEY_PREFIX)).strategy());
        endpointNote.set(FormTexts.endpointNote(current, services.connections().writePolicy().local()));
    }

    private void refreshExample() {
        example.set(StoredKeyExample.of(current, exampleAppId.get(), exampleKey.get()));
    }

    /** Table creation needs a literal local endpoint and table: never AWS, never a value StateDesk cannot see. */
    private ConnectionCheckModel.TableToCreate tableToCreate() {
        boolean literal = current.value(FormField.ENDPOINT) instanceof ItemValue.Plain
                && current.value(FormField.TABLE) instanceof ItemValue.Plain
                && (current.value(FormField.PARTITION_KEY) instanceof ItemValue.Plain
                || !current.value(FormField.PARTITION_KEY).isSet());
        if (!literal || !services.connections().writePolicy()
                .mayCreateTables(DynamoDbComponentConfig.from(check.component()).endpointIfSet().orElse(null))) {
            return null;
        }
        String key = current.text(FormField.PARTITION_KEY);
        return new ConnectionCheckModel.TableToCreate(current.text(FormField.TABLE), current.text(FormField.ENDPOINT),
                key.isEmpty() ? "key" : key, current.text(FormField.TTL_ATTRIBUTE_NAME));
    }

    private Path newFile() {
        if (fileNameProblem() != null || folder.get() == null) {
            return null;
        }
        return folder.get().resolve(fileName.get());
    }

    private String fileNameProblem() {
        return isNew.get() ? FormTexts.fileNameProblem(fileName.get()) : null;
    }

    private void saveNew(boolean replace) {
        Path file = newFile();
        String text = preview.get();
        busy.set(true);
        refreshFlags();
        services.runner().run(() -> {
            if (!replace && Files.exists(file)) {
                return null;
            }
            FormFiles.writeNew(file, text, replace);
            return FormFiles.reread(file, 0);
        }, saved -> {
            busy.set(false);
            if (saved == null) {
                refreshFlags();
                if (services.dialogs().confirm("Replace " + file.getFileName(), file + " already exists. Replace it"
                        + " with the new component?", "Replace")) {
                    saveNew(true);
                }
                return;
            }
            startEditing(saved);
            savedTo(file);
        }, failure -> failed("Cannot save " + file.getFileName(), failure));
    }

    private void saveExisting() {
        ComponentFileUpdate.Plan plan = update.plan(current);
        ComponentFileUpdate saving = update;
        Path file = update.path();
        int document = update.original().documentIndex();
        busy.set(true);
        refreshFlags();
        services.runner().run(() -> {
            saving.save(plan);
            return FormFiles.reread(file, document);
        }, saved -> {
            busy.set(false);
            FormState edited = current;
            startEditing(saved);
            if (!edited.equals(current)) {
                history.record(edited, null);
            }
            savedTo(file);
        }, failure -> failed("Cannot save " + file.getFileName(), failure));
    }

    private void savedTo(Path file) {
        status.set("Saved " + file);
        history.seal();
        refresh();
        String name = current.name();
        if (services.dialogs().confirm("Open " + name, "Saved " + file + ". Open " + name
                + " in a browser tab now?", "Open in tab")) {
            services.reopen().accept(file);
        }
    }

    private void failed(String what, Throwable failure) {
        busy.set(false);
        status.set(what + ": " + ErrorText.of(failure));
        refreshFlags();
        services.dialogs().showError(what, ErrorText.of(failure));
    }
}
