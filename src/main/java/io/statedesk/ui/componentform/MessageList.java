package io.statedesk.ui.componentform;

import io.statedesk.component.form.FieldMessage;
import io.statedesk.ui.common.Icons;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The findings next to a field: errors in red, warnings in amber, each with what to do. */
final class MessageList {

    private MessageList() {
    }

    static VBox of(ObservableList<FieldMessage> messages, String id) {
        VBox box = new VBox(2);
        box.setId(id);
        Runnable fill = () -> {
            box.getChildren().setAll(messages.stream().map(MessageList::label).toList());
            box.setVisible(!messages.isEmpty());
            box.setManaged(!messages.isEmpty());
        };
        messages.addListener((ListChangeListener<FieldMessage>) change -> fill.run());
        fill.run();
        return box;
    }

    private static Label label(FieldMessage m) {
        Label label = new Label(m.text(), Icons.icon(m.isError() ? Feather.ALERT_CIRCLE : Feather.ALERT_TRIANGLE));
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add(m.isError() ? "form-error" : "form-warning");
        label.setAccessibleText((m.isError() ? "Error: " : "Warning: ") + m.text());
        return label;
    }
}
