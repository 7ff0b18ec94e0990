package io.statedesk.folders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where StateDesk keeps its own files, by each OS's convention (decision 0030).
 *
 * <table>
 * <tr><th></th><th>Linux (XDG)</th><th>macOS</th><th>Windows</th></tr>
 * <tr><td>config: settings, window preferences</td><td>$XDG_CONFIG_HOME/statedesk (~/.config)</td>
 * <td>~/Library/Application Support/StateDesk</td><td>%APPDATA%\StateDesk (roams with the user)</td></tr>
 * <tr><td>data: the sandbox database, the write history</td><td>$XDG_DATA_HOME/statedesk (~/.local/share)</td>
 * <td>~/Library/Application Support/StateDesk</td><td>%LOCALAPPDATA%\StateDesk (stays on the machine)</td></tr>
 * <tr><td>state</td><td>$XDG_STATE_HOME/statedesk (~/.local/state)</td>
 * <td>~/Library/Application Support/StateDesk</td><td>%LOCALAPPDATA%\StateDesk</td></tr>
 * <tr><td>logs</td><td>state/logs</td><td>~/Library/Logs/StateDesk</td><td>%LOCALAPPDATA%\StateDesk\logs</td></tr>
 * <tr><td>cache: what can be made again</td><td>$XDG_CACHE_HOME/statedesk (~/.cache)</td>
 * <td>~/Library/Caches/StateDesk</td><td>%LOCALAPPDATA%\StateDesk\cache</td></tr>
 * </table>
 *
 * <p>Before, everything lived in one folder, {@link #legacy()}: the data folder on Linux and macOS, %APPDATA% on
 * Windows. {@link #configFile} and {@link #dataFile} move a file found only there to its new place on first use,
 * and keep using the old place when it cannot be moved. The system property {@value #OVERRIDE_PROPERTY} puts all
 * of them in one folder (tests, portable installs).
 *
 * @param legacy the one folder of versions before 0.2 (issue 18)
 */
public record AppFolders(Path config, Path data, Path state, Path cache, Path logs, Path legacy) {

    public static final String OVERRIDE_PROPERTY = "statedesk.home";

    private static final Logger LOG = LoggerFactory.getLogger(AppFolders.class);

    /** The folders of this process: the override property, else the OS's convention for this user. */
    public static AppFolders current() {
        return of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")),
                System.getProperty(OVERRIDE_PROPERTY));
    }

    /** The folders for an OS, an environment and a home folder; {@code override} (may be null) wins. */
    public static AppFolders of(String osName, Map<String, String> environment, Path home, String override) {
        if (override != null && !override.isBlank()) {
            Path folder = Path.of(override);
            return new AppFolders(folder, folder, folder, folder.resolve("cache"), folder.resolve("logs"), folder);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path roaming = variable(environment, "APPDATA", home.resolve("AppData").resolve("Roaming"), false)
                    .resolve("StateDesk");
            Path local = variable(environment, "LOCALAPPDATA", home.resolve("AppData").resolve("Local"), false)
                    .resolve("StateDesk");
            return new AppFolders(roaming, local, local, local.resolve("cache"), local.resolve("logs"), roaming);
        }
        if (os.contains("mac")) {
            Path library = home.resolve("Library");
            Path support = library.resolve("Application Support").resolve("StateDesk");
            return new AppFolders(support, support, support, library.resolve("Caches").resolve("StateDesk"),
                    library.resolve("Logs").resolve("StateDesk"), support);
        }
        Path data = xdg(environment, "XDG_DATA_HOME", home.resolve(".local").resolve("share"));
        Path state = xdg(environment, "XDG_STATE_HOME", home.resolve(".local").resolve("state"));
        return new AppFolders(xdg(environment, "XDG_CONFIG_HOME", home.resolve(".config")), data, state,
                xdg(environment, "XDG_CACHE_HOME", home.resolve(".cache")), state.resolve("logs"), data);
    }

    /** A file or folder of the config folder ({@code settings.properties}), moved there from {@link #legacy()}. */
    public Path configFile(String name) {
        return settled(config.resolve(name), legacy.resolve(name));
    }

    /** A file or folder of the data folder ({@code history.jsonl}, {@code sandbox}), moved there from the legacy one. */
    public Path dataFile(String name) {
        return settled(data.resolve(name), legacy.resolve(name));
    }

    /**
     * {@code wanted}, after moving {@code old} there if only {@code old} exists; {@code old} if it cannot be moved
     * (another disk, no rights), so that nothing the user had is lost or hidden.
     */
    static Path settled(Path wanted, Path old) {
        if (wanted.equals(old) || Files.exists(wanted) || !Files.exists(old)) {
            return wanted;
        }
        try {
            Files.createDirectories(wanted.getParent());
            Files.move(old, wanted);
            LOG.info("Moved {} to {}", old, wanted);
            return wanted;
        } catch (IOException | RuntimeException cannot) {
            LOG.warn("Keeping {}: it cannot be moved to {}", old, wanted, cannot);
            return old;
        }
    }

    /** ~/.config and the like with the app's folder; XDG says a relative variable is to be ignored. */
    private static Path xdg(Map<String, String> environment, String name, Path fallback) {
        return variable(environment, name, fallback, true).resolve("statedesk");
    }

    private static Path variable(Map<String, String> environment, String name, Path fallback,
            boolean absoluteOnly) {
        String value = environment.get(name);
        if (value == null || value.isBlank() || absoluteOnly && !Path.of(value).isAbsolute()) {
            return fallback;
        }
        return Path.of(value);
    }
}
