import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Puts the pinned dynoxide (the local DynamoDB server of the sandbox, the tests and the benchmarks) where the build
 * needs it. It is built with cargo once per version into a cache folder outside the work tree, then copied with its
 * licence files and the licence inventory of the crates it is built from into the output folder.
 *
 * <p>Run by Maven in generate-resources, as a single-file program (no compiled code exists yet at that point):
 * {@code java tools/dynoxide/InstallDynoxide.java VERSION FEATURES OUTPUT_DIR}. Environment:
 * {@code STATEDESK_DYNOXIDE} uses a dynoxide binary you already have instead of building one;
 * {@code STATEDESK_CACHE_DIR} moves the cache. Exit code 0 when the binary is in place, 1 with one paragraph saying
 * what to do otherwise.
 */
public final class InstallDynoxide {

    /** Licences every crate in the binary may carry (SPDX ids; an expression passes when one OR branch does). */
    private static final Set<String> OPEN_SOURCE = Set.of("MIT", "Apache-2.0", "Apache-2.0 WITH LLVM-exception",
            "BSD-2-Clause", "BSD-3-Clause", "BSL-1.0", "ISC", "Unicode-3.0", "Unicode-DFS-2016", "Zlib", "0BSD",
            "MIT-0", "CC0-1.0", "Unlicense", "MPL-2.0", "OpenSSL");
    private static final String CRATE = "dynoxide-rs";
    private static final String COMPLETE = "installed.txt";

