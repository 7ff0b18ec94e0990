package io.statedesk.folders;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where StateDesk keeps its own files, by each OS's convention: settings in the config folder, the sandbox and the
 * write history in the data folder, logs in the log folder.
 *
 * <table>
 * <tr><th></th><th>config</th><th>data</th><th>logs</th></tr>
 * <tr><td>Linux</td><td>$XDG_CONFIG_HOME/statedesk (~/.config)</td><td>$XDG_DATA_HOME/statedesk (~/.local/share)</td>
 * <td>$XDG_STATE_HOME/statedesk/logs (~/.local/state)</td></tr>
 * <tr><td>macOS</td><td colspan="2">~/Library/Application Support/StateDesk</td><td>~/Library/Logs/StateDesk</td></tr>
 * <tr><td>Windows</td><td>%APPDATA%\StateDesk (roams)</td><td>%LOCALAPPDATA%\StateDesk (stays: the sandbox
 * database, history)</td><td>%LOCALAPPDATA%\StateDesk\logs</td></tr>
 * </table>
 *
 * <p>The system property {@value #OVERRIDE_PROPERTY} puts all three in one folder (tests, portable installs).
 */
public record AppFolders(Path config, Path data, Path logs) {

    public static final String OVERRIDE_PROPERTY = "statedesk.home";

    /** The folders of this process: the override property, else the OS's convention for this user. */
    public static AppFolders current() {
        return of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")),
                System.getProperty(OVERRIDE_PROPERTY));
    }

    /** The folders for an OS, an environment and a home folder; {@code override} (may be null) wins. */
    public static AppFolders of(String osName, Map<String, String> environment, Path home, String override) {
        if (override != null && !override.isBlank()) {
            Path folder = Path.of(override);
            return new AppFolders(folder, folder, folder.resolve("logs"));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path roaming = variable(environment, "APPDATA", home.resolve("AppData").resolve("Roaming"));
            Path local = variable(environment, "LOCALAPPDATA", home.resolve("AppData").resolve("Local"));
            return new AppFolders(roaming.resolve("StateDesk"), local.resolve("StateDesk"),
                    local.resolve("StateDesk").resolve("logs"));
        }
        if (os.contains("mac")) {
            Path support = home.resolve("Library").resolve("Application Support").resolve("StateDesk");
            return new AppFolders(support, support, home.resolve("Library").resolve("Logs").resolve("StateDesk"));
        }
        return new AppFolders(
                variable(environment, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("statedesk"),
                variable(environment, "XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve("statedesk"),
                variable(environment, "XDG_STATE_HOME", home.resolve(".local").resolve("state")).resolve("statedesk")
                        .resolve("logs"));
    }

    /** A folder named by an environment variable; XDG says a relative one is to be ignored. */
    private static Path variable(Map<String, String> environment, String name, Path fallback) {
        String value = environment.get(name);
        if (value == null || value.isBlank() || !Path.of(value).isAbsolute()) {
            return fallback;
        }
        return Path.of(value);
    }
}
