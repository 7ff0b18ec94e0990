package io.statedesk.ui.search;

import io.statedesk.ui.common.Icons;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/** The search field of the key table's toolbar: what to search (keys, value text, JSON query) and the text. */
public final class SearchBar {

    public static final String MODE_ID = "search-mode";
    public static final String RUN_ID = "search-run";
    public static final String CLEAR_ID = "search-clear";
    public static final String MATCH_CASE_ID = "search-match-case";

    private final HBox root;
    private final TextField field = new TextField();

    /** @param fieldId the text field's id (the key filter's, which tests and shortcuts use) */
    public SearchBar(SearchBarViewModel model, String fieldId) {
        ComboBox<SearchMode> mode = new ComboBox<>();
        mode.getItems().setAll(SearchMode.values());
        mode.setId(MODE_ID);
        mode.valueProperty().bindBidirectional(model.modeProperty());
        mode.setTooltip(new Tooltip("Key contains: filter the keys already listed. Value contains and JSON query "
                + "(JMESPath): scan the table and list the keys whose value matches; binary and encrypted values "
                + "are skipped and counted."));
        mode.setMinWidth(Region.USE_PREF_SIZE);
        mode.setPrefWidth(150); // "Value contains" whole at the default font

        field.setId(fieldId);
        field.setPrefColumnCount(20);
        // the query is what the user reads back: it keeps its room before the table's name does
        field.setMinWidth(200);
        HBox.setHgrow(field, javafx.scene.layout.Priority.SOMETIMES);
        field.textProperty().bindBidirectional(model.textProperty());
        field.promptTextProperty().bind(Bindings.createStringBinding(() -> model.modeProperty().get().prompt(),
                model.modeProperty()));
        field.setOnAction(event -> model.apply());
        Tooltip help = new Tooltip();
        help.textProperty().bind(Bindings.createStringBinding(() -> model.problemProperty().get().isEmpty()
                ? tooltip(model.modeProperty().get()) : model.problemProperty().get(),
                model.problemProperty(), model.modeProperty()));
        help.setWrapText(true);
        help.setMaxWidth(420);
        field.setTooltip(help);
        model.problemProperty().addListener((obs, old, now) -> {
            field.getStyleClass().remove("danger");
            if (!now.isEmpty()) {
                field.getStyleClass().add("danger");
            }
        });

        ToggleButton matchCase = new ToggleButton("Aa");
        matchCase.setId(MATCH_CASE_ID);
        matchCase.selectedProperty().bindBidirectional(model.matchCaseProperty());
        matchCase.setTooltip(new Tooltip("Match case. DynamoDB can only filter text values case-sensitively before "
                + "sending them; with any case, every value is sent and compared here (the read cost is the same)."));
        matchCase.visibleProperty().bind(model.modeProperty().isEqualTo(SearchMode.VALUE_TEXT));
        matchCase.managedProperty().bind(matchCase.visibleProperty());
        matchCase.setMinWidth(Region.USE_PREF_SIZE);

        Button run = Icons.iconButton(Feather.SEARCH, "Search the table's values (Enter)");
        run.setId(RUN_ID);
        run.setOnAction(event -> model.apply());
        run.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.modeProperty().get().readsValues(),
                model.modeProperty()));
        run.managedProperty().bind(run.visibleProperty());
        run.setMinWidth(Region.USE_PREF_SIZE);

        Button clear = Icons.iconButton(Feather.X, "End the search: list every key again");
        clear.setId(CLEAR_ID);
        clear.setOnAction(event -> model.clear());
        clear.setMinWidth(Region.USE_PREF_SIZE);

        root = new HBox(4, mode, field, matchCase, run, clear);
        root.setAlignment(Pos.CENTER_LEFT);
    }

    private static String tooltip(SearchMode mode) {
        return switch (mode) {
            case KEYS -> "Filter the loaded keys by any part of the key as you type; Enter finds an exact stored key "
                    + "(one read, no scan)";
            case VALUE_TEXT -> "Scan the table (with the key prefix) for values containing this text; Enter runs it";
            case JSON_QUERY -> "A JMESPath expression on JSON values, true to match: status == 'pending', "
                    + "items[?qty > `10`] (numbers in backticks, text in single quotes). Enter runs it";
        };
    }

    public HBox root() {
        return root;
    }

    public TextField field() {
        return field;
    }
}
