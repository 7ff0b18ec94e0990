import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds StateDesk's app image, and an installer made from that same image, with the jdeps, jlink and jpackage of a
 * packaging JDK (docs/packaging.md, decisions 0011 and 0029). Run from the project folder after {@code package} has
 * made target/statedesk.jar, target/lib and target/dynoxide:
 *
 * <pre>
 * java tools/packaging/PackageApp.java --jdk DIR --app-version 1.2.3 [--type deb,rpm|dmg|pkg|msi|exe]
 *      [--work DIR]
 * </pre>
 *
 * <p>Steps: the class path (statedesk.jar and every runtime jar but JavaFX) and the sandbox's dynoxide go to
 * WORK/input, JavaFX's jars for this OS to WORK/javafx; jdeps lists the modules the class path uses; jlink links
 * them, the fixed ones of packaging/jpackage/jlink.args and JavaFX into WORK/runtime, and JavaFX's native libraries
 * are put in the runtime's library folder (as the JDK's own are), so nothing is unpacked into the user's home and
 * the Linux packages see what they link; jpackage makes WORK/out/StateDesk (StateDesk.app on macOS); on Linux the
 * files of packaging/linux/share and the shell completions go to its share folder. With --type, jpackage packages
 * that image, and a Linux package's dependencies are checked. The runtime is not compressed: every installer
 * compresses its content anyway, and a compressed runtime made the .deb 27% larger (docs/packaging.md). Exit code 0,
 * or 1 with what went wrong and what to do.
 */
public final class PackageApp {

    private static final String NAME = "StateDesk";
    private static final Pattern JAVAFX_JAR = Pattern.compile("javafx-[a-z]+-[0-9.]+(-[a-z0-9-]+)?\\.jar");
    private static final Pattern NATIVE_LIBRARY = Pattern.compile("[^/]+\\.(so|dylib|dll)");
    /** The first JDK whose JVM records and creates an AOT cache in two steps (AOTMode=record, create) and ships with it. */
    private static final int AOT_CACHE_JDK = 25;

    private final Path project = Path.of("").toAbsolutePath();
    private final Path target = project.resolve("target");
    private final Os os = Os.current();
    private final Path jdk;
    private final String appVersion;
    private final List<String> types;
    private final Path work;

    private PackageApp(Path jdk, String appVersion, List<String> types, Path work) {
        this.jdk = jdk;
        this.appVersion = appVersion;
        this.types = types;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String jdkOption = options.getOrDefault("--jdk", "");
        Path jdk = jdkOption.isBlank() ? Path.of(System.getProperty("java.home")) : Path.of(jdkOption);
        String version = options.get("--app-version");
        if (version == null || !version.matches("[0-9]+(\\.[0-9]+){0,2}")) {
            fail("--app-version must be up to three numbers such as 1.2.3 (jpackage takes nothing else), not "
                    + version);
        }
        List<String> types = Arrays.stream(options.getOrDefault("--type", "").split(",")).map(String::strip)
                .filter(t -> !t.isEmpty() && !t.equals("app-image")).toList();
        Path work = Path.of(options.getOrDefault("--work", "target/jpackage")).toAbsolutePath();
        new PackageApp(jdk, version, types, work).run();
    }

