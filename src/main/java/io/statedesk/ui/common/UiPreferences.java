package io.statedesk.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Window size, divider positions, theme and recent files, in a small properties file in the app data folder.
 * Never a secret: only paths and layout numbers are stored.
 */
public final class UiPreferences {

    private static final int RECENT_LIMIT = 8;

    private final Path file;
    private final Properties values = new Properties();

    public UiPreferences(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException damaged) {
                values.clear();
            }
        }
    }

    public double number(String name, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(name, Double.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void setNumber(String name, double value) {
        values.setProperty(name, Double.toString(value));
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(values.getProperty(name, "false"));
    }

    public void setFlag(String name, boolean value) {
        values.setProperty(name, Boolean.toString(value));
    }

    public List<Path> recent() {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < RECENT_LIMIT; i++) {
            String path = values.getProperty("recent." + i);
            if (path != null) {
                recent.add(Path.of(path));
            }
        }
        return recent;
    }

    public void addRecent(Path path) {
        List<Path> recent = new ArrayList<>(recent());
        recent.remove(path.toAbsolutePath());
        recent.add(0, path.toAbsolutePath());
        for (int i = 0; i < RECENT_LIMIT; i++) {
            if (i < recent.size()) {
                values.setProperty("recent." + i, recent.get(i).toString());
            } else {
                values.remove("recent." + i);
            }
        }
    }

    /** Saves quietly: losing a window size is not worth an error dialog. */
    public void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                values.store(out, "StateDesk window preferences");
            }
        } catch (IOException ignored) {
            // preferences are a convenience
        }
    }
}
