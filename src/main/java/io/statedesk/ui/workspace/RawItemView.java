package io.statedesk.ui.workspace;

import io.statedesk.engine.model.RawAttribute;
import io.statedesk.engine.model.RawItem;
import io.statedesk.ui.common.DialogSizing;
import io.statedesk.ui.common.Icons;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * The whole item as DynamoDB holds it: every attribute with its type (what daprd wrote, and anything an app or a
 * tool added), and the item in DynamoDB JSON to copy. Read-only.
 */
public final class RawItemView extends Dialog<Void> {

    public static final String TABLE_ID = "raw-attributes";
    public static final String JSON_ID = "raw-json";

    public RawItemView(String key, RawItem item, Window owner) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Raw item " + key);
        setHeaderText("\"" + key + "\" as DynamoDB holds it: " + item.attributes().size() + " attributes");

        TableView<RawAttribute> table = new TableView<>();
        table.setId(TABLE_ID);
        table.getColumns().add(column("Attribute", 130, RawAttribute::name));
        TableColumn<RawAttribute, String> type = column("Type", 64, RawAttribute::type);
        type.setMinWidth(64);
        table.getColumns().add(type);
        TableColumn<RawAttribute, String> value = column("Value", 520, RawAttribute::value);
        table.getColumns().add(value);
        table.getItems().setAll(item.attributes());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        table.setFixedCellSize(30);
        table.setPrefHeight(40 + 30 * Math.min(8, item.attributes().size()));
        table.setMinHeight(40 + 30 * Math.min(3, item.attributes().size()));

        TextArea json = new TextArea(item.dynamoDbJson());
        json.setId(JSON_ID);
        json.setEditable(false);
        json.getStyleClass().add("code");
        json.setPrefRowCount(12);
        Button copy = Icons.button(Feather.COPY, "Copy as DynamoDB JSON", "Copy the item as aws dynamodb get-item"
                + " prints it");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(item.dynamoDbJson());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Label note = new Label("S is text, N a number as written, B bytes (shown as base64). daprd writes the key, "
                + "value (S or B), etag (S) and the TTL attribute (N) when set.");
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        HBox jsonHead = new HBox(8, new Label("DynamoDB JSON"), copy);
        jsonHead.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox jsonBox = new VBox(6, jsonHead, json);
        jsonBox.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        VBox.setVgrow(json, javafx.scene.layout.Priority.ALWAYS);
        VBox attributes = new VBox(6, table, note);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        SplitPane split = new SplitPane(attributes, jsonBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        split.setPrefSize(800, 560);
        getDialogPane().setContent(split);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        DialogSizing.fit(this, 820, 660);
        getDialogPane().getStylesheets().add(RawItemView.class.getResource("/io/statedesk/ui/statedesk.css")
                .toExternalForm());
    }

    private static TableColumn<RawAttribute, String> column(String title, double width,
            java.util.function.Function<RawAttribute, String> text) {
        TableColumn<RawAttribute, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }
}