    private void run() throws Exception {
        for (String tool : List.of("jdeps", "jlink", "jpackage")) {
            if (!Files.isExecutable(tool(tool))) {
                fail("The packaging JDK " + jdk + " has no " + os.executable(tool) + ". Point -Dpackaging.jdk (or "
                        + "--jdk) at a full JDK 17 or later; decision 0029 says which one the installers use.");
            }
        }
        long start = System.nanoTime();
        deleteRecursively(work);
        Path input = work.resolve("input");
        Path javafx = work.resolve("javafx");
        step("class path and dynoxide", () -> copyInputs(input, javafx));
        List<String> modules = new ArrayList<>();
        step("jdeps", () -> modules.addAll(usedModules(input, javafx)));
        Files.writeString(work.resolve("modules.txt"), String.join(",", modules) + "\n");
        Path runtime = work.resolve("runtime");
        step("jlink", () -> link(modules, javafx, runtime));
        Path out = work.resolve("out");
        step("jpackage app-image", () -> appImage(input, runtime, out));
        Path image = out.resolve(os.imageName());
        if (jdkFeature() >= AOT_CACHE_JDK) {
            step("AOT cache", () -> run(List.of(Path.of(System.getProperty("java.home"), "bin",
                    os.executable("java")).toString(), project.resolve("tools/packaging/AotCache.java").toString(),
                    image.toString(), work.resolve("aot").toString()), "the AOT cache could not be made"));
        }
        deleteCommands(imageRuntime(image).resolve("bin"));
        if (os == Os.LINUX) {
            step("share folder", () -> shareFolder(image));
        }
        for (String type : types) {
            step("jpackage " + type, () -> installer(image, out, type));
        }
        System.out.printf(Locale.ROOT, "PackageApp: %s in %s (runtime %s; modules %s) in %d s%n", image,
                megabytes(size(image)), megabytes(size(runtime)), String.join(",", modules),
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
    }

    // ---- class path --------------------------------------------------------------------------------------------

    private void copyInputs(Path input, Path javafx) throws IOException {
        Path jar = target.resolve("statedesk.jar");
        Path lib = target.resolve("lib");
        Path dynoxide = target.resolve("dynoxide");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
            fail("target/statedesk.jar and target/lib are missing: run `./mvnw -B -DskipTests package` first (the "
                    + "installer profile does).");
        }
        if (!Files.isExecutable(dynoxide.resolve(os.executable("dynoxide")))) {
            fail("target/dynoxide holds no dynoxide binary: the build puts it there unless -Ddynoxide.skip=true "
                    + "(the installers ship it for the sandbox).");
        }
        Files.createDirectories(input);
        Files.createDirectories(javafx);
        Files.copy(jar, input.resolve(jar.getFileName()));
        // The jar's manifest names this build's class path; target/lib may still hold jars of earlier builds
        // (a dependency since replaced), which must not ship.
        String classPath;
        try (java.util.jar.JarFile jarFile = new java.util.jar.JarFile(jar.toFile())) {
            classPath = jarFile.getManifest() == null ? null
                    : jarFile.getManifest().getMainAttributes().getValue("Class-Path");
        }
        if (classPath == null || classPath.isBlank()) {
            fail("target/statedesk.jar has no Class-Path in its manifest: build it with `./mvnw -B package`.");
        }
        for (String entry : classPath.trim().split("\\s+")) {
            Path dependency = target.resolve(entry);
            if (!Files.isRegularFile(dependency)) {
                fail("target/" + entry + ", on the jar's class path, is missing: run `./mvnw -B package` again.");
            }
            String name = dependency.getFileName().toString();
            Matcher javafxJar = JAVAFX_JAR.matcher(name);
            if (!javafxJar.matches()) {
                Files.copy(dependency, input.resolve(name));
            } else if (javafxJar.group(1) != null) {
                // Only the jars with this OS's classifier: the plain ones are empty.
                Files.copy(dependency, javafx.resolve(name));
            }
        }
        copyTree(dynoxide, input.resolve("dynoxide"));
    }

    // ---- runtime -----------------------------------------------------------------------------------------------

    /** The modules jdeps finds the class path using, JavaFX's included (it is on the module path). */
    private List<String> usedModules(Path input, Path javafx) throws Exception {
        List<String> command = new ArrayList<>(List.of(tool("jdeps").toString(), "--multi-release",
                Integer.toString(jdkFeature()), "--ignore-missing-deps", "--print-module-deps", "--module-path",
                javafx.toString()));
        try (Stream<Path> jars = Files.list(input)) {
            jars.filter(p -> p.toString().endsWith(".jar")).sorted().map(Path::toString).forEach(command::add);
        }
        String printed = run(command, "jdeps could not list the modules of the class path");
        String last = printed.lines().filter(line -> !line.isBlank()).reduce((a, b) -> b).orElse("");
        if (!last.matches("[a-z0-9.,]+")) {
            fail("jdeps printed no module list; its last line was: " + last);
        }
        return List.of(last.split(","));
    }

