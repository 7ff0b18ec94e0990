package io.statedesk.ui.componentform;

import io.statedesk.component.form.FieldMessage;
import io.statedesk.component.form.FormField;
import io.statedesk.component.form.FormState;
import io.statedesk.component.model.DynamoDbFields;
import io.statedesk.component.yaml.ItemValue;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The form's inputs as properties the view binds to, turned into a {@link FormState} and back. Every input reports
 * its changes to one listener with the input itself, which the undo history uses to merge typing.
 */
final class FormInputs {

    final StringProperty name = new SimpleStringProperty("");
    final StringProperty namespace = new SimpleStringProperty("");
    final StringProperty secretStore = new SimpleStringProperty("");
    final StringProperty scopes = new SimpleStringProperty("");
    final StringProperty regionItemName = new SimpleStringProperty(DynamoDbFields.REGION);
    final Map<FormField, MetadataFieldModel> fields;
    final Map<FormField, ObservableList<FieldMessage>> messages;

    private boolean applying;

    FormInputs(Consumer<Object> onEdit) {
        EnumMap<FormField, MetadataFieldModel> f = new EnumMap<>(FormField.class);
        EnumMap<FormField, ObservableList<FieldMessage>> m = new EnumMap<>(FormField.class);
        for (FormField field : FormField.values()) {
            if (field.isMetadata()) {
                MetadataFieldModel model = new MetadataFieldModel(field);
                f.put(field, model);
                m.put(field, model.messages());
                for (ObservableValue<?> input : List.of(model.kindProperty(), model.textProperty(),
                        model.secretNameProperty(), model.secretKeyProperty(), model.envVariableProperty())) {
                    input.addListener((obs, old, now) -> edited(onEdit, input));
                }
            } else {
                m.put(field, FXCollections.observableArrayList());
            }
        }
        fields = Collections.unmodifiableMap(f);
        messages = Collections.unmodifiableMap(m);
        // Change listeners, not invalidation listeners: every set is reported, read or not.
        for (StringProperty input : List.of(name, namespace, secretStore, scopes, regionItemName)) {
            input.addListener((obs, old, now) -> edited(onEdit, input));
        }
    }

    private void edited(Consumer<Object> onEdit, Object input) {
        if (!applying) {
            onEdit.accept(input);
        }
    }

    FormState snapshot() {
        EnumMap<FormField, ItemValue> values = new EnumMap<>(FormField.class);
        fields.forEach((f, model) -> values.put(f, model.value()));
        return new FormState(name.get(), namespace.get(), secretStore.get(), FormState.parseScopes(scopes.get()),
                values, regionItemName.get());
    }

    /** Shows a state without reporting edits. */
    void apply(FormState state) {
        applying = true;
        try {
            name.set(state.name());
            namespace.set(state.namespace());
            secretStore.set(state.secretStore());
            if (!FormState.parseScopes(scopes.get()).equals(state.scopes())) {
                scopes.set(String.join(", ", state.scopes()));
            }
            regionItemName.set(state.regionItemName());
            fields.forEach((f, model) -> model.apply(state.value(f)));
        } finally {
            applying = false;
        }
    }

    /** A file whose item has an empty value keeps it when the input is empty; elsewhere empty removes the item. */
    void keepEmptyItemsOf(FormState baseline) {
        fields.forEach((f, model) -> model.setEmptyKeepsItem(baseline.value(f) instanceof ItemValue.Plain p
                && p.text().isEmpty()));
    }

    MetadataFieldModel field(FormField f) {
        return fields.get(f);
    }
}
