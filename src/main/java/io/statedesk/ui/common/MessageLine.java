package io.statedesk.ui.common;

import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;

/**
 * One line for a message of any length: the start on the line, the whole in the tooltip, and a button that shows
 * it in full (selectable, to copy). With a dismiss action it also has a close button.
 */
public final class MessageLine {

    /** From this length on a message may not fit its line, so the "whole message" button shows. */
    static final int LONG = 90;

    private final HBox root = new HBox(4);
    private final Label label = new Label();

    /**
     * @param showFull shows (title, text) in full; the window passes its DialogService's showText
     * @param dismiss  clears the message, or null when it cannot be dismissed
     */
    public MessageLine(String id, String title, ReadOnlyStringProperty text, ReadOnlyBooleanProperty problem,
            BiConsumer<String, String> showFull, Runnable dismiss) {
        label.setId(id);
        label.textProperty().bind(text);
        label.setTextOverrun(OverrunStyle.ELLIPSIS);
        label.setMinWidth(0);
        HBox.setHgrow(label, Priority.ALWAYS);
        label.setMaxWidth(Double.MAX_VALUE);
        Tooltip full = new Tooltip();
        full.setWrapText(true);
        full.setMaxWidth(640);
        full.textProperty().bind(text);
        label.setTooltip(full);
        if (problem != null) {
            problem.addListener((obs, was, now) -> style(now));
            style(problem.get());
        }
        Button more = Icons.iconButton(Feather.MAXIMIZE_2, "Show the whole message");
        more.getStyleClass().add("small");
        more.setOnAction(event -> showFull.accept(title, text.get()));
        more.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> text.get() != null && (text.get().length() > LONG || text.get().contains("\n")), text));
        more.managedProperty().bind(more.visibleProperty());
        root.getChildren().addAll(label, more);
        if (dismiss != null) {
            Button close = Icons.iconButton(Feather.X, "Dismiss this message");
            close.getStyleClass().add("small");
            close.setOnAction(event -> dismiss.run());
            close.visibleProperty().bind(text.isNotEmpty());
            close.managedProperty().bind(close.visibleProperty());
            root.getChildren().add(close);
        }
        root.setAlignment(Pos.CENTER_LEFT);
        root.setMinWidth(0);
        root.visibleProperty().bind(text.isNotEmpty());
        root.managedProperty().bind(root.visibleProperty());
    }

    private void style(boolean isProblem) {
        label.getStyleClass().remove("danger");
        if (isProblem) {
            label.getStyleClass().add("danger");
        }
    }

    public HBox root() {
        return root;
    }

    public Label label() {
        return label;
    }
}