    private void link(List<String> modules, Path javafx, Path runtime) throws Exception {
        List<String> command = new ArrayList<>(List.of(tool("jlink").toString(),
                "@" + project.resolve("packaging/jpackage/jlink.args"), "--module-path", javafx.toString(),
                "--add-modules", String.join(",", modules),
                // JavaFX's native libraries are copied next to the JDK's below; inside the modules they would be
                // unpacked into ~/.openjfx at every new version, and the Linux packages could not see what they link.
                "--exclude-resources=regex:/javafx\\.[a-z]+/[^/]+\\.(so|dylib|dll)",
                // javax.sound's library: nothing plays sound, and on Linux it would make ALSA a dependency.
                "--exclude-files=regex:.*/(lib)?jsound\\.(so|dylib|dll)",
                "--output", runtime.toString()));
        run(command, "jlink could not link the runtime");
        // The archive for heaps over 32 GB (no compressed pointers): the launcher caps the heap at 1 GB.
        Files.deleteIfExists(runtime.resolve(os == Os.WINDOWS ? "bin" : "lib").resolve("server")
                .resolve("classes_nocoops.jsa"));
        Path nativeFolder = runtime.resolve(os == Os.WINDOWS ? "bin" : "lib");
        try (Stream<Path> jars = Files.list(javafx)) {
            for (Path jar : jars.sorted().toList()) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    for (ZipEntry entry : zip.stream().filter(e -> NATIVE_LIBRARY.matcher(e.getName()).matches())
                            .toList()) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            Files.copy(in, nativeFolder.resolve(entry.getName()), StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
        }
    }

    /** Where jpackage puts the runtime inside the image. */
    private Path imageRuntime(Path image) {
        return switch (os) {
            case LINUX -> image.resolve("lib/runtime");
            case MAC -> image.resolve("Contents/runtime/Contents/Home");
            case WINDOWS -> image.resolve("runtime");
        };
    }

    /**
     * Deletes the JDK's commands (java, keytool, ...) from the image's runtime once its class data sharing archive
     * and the AOT cache are made: the app's launcher starts the JVM itself. On Windows bin also holds the runtime's DLLs, which stay.
     */
    private void deleteCommands(Path bin) throws Exception {
        if (!Files.isDirectory(bin)) {
            return;
        }
        try (Stream<Path> files = Files.list(bin)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (os == Os.WINDOWS ? name.endsWith(".exe") : Files.isRegularFile(file)) {
                    Files.delete(file);
                }
            }
        }
        if (os != Os.WINDOWS) {
            Files.delete(bin);
        }
    }

    // ---- image and installers ----------------------------------------------------------------------------------

    private void appImage(Path input, Path runtime, Path out) throws Exception {
        List<String> command = new ArrayList<>(List.of(tool("jpackage").toString(), "--type", "app-image",
                "@" + project.resolve("packaging/jpackage/common.args"),
                "@" + project.resolve("packaging/jpackage/image.args"),
                "--app-version", packageVersion(), "--icon", os.icon(project).toString(),
                "--input", input.toString(), "--runtime-image", runtime.toString(), "--dest", out.toString()));
        if (jdkFeature() >= 24) {
            // Since Java 24 the JDK warns on stderr, once per run, when JavaFX loads its native libraries or its
            // renderer and protobuf use sun.misc.Unsafe's memory access; both are expected here (decision 0029).
            command.addAll(List.of("--java-options", "--enable-native-access=javafx.graphics",
                    "--java-options", "--sun-misc-unsafe-memory-access=allow"));
        }
        if (jdkFeature() >= AOT_CACHE_JDK) {
            // The cache AotCache.java writes after this; a JVM that finds it missing or stale starts without it,
            // and says nothing (its messages would land in the command line's output).
            command.addAll(List.of("--java-options", "-XX:AOTCache=$APPDIR/statedesk.aot",
                    "--java-options", "-Xlog:aot=off,cds=off"));
        }
        if (os == Os.WINDOWS && jdkFeature() >= 19) {
            // StateDesk.exe is a windowed program, silent in a console; statedesk-cli.exe is its console twin, with
            // no Start menu entry or shortcut (jpackage 19+ accepts those keys for an added launcher).
            command.addAll(List.of("--add-launcher", "statedesk-cli="
                    + project.resolve("packaging/jpackage/windows-console-launcher.properties")));
        }
        run(command, "jpackage could not build the app image");
    }

