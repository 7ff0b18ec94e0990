package io.statedesk.ui.help;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The desktop of view-model and window tests: remembers what it was asked to open and copy. */
public final class RecordingDesktop implements Desktop {

    public final List<Path> opened = new ArrayList<>();
    public final List<String> copied = new ArrayList<>();

    @Override
    public void openFolder(Path folder) {
        opened.add(folder);
    }

    @Override
    public void copy(String text) {
        copied.add(text);
    }
}
