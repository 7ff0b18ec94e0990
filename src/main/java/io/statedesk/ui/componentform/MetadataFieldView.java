package io.statedesk.ui.componentform;

import io.statedesk.component.form.FormField;
import io.statedesk.component.form.SourceKind;
import io.statedesk.ui.common.Icons;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * One metadata field: its label, where the value comes from (value, secret reference, environment variable), the
 * input for that source, whether a reference resolves, and the findings about it.
 */
final class MetadataFieldView {

    private final ComponentFormViewModel model;
    private final MetadataFieldModel field;
    private final Label label;
    private final ComboBox<SourceKind> source;
    private final StackPane inputs;
    private final VBox below;

    /**
     * @param valueEditor the input for a plain value, or null for a text field (masked for credentials)
     */
    MetadataFieldView(ComponentFormViewModel model, FormField f, Function<MetadataFieldModel, Node> valueEditor) {
        this.model = model;
        this.field = model.field(f);
        label = new Label(f.label());
        label.getStyleClass().add("form-label");
        label.setTooltip(new Tooltip(f.help() + " (metadata item `" + f.itemName() + "`)"));
        source = new ComboBox<>(FXCollections.observableArrayList(SourceKind.values()));
        source.setId("source-" + f.name());
        source.setMaxWidth(Double.MAX_VALUE);
        source.valueProperty().bindBidirectional(field.kindProperty());
        source.setTooltip(new Tooltip("Where daprd takes the value from: written in the file, a secret of the"
                + " component's secret store (secretKeyRef), or an environment variable of daprd (envRef)"));
        Node value = valueEditor != null ? valueEditor.apply(field) : f.isSecret() ? masked(f) : plain(f);
        Node secret = secretReference(f);
        Node env = environment(f);
        show(value, SourceKind.VALUE);
        show(secret, SourceKind.SECRET_REF);
        show(env, SourceKind.ENV_REF);
        inputs = new StackPane(value, secret, env);
        inputs.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label resolution = new Label();
        resolution.setId("resolution-" + f.name());
        resolution.getStyleClass().add("form-resolved");
        resolution.setWrapText(true);
        resolution.textProperty().bind(field.resolutionProperty());
        resolution.visibleProperty().bind(Bindings.createBooleanBinding(() -> !field.resolutionProperty().get()
                .isEmpty() && field.kindProperty().get() != SourceKind.VALUE, field.resolutionProperty(),
                field.kindProperty()));
        resolution.managedProperty().bind(resolution.visibleProperty());
        below = new VBox(2, resolution, MessageList.of(field.messages(), "messages-" + f.name()));
    }

    /** Adds the field to a four-column grid; returns the next free row. */
    int addTo(GridPane grid, int row) {
        grid.add(label, 0, row);
        grid.add(source, 1, row);
        // Inputs that grow below their first line (key prefix, region) keep the label on that line.
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        GridPane.setValignment(source, javafx.geometry.VPos.TOP);
        label.setPadding(new javafx.geometry.Insets(7, 0, 0, 0));
        grid.add(inputs, 2, row);
        GridPane.setHgrow(inputs, Priority.ALWAYS);
        grid.add(below, 2, row + 1);
        return row + 2;
    }

    private void show(Node node, SourceKind kind) {
        node.visibleProperty().bind(field.kindProperty().isEqualTo(kind));
    }

    private Node plain(FormField f) {
        TextField input = new TextField();
        input.setId("field-" + f.name());
        input.setPromptText(prompt(f));
        input.textProperty().bindBidirectional(field.textProperty());
        return input;
    }

    /** Credentials typed into the file: masked until the reveal button is pressed. */
    private Node masked(FormField f) {
        PasswordField hidden = new PasswordField();
        hidden.setId("field-" + f.name());
        hidden.setPromptText(prompt(f));
        hidden.textProperty().bindBidirectional(field.textProperty());
        TextField shown = new TextField();
        shown.setId("revealed-" + f.name());
        shown.textProperty().bindBidirectional(field.textProperty());
        hidden.visibleProperty().bind(field.revealedProperty().not());
        hidden.managedProperty().bind(hidden.visibleProperty());
        shown.visibleProperty().bind(field.revealedProperty());
        shown.managedProperty().bind(shown.visibleProperty());
        ToggleButton reveal = new ToggleButton(null, Icons.icon(Feather.EYE));
        reveal.setId("reveal-" + f.name());
        reveal.setTooltip(new Tooltip("Show or hide the " + f.label().toLowerCase(java.util.Locale.ROOT)));
        reveal.setAccessibleText("Show or hide the value");
        reveal.getStyleClass().add("button-icon");
        reveal.selectedProperty().bindBidirectional(field.revealedProperty());
        HBox box = new HBox(6, hidden, shown, reveal);
        HBox.setHgrow(hidden, Priority.ALWAYS);
        HBox.setHgrow(shown, Priority.ALWAYS);
        return box;
    }

    private Node secretReference(FormField f) {
        ComboBox<String> name = new ComboBox<>();
        name.setId("secret-name-" + f.name());
        name.setEditable(true);
        name.setPromptText("Secret name");
        name.getEditor().textProperty().bindBidirectional(field.secretNameProperty());
        name.setOnShowing(e -> name.getItems().setAll(model.secretNames()));
        name.setMaxWidth(Double.MAX_VALUE);
        ComboBox<String> key = new ComboBox<>();
        key.setId("secret-key-" + f.name());
        key.setEditable(true);
        key.setPromptText("Key (empty: the name)");
        key.getEditor().textProperty().bindBidirectional(field.secretKeyProperty());
        key.setOnShowing(e -> key.getItems().setAll(model.secretKeys(field.secretNameProperty().get())));
        key.setMaxWidth(Double.MAX_VALUE);
        Label store = new Label();
        store.getStyleClass().add("form-note");
        store.textProperty().bind(Bindings.createStringBinding(() -> model.secretStoreProperty().get().isEmpty()
                ? "no secret store chosen" : "in " + model.secretStoreProperty().get(), model.secretStoreProperty()));
        HBox box = new HBox(6, name, key, store);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox.setHgrow(key, Priority.ALWAYS);
        return box;
    }

    private Node environment(FormField f) {
        TextField variable = new TextField();
        variable.setId("env-" + f.name());
        variable.setPromptText("Environment variable of daprd, e.g. " + (f.isSecret() ? "AWS_SECRET_ACCESS_KEY"
                : "DYNAMODB_TABLE"));
        variable.textProperty().bindBidirectional(field.envVariableProperty());
        return variable;
    }

    private static String prompt(FormField f) {
        return switch (f) {
            case TABLE -> "dapr-state";
            case ENDPOINT -> "Empty for AWS; http://localhost:8000 for DynamoDB Local";
            case PARTITION_KEY -> "key (default)";
            case TTL_ATTRIBUTE_NAME -> "Empty: no TTL; e.g. expiresAt";
            case ACCESS_KEY, SECRET_KEY -> "Empty: the AWS default credential chain";
            case SESSION_TOKEN -> "Only with temporary keys";
            default -> "";
        };
    }
}