    /**
     * The version jpackage writes into the package. macOS refuses a bundle version whose first number is 0: there a
     * 0.x version is packaged as 1.0.0 (Finder shows it; About and --version show the POM's).
     */
    private String packageVersion() {
        if (os == Os.MAC && appVersion.startsWith("0")) {
            return "1.0.0";
        }
        return appVersion;
    }

    /** The desktop entry, its icons, the shell completions and the script that links them into /usr. */
    private void shareFolder(Path image) throws Exception {
        // Under lib: jpackage's .rpm takes only bin and lib from an app image (its .deb takes everything).
        Path share = image.resolve("lib").resolve("share");
        copyTree(project.resolve("packaging/linux/share"), share);
        // The commands' completion, generated by picocli from the image's own launcher: it is always the shipped one.
        Path bash = share.resolve("bash-completion/completions/statedesk");
        Files.createDirectories(bash.getParent());
        Path home = Files.createDirectories(work.resolve("home"));
        ProcessBuilder completion = new ProcessBuilder(image.resolve("bin").resolve(NAME).toString(),
                "generate-completion").redirectOutput(bash.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
        // A build must not write logs or settings into the builder's home.
        completion.environment().put("HOME", home.toString());
        for (String xdg : List.of("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")) {
            completion.environment().put(xdg, home.resolve(xdg.toLowerCase(Locale.ROOT)).toString());
        }
        if (completion.start().waitFor() != 0 || !Files.readString(bash).contains("complete -F")) {
            fail("the image's launcher printed no bash completion (bin/" + NAME + " generate-completion)");
        }
        Path zsh = share.resolve("zsh/site-functions/_statedesk");
        Files.createDirectories(zsh.getParent());
        Files.copy(project.resolve("packaging/linux/completion/_statedesk"), zsh, StandardCopyOption.REPLACE_EXISTING);
    }

    private void installer(Path image, Path out, String type) throws Exception {
        List<String> command = new ArrayList<>(List.of(tool("jpackage").toString(), "--type", type,
                "--app-image", image.toString(),
                "@" + project.resolve("packaging/jpackage/common.args"),
                "@" + project.resolve("packaging/jpackage/" + os.argsName() + ".args"),
                "--app-version", packageVersion(), "--icon", os.icon(project).toString(), "--dest", out.toString()));
        if (os == Os.LINUX) {
            command.addAll(List.of("--resource-dir", linuxResources(image, type).toString()));
        }
        run(command, "jpackage could not build the " + type + " package");
        if (type.equals("deb")) {
            Path deb = newest(out, ".deb");
            System.out.println("PackageApp: " + deb.getFileName() + " Depends: "
                    + run(List.of("dpkg-deb", "-f", deb.toString(), "Depends"), "dpkg-deb could not read " + deb)
                    .strip());
        } else if (type.equals("rpm")) {
            checkRpmRequires(newest(out, ".rpm"), image);
        } else {
            // Release assets side by side: StateDesk-0.1.0-macos-aarch64.dmg, StateDesk-0.1.0-windows-amd64.msi.
            Path made = newest(out, "." + type);
            Path named = out.resolve(NAME + "-" + appVersion + "-" + os.argsName().replace("mac", "macos") + "-"
                    + System.getProperty("os.arch") + "." + type);
            Files.move(made, named, StandardCopyOption.REPLACE_EXISTING);
            System.out.println("PackageApp: " + named.getFileName());
        }
    }

    /**
     * The .deb's dependencies: packaging/linux/deb-depends.txt, after checking that it names exactly the packages of
     * the libraries the image links directly and does not carry (jpackage's own scan would list every library ldd
     * reaches, under the build machine's names: libjpeg62-turbo through GTK's image loader on Debian, libgtk-3-0t64
     * on Ubuntu 24.04, neither of which the other distribution has).
     */
    private List<String> debDepends(Path image) throws Exception {
        List<String> listed = Files.readAllLines(project.resolve("packaging/linux/deb-depends.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        Set<String> bundled = new TreeSet<>();
        List<Path> elfFiles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(image)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (file.getFileName().toString().contains(".so")) {
                    bundled.add(file.getFileName().toString());
                }
                if (isElf(file)) {
                    elfFiles.add(file);
                }
            }
        }
        Set<String> needed = new TreeSet<>();
        for (Path file : elfFiles) {
            run(List.of("readelf", "-d", file.toString()), "readelf (binutils) could not read " + file).lines()
                    .filter(l -> l.contains("(NEEDED)")).map(l -> l.replaceFirst(".*\\[(.+)\\].*", "$1"))
                    .filter(l -> !bundled.contains(l)).forEach(needed::add);
        }
        Set<String> packages = new TreeSet<>();
        String libraries = run(List.of("/sbin/ldconfig", "-p"), "ldconfig could not list the system's libraries");
        for (String soname : needed) {
            packages.add(debPackage(soname, libraries));
        }
        if (!packages.equals(new TreeSet<>(listed))) {
            Set<String> missing = new TreeSet<>(packages);
            missing.removeAll(listed);
            Set<String> extra = new TreeSet<>(listed);
            extra.removeAll(packages);
            fail("packaging/linux/deb-depends.txt does not match what the image links (" + needed + "): missing "
                    + missing + ", no longer needed " + extra + ". Update the list, checking that Debian and Ubuntu "
                    + "both have each name.");
        }
        return listed;
    }

    /** The package that owns a library on this (Debian or Ubuntu) machine, without Ubuntu's or Debian 13's "t64". */
    private static String debPackage(String soname, String ldconfig) throws Exception {
        String wanted = System.getProperty("os.arch").equals("amd64") ? "x86-64" : "";
        String path = ldconfig.lines().map(String::strip).filter(l -> l.startsWith(soname + " "))
                .filter(l -> l.contains(wanted)).map(l -> l.substring(l.indexOf("=> ") + 3)).findFirst()
                .orElse(null);
        if (path == null) {
            fail("The image links " + soname + ", which is not installed on this machine, so its package is unknown: "
                    + "install it (jpackage's .deb needs it to be) and build again.");
        }
        // Merged /usr: dpkg knows a library under the path it was installed to, /lib or /usr/lib.
        for (String candidate : List.of(path, path.startsWith("/usr/") ? path.substring(4) : "/usr" + path)) {
            Process process = new ProcessBuilder("dpkg", "-S", candidate).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() == 0) {
                return output.lines().findFirst().orElseThrow().replaceFirst("[:,].*", "").replaceFirst("t64$", "");
            }
        }
        fail("dpkg knows no package that owns " + path + " (" + soname + ")");
        return "";
    }

