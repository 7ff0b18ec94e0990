package io.statedesk.ui.shell;

import io.statedesk.ui.common.UiPreferences;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window's size, position and maximised state, kept across runs in the UI preferences. A remembered
 * place that no screen shows any more (a monitor unplugged) falls back to the default, centred; a size larger than
 * the screen is made to fit it.
 */
public final class WindowGeometry {

    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;
    public static final double MIN_WIDTH = 800;
    public static final double MIN_HEIGHT = 500;
    /** How much of the window must lie on a screen for its remembered place to count as visible. */
    private static final double VISIBLE = 120;

    private WindowGeometry() {
    }

    /** Puts the stage where it was last time (or at the default size, centred); call before showing it. */
    public static void restore(Stage stage, UiPreferences preferences) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        Rectangle2D place = place(preferences.number("window.x", Double.NaN), preferences.number("window.y",
                Double.NaN), preferences.number("window.width", DEFAULT_WIDTH),
                preferences.number("window.height", DEFAULT_HEIGHT), screens, primary);
        stage.setMinWidth(Math.min(MIN_WIDTH, primary.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, primary.getHeight()));
        stage.setX(place.getMinX());
        stage.setY(place.getMinY());
        stage.setWidth(place.getWidth());
        stage.setHeight(place.getHeight());
        stage.setMaximized(preferences.flag("window.maximized"));
    }

    /**
     * Where the window goes: the remembered place when a screen shows enough of it, else centred on the primary
     * screen; in both cases no larger than that screen and no smaller than the minimum.
     */
    static Rectangle2D place(double x, double y, double width, double height, List<Rectangle2D> screens,
            Rectangle2D primary) {
        double w = Double.isNaN(width) || width < MIN_WIDTH ? DEFAULT_WIDTH : width;
        double h = Double.isNaN(height) || height < MIN_HEIGHT ? DEFAULT_HEIGHT : height;
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            for (Rectangle2D screen : screens) {
                double visibleWidth = Math.min(x + w, screen.getMaxX()) - Math.max(x, screen.getMinX());
                double visibleHeight = Math.min(y + h, screen.getMaxY()) - Math.max(y, screen.getMinY());
                if (visibleWidth >= VISIBLE && visibleHeight >= VISIBLE / 3 && y >= screen.getMinY() - 1) {
                    double fitW = Math.min(w, screen.getWidth());
                    double fitH = Math.min(h, screen.getHeight());
                    double fitX = Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - fitW));
                    double fitY = Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - fitH));
                    return new Rectangle2D(fitX, fitY, fitW, fitH);
                }
            }
        }
        double fitW = Math.min(w, primary.getWidth());
        double fitH = Math.min(h, primary.getHeight());
        return new Rectangle2D(primary.getMinX() + (primary.getWidth() - fitW) / 2,
                primary.getMinY() + (primary.getHeight() - fitH) / 2, fitW, fitH);
    }

    /**
     * Follows the stage's size and place while it is neither maximised nor minimised, so that a window closed
     * maximised comes back maximised and, once restored, at its earlier size.
     */
    public static void track(Stage stage, UiPreferences preferences) {
        Runnable note = () -> {
            if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen() && stage.isShowing()) {
                preferences.setNumber("window.x", stage.getX());
                preferences.setNumber("window.y", stage.getY());
                preferences.setNumber("window.width", stage.getWidth());
                preferences.setNumber("window.height", stage.getHeight());
            }
        };
        stage.xProperty().addListener((obs, old, now) -> note.run());
        stage.yProperty().addListener((obs, old, now) -> note.run());
        stage.widthProperty().addListener((obs, old, now) -> note.run());
        stage.heightProperty().addListener((obs, old, now) -> note.run());
        stage.maximizedProperty().addListener((obs, old, now) -> preferences.setFlag("window.maximized", now));
        stage.setOnShown(event -> note.run());
    }
}
