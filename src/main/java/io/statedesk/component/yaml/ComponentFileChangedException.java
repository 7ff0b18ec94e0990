package io.statedesk.component.yaml;

import java.io.IOException;
import java.nio.file.Path;

/** The file on disk changed since it was loaded: saving would overwrite someone else's edit. */
public final class ComponentFileChangedException extends IOException {

    private static final long serialVersionUID = 1L;

    public ComponentFileChangedException(Path file) {
        super("The file " + file + " changed on disk since it was loaded; reload it before saving.");
    }
}
