package io.statedesk.ui.componentform;

import io.statedesk.component.form.FieldMessage;
import io.statedesk.component.form.FormField;
import io.statedesk.component.form.SourceKind;
import io.statedesk.component.yaml.ItemValue;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One metadata field of the form: where its value comes from and the inputs for each source. Only the chosen
 * source counts; the others keep what was typed, so switching back restores it. Holds no resolved secret.
 */
public final class MetadataFieldModel {

    // ---- state ----
    private final ObjectProperty<SourceKind> kind = new SimpleObjectProperty<>(SourceKind.VALUE);
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty secretName = new SimpleStringProperty("");
    private final StringProperty secretKey = new SimpleStringProperty("");
    private final StringProperty envVariable = new SimpleStringProperty("");
    private final BooleanProperty revealed = new SimpleBooleanProperty(false);
    private final StringProperty resolution = new SimpleStringProperty("");
    private final ObservableList<FieldMessage> messages = FXCollections.observableArrayList();

    private final FormField field;
    /** The file has the item with an empty value: an empty text keeps it rather than removing it. */
    private boolean emptyKeepsItem;

    MetadataFieldModel(FormField field) {
        this.field = field;
    }

    public FormField field() {
        return field;
    }

    public ObjectProperty<SourceKind> kindProperty() {
        return kind;
    }

    /** The plain value (kind VALUE). */
    public StringProperty textProperty() {
        return text;
    }

    public StringProperty secretNameProperty() {
        return secretName;
    }

    public StringProperty secretKeyProperty() {
        return secretKey;
    }

    public StringProperty envVariableProperty() {
        return envVariable;
    }

    /** Whether a masked plain value is shown in clear; off again whenever the form opens. */
    public BooleanProperty revealedProperty() {
        return revealed;
    }

    /** Whether a reference resolves now, in words; never the value. */
    public ReadOnlyStringProperty resolutionProperty() {
        return resolution;
    }

    public ObservableList<FieldMessage> messages() {
        return messages;
    }

    // ---- commands ----

    /** The value source as the form stands. */
    public ItemValue value() {
        return switch (kind.get()) {
            case VALUE -> text.get().isEmpty() ? (emptyKeepsItem ? ItemValue.plain("") : ItemValue.UNSET)
                    : ItemValue.plain(text.get());
            case SECRET_REF -> new ItemValue.SecretRef(secretName.get(), secretKey.get());
            case ENV_REF -> new ItemValue.EnvRef(envVariable.get());
        };
    }

    void apply(ItemValue value) {
        if (value instanceof ItemValue.SecretRef r) {
            secretName.set(r.name());
            secretKey.set(r.key());
        } else if (value instanceof ItemValue.EnvRef e) {
            envVariable.set(e.variable());
        } else if (value instanceof ItemValue.Plain p) {
            text.set(p.text());
        } else {
            text.set("");
        }
        kind.set(SourceKind.of(value));
    }

    void setEmptyKeepsItem(boolean keeps) {
        emptyKeepsItem = keeps;
    }

    void setResolution(String sentence) {
        resolution.set(sentence);
    }
}
