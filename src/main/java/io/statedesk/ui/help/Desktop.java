package io.statedesk.ui.help;

import java.nio.file.Path;

/** What the Help menu asks of the desktop; view-model tests record the calls. */
public interface Desktop {

    /** Opens a folder in the file manager. */
    void openFolder(Path folder);

    /** Puts text on the clipboard. */
    void copy(String text);
}
