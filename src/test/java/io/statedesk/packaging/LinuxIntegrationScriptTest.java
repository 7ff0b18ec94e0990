package io.statedesk.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The script the .deb's and .rpm's maintainer scripts run (packaging/linux/share/integrate.sh), on a scratch root
 * (STATEDESK_ROOT): it links the command, menu entry, icons and completions, and removing takes back exactly what
 * installing did, on a minimal system as on a desktop one, without touching what is not StateDesk's.
 */
class LinuxIntegrationScriptTest {

    private static final Path SHARE = Path.of("packaging/linux/share");

    @TempDir
    Path root;

    @BeforeEach
    void installThePackageFiles() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell (the script runs on Linux only)");
        Path app = root.resolve("opt/statedesk");
        Files.createDirectories(app.resolve("bin"));
        Files.writeString(app.resolve("bin/StateDesk"), "#!/bin/sh\n");
        copyTree(SHARE, app.resolve("lib/share"));
        Files.createDirectories(app.resolve("lib/share/bash-completion/completions"));
        Files.writeString(app.resolve("lib/share/bash-completion/completions/statedesk"), "complete -F _x statedesk\n");
        Files.createDirectories(app.resolve("lib/share/zsh/site-functions"));
        Files.writeString(app.resolve("lib/share/zsh/site-functions/_statedesk"), "#compdef statedesk\n");
        Files.createDirectories(root.resolve("usr/bin"));
    }

    @Test
    void install_onMinimalSystem_linksEverything_andRemoveLeavesTheSystemAsItWas() throws Exception {
        Map<String, String> before = tree();

        assertThat(run("install")).isZero();

        assertThat(Files.readSymbolicLink(root.resolve("usr/bin/statedesk")))
                .isEqualTo(Path.of("/opt/statedesk/bin/StateDesk"));
        assertThat(Files.readSymbolicLink(root.resolve("usr/share/applications/statedesk.desktop")))
                .isEqualTo(Path.of("/opt/statedesk/lib/share/applications/statedesk.desktop"));
        assertThat(Files.readSymbolicLink(root.resolve("usr/share/icons/hicolor/48x48/apps/statedesk.png")))
                .isEqualTo(Path.of("/opt/statedesk/lib/share/icons/hicolor/48x48/apps/statedesk.png"));
        assertThat(Files.readSymbolicLink(root.resolve("usr/share/icons/hicolor/scalable/apps/statedesk.svg")))
                .isEqualTo(Path.of("/opt/statedesk/lib/share/icons/hicolor/scalable/apps/statedesk.svg"));
        assertThat(Files.readSymbolicLink(root.resolve("usr/share/bash-completion/completions/statedesk")))
                .isEqualTo(Path.of("/opt/statedesk/lib/share/bash-completion/completions/statedesk"));
        assertThat(Files.readSymbolicLink(root.resolve("usr/share/zsh/site-functions/_statedesk")))
                .isEqualTo(Path.of("/opt/statedesk/lib/share/zsh/site-functions/_statedesk"));

        assertThat(run("remove")).isZero();

        assertThat(tree()).isEqualTo(before);
    }

    @Test
    void remove_keepsFoldersThatWereThereBefore_andInstallUsesDebiansZshFolder() throws Exception {
        Files.createDirectories(root.resolve("usr/share/applications"));
        Files.writeString(root.resolve("usr/share/applications/other.desktop"), "[Desktop Entry]\n");
        Files.createDirectories(root.resolve("usr/share/zsh/vendor-completions"));
        Map<String, String> before = tree();

        assertThat(run("install")).isZero();
        assertThat(root.resolve("usr/share/zsh/vendor-completions/_statedesk")).isSymbolicLink();
        assertThat(root.resolve("usr/share/zsh/site-functions")).doesNotExist();
        assertThat(run("remove")).isZero();

        assertThat(tree()).isEqualTo(before);
    }

    @Test
    void install_leavesWhatIsNotStateDesksAlone() throws Exception {
        Files.writeString(root.resolve("usr/bin/statedesk"), "someone else's\n");

        assertThat(run("install")).isZero();
        assertThat(run("remove")).isZero();

        assertThat(root.resolve("usr/bin/statedesk")).isRegularFile().hasContent("someone else's");
    }

    @Test
    void installAgain_asAnUpgradeDoes_replacesItsOwnLinks() throws Exception {
        assertThat(run("install")).isZero();
        assertThat(run("install")).isZero();

        assertThat(Files.readSymbolicLink(root.resolve("usr/bin/statedesk")))
                .isEqualTo(Path.of("/opt/statedesk/bin/StateDesk"));
        assertThat(run("remove")).isZero();
        assertThat(root.resolve("usr/bin/statedesk")).doesNotExist();
        assertThat(root.resolve("usr/share")).doesNotExist();
    }

    @Test
    void install_putsTheTrainingTimeBackOnTheJars_soTheAotCacheStaysValid() throws Exception {
        Path app = root.resolve("opt/statedesk/lib/app");
        Files.createDirectories(app);
        Files.writeString(app.resolve("statedesk.jar"), "jar");
        Files.writeString(app.resolve("picocli-4.7.7.jar"), "jar");
        Files.writeString(app.resolve("statedesk.aot.mtime"), "1700000000\n");

        assertThat(run("install")).isZero();

        for (String jar : java.util.List.of("statedesk.jar", "picocli-4.7.7.jar")) {
            assertThat(Files.getLastModifiedTime(app.resolve(jar)).toMillis()).as(jar).isEqualTo(1_700_000_000_000L);
        }
        assertThat(run("remove")).isZero();
    }

    private int run(String action) throws Exception {
        Path script = root.resolve("opt/statedesk/lib/share/integrate.sh");
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", script.toString(), action).redirectErrorStream(true);
        builder.environment().put("STATEDESK_ROOT", root.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("integrate.sh %s ends", action).isTrue();
        assertThat(output).as("integrate.sh %s prints", action)
                .satisfiesAnyOf(o -> assertThat(o).isEmpty(), o -> assertThat(o).contains("is not StateDesk's"));
        return process.exitValue();
    }

    /** Every path under the root with what it is (folder, file content, link target). */
    private Map<String, String> tree() throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                String kind = Files.isSymbolicLink(path) ? "-> " + Files.readSymbolicLink(path)
                        : Files.isDirectory(path) ? "dir" : Files.readString(path, StandardCharsets.ISO_8859_1);
                tree.put(root.relativize(path).toString(), kind);
            }
        }
        return tree;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path copy = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        assertThat(List.of(to.resolve("integrate.sh"))).allSatisfy(p -> assertThat(p).isExecutable());
    }
}
