package io.statedesk.folders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppFoldersTest {

    private static final Path HOME = Path.of("/home/ada");

    @TempDir
    Path dir;

    @Test
    void linux_withoutXdgVariables_usesTheXdgDefaults() {
        AppFolders folders = AppFolders.of("Linux", Map.of(), HOME, null);

        assertThat(folders.config()).isEqualTo(Path.of("/home/ada/.config/statedesk"));
        assertThat(folders.data()).isEqualTo(Path.of("/home/ada/.local/share/statedesk"));
        assertThat(folders.state()).isEqualTo(Path.of("/home/ada/.local/state/statedesk"));
        assertThat(folders.cache()).isEqualTo(Path.of("/home/ada/.cache/statedesk"));
        assertThat(folders.logs()).isEqualTo(Path.of("/home/ada/.local/state/statedesk/logs"));
        assertThat(folders.legacy()).isEqualTo(folders.data());
    }

    @Test
    void linux_followsTheXdgVariables() {
        AppFolders folders = AppFolders.of("Linux", Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/dat",
                "XDG_STATE_HOME", "/st", "XDG_CACHE_HOME", "/ca"), HOME, null);

        assertThat(folders.config()).isEqualTo(Path.of("/cfg/statedesk"));
        assertThat(folders.data()).isEqualTo(Path.of("/dat/statedesk"));
        assertThat(folders.state()).isEqualTo(Path.of("/st/statedesk"));
        assertThat(folders.cache()).isEqualTo(Path.of("/ca/statedesk"));
        assertThat(folders.logs()).isEqualTo(Path.of("/st/statedesk/logs"));
    }

    @Test
    void linux_relativeXdgVariable_isIgnored_asTheSpecSays() {
        AppFolders folders = AppFolders.of("Linux", Map.of("XDG_CONFIG_HOME", "relative/cfg", "XDG_STATE_HOME", ""),
                HOME, null);

        assertThat(folders.config()).isEqualTo(Path.of("/home/ada/.config/statedesk"));
        assertThat(folders.logs()).isEqualTo(Path.of("/home/ada/.local/state/statedesk/logs"));
    }

    @Test
    void macOs_usesTheLibraryFolders() {
        AppFolders folders = AppFolders.of("Mac OS X", Map.of("XDG_CONFIG_HOME", "/ignored"), HOME, null);

        Path support = Path.of("/home/ada/Library/Application Support/StateDesk");
        assertThat(folders.config()).isEqualTo(support);
        assertThat(folders.data()).isEqualTo(support);
        assertThat(folders.cache()).isEqualTo(Path.of("/home/ada/Library/Caches/StateDesk"));
        assertThat(folders.logs()).isEqualTo(Path.of("/home/ada/Library/Logs/StateDesk"));
    }

    @Test
    void windows_keepsSettingsInRoamingAppData_andTheSandboxAndLogsInLocalAppData() {
        String roaming = "C:\\Users\\ada\\AppData\\Roaming";
        String local = "C:\\Users\\ada\\AppData\\Local";
        AppFolders folders = AppFolders.of("Windows 11", Map.of("APPDATA", roaming, "LOCALAPPDATA", local), HOME,
                null);

        assertThat(folders.config()).isEqualTo(Path.of(roaming).resolve("StateDesk"));
        assertThat(folders.data()).isEqualTo(Path.of(local).resolve("StateDesk"));
        assertThat(folders.logs()).isEqualTo(Path.of(local).resolve("StateDesk").resolve("logs"));
        assertThat(folders.cache()).isEqualTo(Path.of(local).resolve("StateDesk").resolve("cache"));
        assertThat(folders.legacy()).isEqualTo(folders.config());
    }

    @Test
    void windows_withoutVariables_fallsBackToTheProfileFolders() {
        AppFolders folders = AppFolders.of("Windows 10", Map.of(), HOME, null);

        assertThat(folders.config()).isEqualTo(HOME.resolve("AppData").resolve("Roaming").resolve("StateDesk"));
        assertThat(folders.data()).isEqualTo(HOME.resolve("AppData").resolve("Local").resolve("StateDesk"));
    }

    @Test
    void override_putsEverythingInOneFolder() {
        AppFolders folders = AppFolders.of("Linux", Map.of("XDG_CONFIG_HOME", "/cfg"), HOME, "/portable");

        assertThat(folders.config()).isEqualTo(Path.of("/portable"));
        assertThat(folders.data()).isEqualTo(Path.of("/portable"));
        assertThat(folders.logs()).isEqualTo(Path.of("/portable/logs"));
    }

    @Test
    void settingsFoundOnlyInTheOldFolder_moveToTheConfigFolder() throws IOException {
        AppFolders folders = linuxUnder(dir);
        Files.createDirectories(folders.legacy());
        Files.writeString(folders.legacy().resolve("settings.properties"), "local.hosts=db.lan\n");

        Path settings = folders.configFile("settings.properties");

        assertThat(settings).isEqualTo(folders.config().resolve("settings.properties"));
        assertThat(settings).hasContent("local.hosts=db.lan");
        assertThat(folders.legacy().resolve("settings.properties")).doesNotExist();
    }

    @Test
    void sandboxFolderOfOldWindowsVersions_movesToLocalAppData_withItsDatabase() throws IOException {
        AppFolders folders = AppFolders.of("Windows 11", Map.of("APPDATA", dir.resolve("Roaming").toString(),
                "LOCALAPPDATA", dir.resolve("Local").toString()), HOME, null);
        Path oldSandbox = Files.createDirectories(folders.legacy().resolve("sandbox"));
        Files.writeString(oldSandbox.resolve("dynoxide.db"), "rows");

        Path sandbox = folders.dataFile("sandbox");

        assertThat(sandbox).isEqualTo(dir.resolve("Local").resolve("StateDesk").resolve("sandbox"));
        assertThat(sandbox.resolve("dynoxide.db")).hasContent("rows");
        assertThat(oldSandbox).doesNotExist();
    }

    @Test
    void fileInBothPlaces_theNewOneWins_andTheOldOneIsLeftAlone() throws IOException {
        AppFolders folders = linuxUnder(dir);
        Files.createDirectories(folders.legacy());
        Files.createDirectories(folders.config());
        Files.writeString(folders.legacy().resolve("ui.properties"), "old");
        Files.writeString(folders.config().resolve("ui.properties"), "new");

        assertThat(folders.configFile("ui.properties")).hasContent("new");
        assertThat(folders.legacy().resolve("ui.properties")).hasContent("old");
    }

    @Test
    void fileThatCannotBeMoved_keepsBeingUsedWhereItIs() throws IOException {
        // The config folder's parent is a file: the move fails, as on a read-only or full disk.
        Files.writeString(dir.resolve("blocked"), "");
        AppFolders folders = AppFolders.of("Linux", Map.of("XDG_CONFIG_HOME", dir.resolve("blocked").toString(),
                "XDG_DATA_HOME", dir.resolve("share").toString()), HOME, null);
        Files.createDirectories(folders.legacy());
        Files.writeString(folders.legacy().resolve("settings.properties"), "kept");

        assertThat(folders.configFile("settings.properties")).isEqualTo(folders.legacy().resolve("settings.properties"))
                .hasContent("kept");
    }

    @Test
    void nothingAnywhere_isTheNewPlace_andNothingIsCreated() {
        AppFolders folders = linuxUnder(dir);

        assertThat(folders.dataFile("history.jsonl")).isEqualTo(folders.data().resolve("history.jsonl"))
                .doesNotExist();
    }

    private static AppFolders linuxUnder(Path root) {
        return AppFolders.of("Linux", Map.of("XDG_CONFIG_HOME", root.resolve("config").toString(),
                "XDG_DATA_HOME", root.resolve("share").toString(), "XDG_STATE_HOME", root.resolve("state").toString()),
                HOME, null);
    }
}
