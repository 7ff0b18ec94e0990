package io.statedesk.ui.componentform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.stage.Window;

/** Opens component forms for the main window: File > New component… and Edit component… of a tab. */
public final class ComponentFormWindows {

    private final Supplier<Window> owner;
    private final FormServices services;
    private final Supplier<Path> defaultFolder;
    private final String stylesheet;
    private final List<ComponentFormWindow> open = new ArrayList<>();

    /**
     * @param defaultFolder where a new component goes when no open component suggests a folder
     * @param stylesheet    the app's stylesheet URL, or null
     */
    public ComponentFormWindows(Supplier<Window> owner, FormServices services, Supplier<Path> defaultFolder,
                                String stylesheet) {
        this.owner = owner;
        this.services = services;
        this.defaultFolder = defaultFolder;
        this.stylesheet = stylesheet;
    }

    /** A form for a new component, saved to {@code folder} (or the default folder when null). */
    public ComponentFormWindow newComponent(Path folder) {
        return show(ComponentFormViewModel.newComponent(folder != null ? folder : defaultFolder.get(), services));
    }

    /** A form for the component whose document starts at {@code documentLine} of {@code file}. */
    public ComponentFormWindow edit(Path file, int documentLine, String name) {
        return show(ComponentFormViewModel.edit(file, documentLine, name, services));
    }

    /** The forms open now, oldest first. */
    public List<ComponentFormWindow> open() {
        return List.copyOf(open);
    }

    /**
     * Closes every form, asking about unsaved changes; stops at the first form the user keeps open.
     *
     * @return true when no form is open any more (the main window may close)
     */
    public boolean closeAll() {
        for (ComponentFormWindow window : List.copyOf(open)) {
            if (!window.close()) {
                return false;
            }
        }
        return true;
    }

    private ComponentFormWindow show(ComponentFormViewModel model) {
        ComponentFormWindow window = new ComponentFormWindow(model, owner.get(), stylesheet);
        open.add(window);
        window.stage().setOnHidden(e -> open.remove(window));
        window.show();
        return window;
    }
}
