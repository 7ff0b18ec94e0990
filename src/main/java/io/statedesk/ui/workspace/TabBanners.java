package io.statedesk.ui.workspace;

import io.statedesk.session.ConnectionColour;
import io.statedesk.session.StoreSession;
import io.statedesk.ui.common.Icons;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The lines above a tab's toolbar: where it points (the sandbox, or a coloured remote connection) and read-only. */
final class TabBanners {

    static final String CONNECTION_BANNER_ID = "connection-banner";

    private TabBanners() {
    }

    static VBox of(StoreTabViewModel model) {
        VBox banners = new VBox();
        StoreSession session = model.session();
        if (session.sandbox()) {
            banners.getChildren().add(sandbox(session));
        }
        ConnectionColour.of(session).ifPresent(colour -> banners.getChildren().add(connection(model, colour)));
        banners.getChildren().add(readOnly(model));
        return banners;
    }

    private static HBox sandbox(StoreSession session) {
        String server = session.serverDescription().isEmpty() ? "a local DynamoDB" : session.serverDescription();
        String notice = session.notice().isEmpty() ? "" : " " + session.notice();
        Label sandbox = new Label("Sandbox: sample Dapr state on " + server + " at " + session.location()
                + ", on this computer only. Edit freely; File > Reset sandbox starts over." + notice);
        // One line, whatever the window's width (the rest in the tooltip): the panes below keep their room.
        sandbox.setMinWidth(0);
        sandbox.setTooltip(wrapping(sandbox.getText()));
        sandbox.setId(StoreTabView.SANDBOX_BANNER_ID);
        sandbox.setGraphic(Icons.icon(Feather.BOX));
        sandbox.getStyleClass().addAll("banner", "banner-sandbox");
        sandbox.setMaxWidth(Double.MAX_VALUE);
        Button copy = Icons.iconButton(Feather.COPY, "Copy the endpoint, to point a local daprd at it");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(session.location());
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox row = new HBox(8, sandbox, copy);
        HBox.setHgrow(sandbox, Priority.ALWAYS);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("banner-row");
        return row;
    }

    /** A stripe in the connection's own colour, so that the account a write goes to is never in doubt. */
    private static HBox connection(StoreTabViewModel model, String colour) {
        Label where = new Label();
        where.setId(CONNECTION_BANNER_ID);
        where.setGraphic(Icons.icon(Feather.GLOBE));
        where.getStyleClass().add("banner");
        where.setMaxWidth(Double.MAX_VALUE);
        where.setMinWidth(0);
        where.textProperty().bind(model.readOnlyProperty().map(readOnly -> (readOnly ? "Remote (read-only): "
                : "Remote, WRITES ALLOWED: ") + model.session().location()));
        where.setStyle("-fx-text-fill: white;");
        ((org.kordamp.ikonli.javafx.FontIcon) where.getGraphic()).setIconColor(javafx.scene.paint.Color.WHITE);
        HBox row = new HBox(8, where);
        HBox.setHgrow(where, Priority.ALWAYS);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll("banner-row", "banner-connection");
        row.setStyle("-fx-background-color: " + colour + ";");
        return row;
    }

    private static Tooltip wrapping(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(560);
        return tooltip;
    }

    private static HBox readOnly(StoreTabViewModel model) {
        StoreSession session = model.session();
        Label readOnly = new Label();
        readOnly.setId(StoreTabView.READ_ONLY_BANNER_ID);
        readOnly.setGraphic(Icons.icon(Feather.LOCK));
        readOnly.getStyleClass().addAll("banner", "banner-read-only");
        readOnly.setMaxWidth(Double.MAX_VALUE);
        readOnly.setMinWidth(0);
        readOnly.setText(session.realAws()
                ? "Read-only: this component points at real AWS (" + session.location()
                        + "). Writes are refused until you allow them."
                : "Read-only: writes are refused.");
        readOnly.setTooltip(wrapping(readOnly.getText()));
        Button allow = new Button("Allow writes…", Icons.icon(Feather.UNLOCK));
        allow.setTooltip(new Tooltip("Allow writes to this table for this session (asks first)"));
        allow.setOnAction(event -> model.setWritesAllowed(true));
        allow.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox readOnlyRow = new HBox(8, readOnly, allow);
        HBox.setHgrow(readOnly, Priority.ALWAYS);
        readOnlyRow.setAlignment(Pos.CENTER_LEFT);
        readOnlyRow.getStyleClass().add("banner-row");
        readOnlyRow.visibleProperty().bind(model.readOnlyProperty());
        readOnlyRow.managedProperty().bind(readOnlyRow.visibleProperty());
        return readOnlyRow;
    }
}
