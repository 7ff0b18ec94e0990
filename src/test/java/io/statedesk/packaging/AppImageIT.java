package io.statedesk.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.statedesk.build.BuildInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed app's launcher, built the way the installers are (tools/packaging/PackageApp.java: jdeps, jlink,
 * jpackage app-image, with the packaging JDK of -Dpackaging.jdk) from the jar {@code package} made, answers on the
 * command line without a display. Run by failsafe in {@code verify}, after the jar exists; skipped only where the
 * packaging JDK has no jpackage.
 */
class AppImageIT {

    private static final Path IMAGES = Path.of("target/app-image-it");

    @TempDir
    static Path home;

    private static Path launcher;

    @BeforeAll
    static void buildTheAppImage() throws Exception {
        Path jdk = Path.of(System.getProperty("statedesk.packaging.jdk", System.getProperty("java.home")));
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win");
        assumeTrue(Files.isExecutable(jdk.resolve("bin").resolve(windows ? "jpackage.exe" : "jpackage")),
                "the packaging JDK " + jdk + " has no jpackage (a JRE, or a JDK without jdk.jpackage): the app image"
                        + " cannot be built here");
        assertThat(Path.of("target/statedesk.jar")).as("the jar of the package phase").isRegularFile();

        String appVersion = BuildInfo.version().replaceFirst("[^0-9.].*$", "").replaceFirst("\\.$", "");
        Path java = Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
        Result built = run(List.of(java.toString(), "tools/packaging/PackageApp.java", "--jdk", jdk.toString(),
                "--app-version", appVersion, "--work", IMAGES.toString()), 20);
        assertThat(built.code()).as("PackageApp:%n%s", built.output()).isZero();

        Path image = IMAGES.resolve("out");
        launcher = windows ? image.resolve("StateDesk/statedesk-cli.exe")
                : System.getProperty("os.name").startsWith("Mac")
                        ? image.resolve("StateDesk.app/Contents/MacOS/StateDesk")
                        : image.resolve("StateDesk/bin/StateDesk");
        assertThat(launcher).isExecutable();
    }

    @Test
    void launcher_printsTheBuildsVersion() throws Exception {
        Result result = run(List.of(launcher.toString(), "--version"), 2);

        assertThat(result.code()).as(result.output()).isZero();
        assertThat(result.output().strip()).isEqualTo("StateDesk " + BuildInfo.version());
    }

    @Test
    void launcher_validatesComponents_withoutADisplay() throws Exception {
        Path good = home.resolve("statestore.yaml");
        Files.writeString(good, """
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: statestore
                spec:
                  type: state.aws.dynamodb
                  version: v1
                  metadata:
                    - name: table
                      value: dapr-state
                    - name: region
                      value: eu-west-1
                """);
        Path broken = home.resolve("broken.yaml");
        Files.writeString(broken, Files.readString(good).replace("    - name: table\n      value: dapr-state\n", ""));

        Result valid = run(List.of(launcher.toString(), "validate", good.toString()), 2);
        Result invalid = run(List.of(launcher.toString(), "validate", broken.toString()), 2);

        assertThat(valid.code()).as(valid.output()).isZero();
        assertThat(valid.output()).contains("0 errors");
        assertThat(invalid.code()).as(invalid.output()).isEqualTo(5);
        assertThat(invalid.output()).contains("broken.yaml:").contains("spec.metadata.table");
    }

    @Test
    void image_shipsExactlyTheJarsClassPath_notLeftoversOfEarlierBuilds() throws IOException {
        String classPath;
        try (JarFile jar = new JarFile("target/statedesk.jar")) {
            classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
        }
        List<String> expected = new ArrayList<>(Arrays.stream(classPath.trim().split("\\s+"))
                .map(entry -> Path.of(entry).getFileName().toString())
                .filter(name -> !name.startsWith("javafx-")).toList());
        expected.add("statedesk.jar");
        Path appFolder = launcher.getParent().getParent().resolve("lib").resolve("app");
        assumeTrue(Files.isDirectory(appFolder), "the Linux image layout");
        List<String> shipped;
        try (Stream<Path> files = Files.list(appFolder)) {
            shipped = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).toList();
        }

