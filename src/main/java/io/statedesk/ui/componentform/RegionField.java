package io.statedesk.ui.componentform;

import io.statedesk.component.form.FormField;
import io.statedesk.component.form.RegionChoices;
import io.statedesk.ui.common.Icons;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The region input: type a code or a place ("frank" finds eu-central-1, Europe (Frankfurt)) and pick from the list;
 * a file still using the deprecated {@code awsRegion} says so and offers the rename.
 */
final class RegionField {

    static final String LIST_ID = "region-list";
    static final String RENAME_ID = "region-rename";
    private static final int SHOWN = 12;

    private RegionField() {
    }

    static Node create(ComponentFormViewModel model, MetadataFieldModel field) {
        TextField input = new TextField();
        input.setId("field-" + FormField.REGION.name());
        input.setPromptText("Empty: the SDK's default region. Type a code or a place, e.g. eu-west-1, Frankfurt");
        input.textProperty().bindBidirectional(field.textProperty());
        ContextMenu suggestions = new ContextMenu();
        Button list = Icons.iconButton(Feather.CHEVRON_DOWN, "Choose from the AWS regions");
        list.setId(LIST_ID);
        list.setOnAction(e -> show(suggestions, input, field, model.regions("")));
        input.textProperty().addListener((obs, old, now) -> {
            boolean exact = RegionChoices.ALL.stream().anyMatch(c -> c.code().equals(now));
            if (input.isFocused() && !exact && now != null && !now.isBlank()) {
                show(suggestions, input, field, model.regions(now));
            } else {
                suggestions.hide();
            }
        });
        HBox row = new HBox(6, input, list);
        HBox.setHgrow(input, Priority.ALWAYS);
        Label alias = new Label();
        alias.getStyleClass().add("form-warning");
        alias.setWrapText(true);
        alias.textProperty().bind(model.regionItemNameProperty().map(name -> "This file writes the region as `"
                + name + "`, the deprecated alias that Dapr will drop."));
        Button rename = new Button("Rename to region");
        rename.setId(RENAME_ID);
        rename.setOnAction(e -> model.useRegionName());
        HBox aliasRow = new HBox(8, alias, rename);
        aliasRow.setAlignment(Pos.CENTER_LEFT);
        aliasRow.visibleProperty().bind(model.regionItemNameProperty().map(n -> !n.toLowerCase(Locale.ROOT)
                .equals("region")));
        aliasRow.managedProperty().bind(aliasRow.visibleProperty());
        return new VBox(4, row, aliasRow);
    }

    private static void show(ContextMenu menu, TextField input, MetadataFieldModel field,
                             List<RegionChoices.Choice> choices) {
        menu.getItems().setAll(choices.stream().limit(SHOWN).map(c -> {
            MenuItem item = new MenuItem(c.toString());
            item.setOnAction(e -> {
                field.textProperty().set(c.code());
                menu.hide();
            });
            return item;
        }).toList());
        if (choices.isEmpty()) {
            menu.hide();
        } else if (!menu.isShowing() && input.getScene() != null && input.getScene().getWindow() != null) {
            menu.show(input, Side.BOTTOM, 0, 0);
        }
    }
}
