package io.statedesk.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Buttons with an icon always carry a tooltip: an icon alone does not say what it does. */
public final class Icons {

    private Icons() {
    }

    public static FontIcon icon(Ikon ikon) {
        return new FontIcon(ikon);
    }

    public static Button button(Ikon ikon, String text, String tooltip) {
        Button button = new Button(text, icon(ikon));
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }

    public static Button iconButton(Ikon ikon, String tooltip) {
        Button button = new Button(null, icon(ikon));
        button.setTooltip(new Tooltip(tooltip));
        button.getStyleClass().add("button-icon");
        button.setAccessibleText(tooltip);
        return button;
    }
}