        assertThat(shipped).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void launcher_writesItsLog_inTheXdgStateFolder_butNotForTheVersion() throws Exception {
        Path component = home.resolve("logged.yaml");
        Files.writeString(component, """
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: statestore
                spec:
                  type: state.aws.dynamodb
                  version: v1
                  metadata:
                    - name: table
                      value: dapr-state
                    - name: region
                      value: eu-west-1
                """);
        Path log = home.resolve("xdg_state_home").resolve("statedesk").resolve("logs").resolve("statedesk-cli.log");
        Result version = run(List.of(launcher.toString(), "--version"), 2);
        assertThat(version.code()).as(version.output()).isZero();
        assertThat(log).doesNotExist();

        Result result = run(List.of(launcher.toString(), "validate", component.toString()), 2);

        assertThat(result.code()).as(result.output()).isZero();
        assumeTrue(!System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win")
                && !System.getProperty("os.name").startsWith("Mac"), "XDG folders on Linux only");
        assertThat(log).isRegularFile();
        assertThat(Files.readString(log)).contains("StateDesk " + BuildInfo.version(), "command line");
    }

    private record Result(int code, String output) {
    }

    @Test
    void runtime_carriesItsClassDataArchive_butNoJdkCommands() {
        Path runtime = launcher.getParent().getParent().resolve("lib").resolve("runtime");
        assumeTrue(Files.isDirectory(runtime), "the Linux image layout");

        // Without the archive every JDK class is parsed and verified at each start (jlink leaves it out by default).
        assertThat(runtime.resolve("lib/server/classes.jsa")).isRegularFile();
        assertThat(runtime.resolve("lib/server/classes_nocoops.jsa")).as("for heaps over 32 GB").doesNotExist();
        assertThat(runtime.resolve("bin")).as("java and the other JDK commands").doesNotExist();
    }

    @Test
    void onJdk25_theLauncherStartsFromTheImagesAotCache() throws Exception {
        Path jdk = Path.of(System.getProperty("statedesk.packaging.jdk", System.getProperty("java.home")));
        assumeTrue(Runtime.Version.parse(Files.readAllLines(jdk.resolve("release")).stream()
                .filter(line -> line.startsWith("JAVA_VERSION=")).findFirst().orElseThrow()
                .replaceAll("JAVA_VERSION=|\"", "")).feature() >= 25, "the AOT cache needs a packaging JDK 25+");
        Path cache = launcher.getParent().getParent().resolve("lib").resolve("app").resolve("statedesk.aot");

        assertThat(cache).isRegularFile();
        // AOTMode=on refuses to start when the cache the launcher names cannot be used.
        Result result = run(List.of(launcher.toString(), "--version"), 2, Map.of("JAVA_TOOL_OPTIONS",
                "-XX:AOTMode=on"));
        assertThat(result.code()).as(result.output()).isZero();
        assertThat(result.output()).contains("StateDesk " + BuildInfo.version());
        assertThat(cache.resolveSibling("statedesk.aot.mtime")).as("the jars' time, for the Linux packages")
                .isRegularFile();

        // A stale cache (a jar with another time, as after a package copied it) is left aside without a word.
        Path jar = cache.resolveSibling("statedesk.jar");
        java.nio.file.attribute.FileTime trained = Files.getLastModifiedTime(jar);
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(trained.toMillis() + 10_000));
        try {
            Result stale = run(List.of(launcher.toString(), "--version"), 2);
            assertThat(stale.code()).as(stale.output()).isZero();
            assertThat(stale.output().strip()).isEqualTo("StateDesk " + BuildInfo.version());
        } finally {
            Files.setLastModifiedTime(jar, trained);
        }
    }

    /** Runs with no display and every per-user folder in a temporary one; waits at most the given minutes. */
    private static Result run(List<String> command, int minutes) throws IOException, InterruptedException {
        return run(command, minutes, Map.of());
    }

    private static Result run(List<String> command, int minutes, Map<String, String> extra)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile(home, "run", ".log");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.remove("DISPLAY");
        environment.remove("WAYLAND_DISPLAY");
        environment.remove("JAVA_TOOL_OPTIONS");
        environment.put("HOME", home.toString());
        for (String xdg : List.of("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")) {
            environment.put(xdg, home.resolve(xdg.toLowerCase(Locale.ROOT)).toString());
        }
        environment.putAll(extra);
        Process process = builder.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not end within " + minutes + " minutes:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
