package io.statedesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a static layout: {@code Name.fxml} beside its view class (in the resources, same package path). The file
 * names its controller; the controller is made here by the caller's factory, which hands it the view model, so that
 * controllers never look anything up.
 */
public final class Fxml {

    private Fxml() {
    }

    /** A loaded layout and its controller. */
    public record Loaded<N extends Parent, C>(N root, C controller) {
    }

    /**
     * @param viewClass      the class whose package holds the file
     * @param name           the file's name without {@code .fxml}
     * @param controllerType the controller the file names (checked: a file that names another fails at once)
     * @param controller     makes the controller, with its view model
     */
    public static <N extends Parent, C> Loaded<N, C> load(Class<?> viewClass, String name, Class<C> controllerType,
                                                          Supplier<C> controller) {
        URL location = viewClass.getResource(name + ".fxml");
        if (location == null) {
            throw new IllegalStateException(name + ".fxml is missing beside " + viewClass.getName());
        }
        FXMLLoader loader = new FXMLLoader(location);
        loader.setControllerFactory(type -> {
            if (type != controllerType) {
                throw new IllegalStateException(name + ".fxml names the controller " + type.getName() + ", not "
                        + controllerType.getName());
            }
            return controller.get();
        });
        try {
            N root = loader.load();
            return new Loaded<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + location + ": " + e.getMessage(), e);
        }
    }
}
