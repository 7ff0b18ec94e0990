package io.statedesk.sandbox;

import java.nio.file.Path;
import java.util.Locale;

/** Where StateDesk keeps its own files: the sandbox database, the write history, preferences. */
public final class AppDataFolder {

    /** Tests and portable installs point this system property at another folder. */
    public static final String OVERRIDE_PROPERTY = "statedesk.home";

    private AppDataFolder() {
    }

    public static Path resolve() {
        String override = System.getProperty(OVERRIDE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData/Roaming")).resolve("StateDesk");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/StateDesk");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("statedesk");
    }
}
