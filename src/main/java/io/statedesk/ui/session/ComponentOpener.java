package io.statedesk.ui.session;

import java.nio.file.Path;
import java.util.List;

/** Finds and opens components; implemented by the app over the component layer. Both calls do I/O. */
public interface ComponentOpener {

    /** Every component in the file or folder, with its validation findings. */
    List<ComponentChoice> list(Path fileOrFolder);

    /**
     * Connects the way daprd would (credentials, region, endpoint, the start-up probe and the table check) and
     * returns the open session; fails with one clear message saying what is wrong and what to do.
     */
    StoreSession open(ComponentChoice choice);
}
