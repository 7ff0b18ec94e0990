package io.statedesk.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Opens a resizable dialog at its working size and keeps it on its screen. A resizable JavaFX dialog otherwise
 * opens at its minimum width, and a tall one can hang its buttons below the bottom of a small screen.
 */
public final class DialogSizing {

    private DialogSizing() {
    }

    public static void fit(Dialog<?> dialog, double width, double height) {
        dialog.setResizable(true);
        dialog.setOnShown(event -> {
            Window window = dialog.getDialogPane().getScene().getWindow();
            window.setWidth(Math.max(window.getWidth(), width));
            window.setHeight(Math.max(window.getHeight(), height));
            Rectangle2D screen = Screen.getScreensForRectangle(window.getX(), window.getY(),
                    Math.max(1, window.getWidth()), Math.max(1, window.getHeight())).stream().findFirst()
                    .orElse(Screen.getPrimary()).getVisualBounds();
            window.setWidth(Math.min(window.getWidth(), screen.getWidth()));
            window.setHeight(Math.min(window.getHeight(), screen.getHeight()));
            window.setX(Math.max(screen.getMinX(), Math.min(window.getX(), screen.getMaxX() - window.getWidth())));
            window.setY(Math.max(screen.getMinY(), Math.min(window.getY(), screen.getMaxY() - window.getHeight())));
        });
    }
}