    private static boolean isElf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 0x7f && magic[1] == 'E' && magic[2] == 'L' && magic[3] == 'F';
        }
    }

    /**
     * The control file and maintainer scripts (deb) or spec (rpm) of packaging/linux, with the dependencies filled in
     * (deb) or the libraries the image carries, which rpm's dependency generator must never ask of the system.
     */
    private Path linuxResources(Path image, String type) throws Exception {
        Path resources = work.resolve("resources-" + type);
        Files.createDirectories(resources);
        copyTree(project.resolve("packaging/linux/" + type), resources);
        if (type.equals("deb")) {
            Path control = resources.resolve("control");
            Files.writeString(control, Files.readString(control).replace("@DEPENDS@",
                    String.join(", ", debDepends(image))));
        } else if (type.equals("rpm")) {
            Set<String> bundled = new TreeSet<>();
            try (Stream<Path> files = Files.walk(image)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.matches(".+\\.so(\\.[0-9]+)*"))
                        .forEach(bundled::add);
            }
            Path spec = resources.resolve("statedesk.spec");
            // rpm reads the filter as a POSIX regular expression, the dots escaped as rpm's macros want them.
            String regex = bundled.stream().map(n -> n.replace(".", "\\\\.")).collect(Collectors.joining("|"));
            Files.writeString(spec, Files.readString(spec).replace("@BUNDLED_LIBRARIES@", regex));
        }
        return resources;
    }

    /** No requirement of an .rpm may name a library the image carries itself. */
    private void checkRpmRequires(Path rpm, Path image) throws Exception {
        String requires = run(List.of("rpm", "-qp", "--requires", rpm.toString()), "rpm could not read " + rpm);
        Set<String> bundled = new TreeSet<>();
        try (Stream<Path> files = Files.walk(image)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".so")).forEach(bundled::add);
        }
        List<String> wrong = requires.lines().filter(r -> bundled.contains(r.replaceAll("\\(.*", "").strip()))
                .toList();
        System.out.println("PackageApp: " + rpm.getFileName() + " Requires: "
                + requires.lines().map(String::strip).collect(Collectors.joining(", ")));
        if (!wrong.isEmpty()) {
            fail(rpm.getFileName() + " requires libraries it carries itself: " + wrong
                    + "; check the filter in packaging/linux/rpm/statedesk.spec.");
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private Path tool(String name) {
        return jdk.resolve("bin").resolve(os.executable(name));
    }

    private int jdkFeature() throws IOException {
        Path release = jdk.resolve("release");
        Matcher version = Pattern.compile("JAVA_VERSION=\"([0-9]+)").matcher(Files.readString(release));
        if (!version.find()) {
            fail(release + " names no JAVA_VERSION: is " + jdk + " a JDK?");
        }
        return Integer.parseInt(version.group(1));
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void step(String name, Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        System.out.printf(Locale.ROOT, "PackageApp: %s %.1f s%n", name, (System.nanoTime() - start) / 1e9);
    }

    /** Runs a tool; returns its standard output, or fails with its output when it exits non-zero. */
    private static String run(List<String> command, String failure) throws Exception {
        Path log = Files.createTempFile("packageapp", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            int code = process.waitFor();
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (code != 0) {
                fail(failure + " (exit " + code + "):\n" + String.join(" ", command) + "\n" + output.strip());
            }
            return output;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static Path newest(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(suffix))
                    .max((a, b) -> a.toFile().lastModified() < b.toFile().lastModified() ? -1 : 1)
                    .orElseThrow(() -> new IOException("jpackage wrote no " + suffix + " file to " + folder));
        }
    }

    /** Copies a folder, keeping the executable bits (the resources plugin of Maven would drop them). */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static long size(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                fail("unexpected argument " + args[i] + "; usage: java tools/packaging/PackageApp.java --jdk DIR "
                        + "--app-version 1.2.3 [--type deb,rpm|dmg|pkg|msi|exe] [--work DIR]");
            }
            options.put(args[i], i + 1 < args.length ? args[++i] : "");
        }
        return options;
    }

    private static void fail(String message) {
        System.err.println("PackageApp: " + message);
        System.exit(1);
    }

    private enum Os {
        LINUX, MAC, WINDOWS;

        static Os current() {
            String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            return name.contains("win") ? WINDOWS : name.contains("mac") ? MAC : LINUX;
        }

        String executable(String tool) {
            return this == WINDOWS ? tool + ".exe" : tool;
        }

        String imageName() {
            return this == MAC ? NAME + ".app" : NAME;
        }

        String argsName() {
            return name().toLowerCase(Locale.ROOT);
        }

        Path icon(Path project) {
            return project.resolve(switch (this) {
                case LINUX -> "icons/statedesk.png";
                case MAC -> "icons/statedesk.icns";
                case WINDOWS -> "icons/statedesk.ico";
            });
        }
    }
}
