package io.statedesk.ui.componentform;

import io.statedesk.component.form.FormField;
import io.statedesk.component.form.StoredKeyExample;
import io.statedesk.engine.model.KeyPrefix;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** daprd's keyPrefix strategies, a custom prefix, and the live example of the key daprd stores. */
final class KeyPrefixEditor {

    static final String STRATEGY_ID = "keyprefix-strategy";
    static final String EXAMPLE_ID = "form-example";

    private KeyPrefixEditor() {
    }

    static Node create(ComponentFormViewModel model, MetadataFieldModel field) {
        ComboBox<KeyPrefix.Strategy> strategy = new ComboBox<>(FXCollections.observableArrayList(
                KeyPrefix.Strategy.values()));
        strategy.setId(STRATEGY_ID);
        strategy.setConverter(new StringConverter<>() {
            @Override
            public String toString(KeyPrefix.Strategy s) {
                return s == null ? "" : switch (s) {
                    case APPID -> "appid (default)";
                    case NAME -> "name (component name)";
                    case NAMESPACE -> "namespace";
                    case NONE -> "none";
                    case CUSTOM -> "custom prefix";
                };
            }

            @Override
            public KeyPrefix.Strategy fromString(String text) {
                return null;
            }
        });
        strategy.setValue(model.keyPrefixStrategyProperty().get());
        model.keyPrefixStrategyProperty().addListener((obs, old, now) -> strategy.setValue(now));
        strategy.setOnAction(e -> {
            if (strategy.getValue() != null) {
                model.setKeyPrefixStrategy(strategy.getValue());
            }
        });
        TextField custom = new TextField();
        custom.setId("field-" + FormField.KEY_PREFIX.name());
        custom.setPromptText("Prefix; daprd lower-cases it");
        custom.textProperty().bindBidirectional(field.textProperty());
        custom.visibleProperty().bind(model.keyPrefixStrategyProperty().isEqualTo(KeyPrefix.Strategy.CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());
        HBox choice = new HBox(6, strategy, custom);
        HBox.setHgrow(custom, Priority.ALWAYS);

        TextField app = new TextField();
        app.setId("example-app");
        app.setPrefColumnCount(6);
        app.textProperty().bindBidirectional(model.exampleAppIdProperty());
        TextField key = new TextField();
        key.setId("example-key");
        key.setPrefColumnCount(6);
        key.textProperty().bindBidirectional(model.exampleKeyProperty());
        Label stored = new Label();
        stored.setId(EXAMPLE_ID);
        stored.getStyleClass().add("form-example");
        stored.textProperty().bind(Bindings.createStringBinding(() -> model.exampleProperty().get() == null ? ""
                : model.exampleProperty().get().storedKey(), model.exampleProperty()));
        HBox exampleRow = new HBox(6, fixed("Example: app"), app, fixed("saves key"), key, fixed("→ daprd stores"),
                stored);
        exampleRow.setAlignment(Pos.CENTER_LEFT);
        stored.setMinWidth(Label.USE_PREF_SIZE);
        Label explanation = new Label();
        explanation.getStyleClass().add("form-note");
        explanation.setWrapText(true);
        explanation.textProperty().bind(Bindings.createStringBinding(() -> {
            StoredKeyExample e = model.exampleProperty().get();
            if (e == null) {
                return "";
            }
            return e.explanation() + (e.actorKey().isEmpty() ? "" : " Actor state ignores keyPrefix: "
                    + e.actorKey() + ".");
        }, model.exampleProperty()));
        return new VBox(4, choice, exampleRow, explanation);
    }

    private static Label fixed(String text) {
        Label label = new Label(text);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }
}