    private InstallDynoxide() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            fail("usage: java tools/dynoxide/InstallDynoxide.java VERSION FEATURES OUTPUT_DIR");
        }
        String version = args[0];
        String features = args[1];
        Path output = Path.of(args[2]);
        String given = System.getenv("STATEDESK_DYNOXIDE");
        if (given != null && !given.isBlank()) {
            Path binary = Path.of(given);
            if (!Files.isExecutable(binary)) {
                fail("STATEDESK_DYNOXIDE is set to " + binary + ", which is not an executable file. Point it at a "
                        + "dynoxide binary (version " + version + ") or unset it to let the build make one.");
            }
            copy(binary, null, output);
            return;
        }
        Path root = cacheRoot().resolve("dynoxide").resolve(version + "-" + features.replace(',', '+'));
        Files.createDirectories(root);
        Path binary = root.resolve("bin").resolve(executableName());
        if (!Files.exists(root.resolve(COMPLETE))) {
            // Two builds at once (two working trees) must not run cargo into the same folder.
            try (FileChannel channel = FileChannel.open(root.resolve("install.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                if (!Files.exists(root.resolve(COMPLETE))) {
                    build(version, features, root, binary);
                }
            }
        }
        copy(binary, root.resolve("licenses"), output);
    }

    private static void build(String version, String features, Path root, Path binary) throws Exception {
        Path cargo = findCargo();
        System.out.println("[dynoxide] Building dynoxide " + version + " (the local DynamoDB server of the sandbox"
                + " and the tests) with cargo, once per version: a few minutes on 2 cores. Cache: " + root);
        long started = System.nanoTime();
        run(List.of(cargo.toString(), "install", "--locked", "--root", root.toString(), "--version", "=" + version,
                CRATE, "--no-default-features", "--features", features), null,
                "cargo could not build dynoxide " + version + " (see its output above). Check that crates.io is"
                        + " reachable, or set STATEDESK_DYNOXIDE to a dynoxide binary you already have.");
        if (!Files.isExecutable(binary)) {
            fail("cargo finished but " + binary + " is not there.");
        }
        Path licenses = root.resolve("licenses");
        Files.createDirectories(licenses);
        Path source = crateSource(version);
        for (String name : List.of("LICENSE-MIT", "LICENSE-APACHE", "NOTICE")) {
            Files.copy(source.resolve(name), licenses.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        writeCrateInventory(cargo, source, features, licenses.resolve("THIRD-PARTY-CRATES.txt"), version);
        Files.writeString(root.resolve(COMPLETE), "dynoxide-rs " + version + " features " + features + "\n");
        System.out.printf(Locale.ROOT, "[dynoxide] Built in %.0f s.%n", (System.nanoTime() - started) / 1e9);
    }

    /** Every crate compiled into the binary with its licence, each checked against {@link #OPEN_SOURCE}. */
    private static void writeCrateInventory(Path cargo, Path source, String features, Path target, String version)
            throws Exception {
        Path listing = Files.createTempFile("dynoxide-crates", ".txt");
        try {
            run(List.of(cargo.toString(), "tree", "--locked", "--manifest-path",
                    source.resolve("Cargo.toml").toString(), "--edges", "normal,build", "--no-default-features",
                    "--features", features, "--prefix", "none", "--format", "{p}\t{l}"), listing,
                    "cargo tree could not list the crates of dynoxide.");
            Set<String> lines = new TreeSet<>();
            List<String> refused = new ArrayList<>();
            for (String line : Files.readAllLines(listing, StandardCharsets.UTF_8)) {
                // Build-time crates (proc-macro, build scripts) are listed too: they are part of what is compiled.
                String entry = line.replace(" (*)", "").replace(" (proc-macro)", "").strip();
                if (entry.isEmpty()) {
                    continue;
                }
                String[] parts = entry.split("\t", 2);
                // The root crate is printed with its source folder: keep name and version only.
                parts[0] = parts[0].replaceFirst(" \\(.*\\)$", "");
                String license = parts.length > 1 ? parts[1].strip() : "";
                if (!openSource(license)) {
                    refused.add(parts[0] + " (" + (license.isEmpty() ? "no licence declared" : license) + ")");
                }
                lines.add(parts[0] + "\t" + license);
            }
            if (!refused.isEmpty()) {
                fail("dynoxide " + version + " is built from crates without an accepted open-source licence: "
                        + String.join(", ", refused) + ". Review them before shipping this version.");
            }
            StringBuilder text = new StringBuilder("Crates compiled into dynoxide " + version
                    + " (from `cargo tree`), with the licence each declares. StateDesk ships the binary under"
                    + " dynoxide's own MIT OR Apache-2.0 licence (LICENSE-MIT, LICENSE-APACHE, NOTICE).\n\n");
            lines.forEach(line -> text.append(line).append('\n'));
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(listing);
        }
    }

    static boolean openSource(String expression) {
        String normalized = expression.replace("/", " OR ").replace("(", "").replace(")", "").strip();
        if (normalized.isEmpty()) {
            return false;
        }
        if (java.util.Arrays.stream(normalized.split(" OR | AND ")).map(String::strip).allMatch(OPEN_SOURCE::contains)) {
            return true;
        }
        for (String branch : normalized.split(" OR ")) {
            boolean all = true;
            for (String part : branch.split(" AND ")) {
                all &= OPEN_SOURCE.contains(part.strip());
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Copies the binary (and licences) only when they changed, so that a running sandbox keeps its file. */
    private static void copy(Path binary, Path licenses, Path output) throws IOException {
        Files.createDirectories(output);
        Path target = output.resolve(executableName());
        if (!Files.exists(target) || Files.size(target) != Files.size(binary)
                || Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(binary)) < 0) {
            Path temporary = output.resolve(executableName() + ".part");
            Files.copy(binary, temporary, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            temporary.toFile().setExecutable(true, false);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        if (licenses != null && Files.isDirectory(licenses)) {
            Path licenseOut = output.resolve("licenses");
            Files.createDirectories(licenseOut);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(licenses)) {
                for (Path file : files) {
                    Files.copy(file, licenseOut.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static Path cacheRoot() {
        String override = System.getenv("STATEDESK_CACHE_DIR");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData/Local")).resolve("StateDesk/cache");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Caches/StateDesk");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache")).resolve("statedesk");
    }

    private static Path findCargo() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") ? "cargo.exe"
                : "cargo";
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isBlank()) {
                    candidates.add(Path.of(dir, name));
                }
            }
        }
        String cargoHome = System.getenv("CARGO_HOME");
        candidates.add((cargoHome != null ? Path.of(cargoHome)
                : Path.of(System.getProperty("user.home"), ".cargo")).resolve("bin").resolve(name));
        for (Path candidate : candidates) {
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        fail("The first build makes dynoxide, the local DynamoDB server that the sandbox and the tests run, with"
                + " Rust's cargo, which is not installed (not on the PATH, not in ~/.cargo/bin). Install Rust from"
                + " https://rustup.rs (the minimal profile is enough) and run the command again: the build then"
                + " takes a few more minutes once. Or set STATEDESK_DYNOXIDE to a dynoxide binary you already have.");
        return null;
    }

    private static Path crateSource(String version) throws IOException {
        String cargoHome = System.getenv("CARGO_HOME");
        Path registry = (cargoHome != null ? Path.of(cargoHome) : Path.of(System.getProperty("user.home"), ".cargo"))
                .resolve("registry").resolve("src");
        if (Files.isDirectory(registry)) {
            try (DirectoryStream<Path> indexes = Files.newDirectoryStream(registry)) {
                for (Path index : indexes) {
                    Path source = index.resolve(CRATE + "-" + version);
                    if (Files.isRegularFile(source.resolve("Cargo.toml"))) {
                        return source;
                    }
                }
            }
        }
        fail("cargo built dynoxide, but its source (with the licence files to ship) is not under " + registry + ".");
        return null;
    }

    private static void run(List<String> command, Path stdout, String failure) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(stdout == null);
        if (stdout == null) {
            builder.inheritIO();
        } else {
            builder.redirectOutput(stdout.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
        }
        Process process = builder.start();
        try (InputStream ignored = process.getInputStream()) {
            if (!process.waitFor(60, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                fail(failure);
            }
        }
    }

    private static String executableName() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") ? "dynoxide.exe"
                : "dynoxide";
    }

    private static void fail(String message) {
        System.err.println("[dynoxide] " + message);
        System.exit(1);
    }
}
