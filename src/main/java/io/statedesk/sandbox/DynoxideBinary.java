package io.statedesk.sandbox;

import io.statedesk.build.BuildInfo;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the dynoxide executable (the local DynamoDB server the sandbox runs). The build puts it in a {@code dynoxide}
 * folder next to the app's code: {@code target/dynoxide} for {@code ./mvnw javafx:run} and
 * {@code java -jar target/statedesk.jar}, {@code lib/app/dynoxide} inside an installed app.
 */
public final class DynoxideBinary {

    /** A dynoxide executable, or a folder holding one: tests and unusual installs set it. */
    public static final String PROPERTY = "statedesk.dynoxide";
    /** The same as {@link #PROPERTY}, from the environment. */
    public static final String ENVIRONMENT = "STATEDESK_DYNOXIDE";

    private final List<Path> searched;
    private final Path found;

    private DynoxideBinary(List<Path> searched, Path found) {
        this.searched = List.copyOf(searched);
        this.found = found;
    }

    /** Looks in the configured places, then next to the app's code, then on the PATH. */
    public static DynoxideBinary locate() {
        return locate(System.getProperty(PROPERTY), System.getenv(), codeFolder());
    }

    static DynoxideBinary locate(String property, Map<String, String> environment, Optional<Path> codeFolder) {
        List<Path> candidates = new ArrayList<>();
        addConfigured(candidates, property);
        addConfigured(candidates, environment.get(ENVIRONMENT));
        codeFolder.ifPresent(folder -> candidates.add(folder.resolve("dynoxide").resolve(executableName())));
        String path = environment.get("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    try {
                        candidates.add(Path.of(dir, executableName()));
                    } catch (InvalidPathException ignored) {
                        // A malformed PATH entry is not a place to look.
                    }
                }
            }
        }
        Path hit = candidates.stream().filter(Files::isRegularFile).filter(Files::isExecutable).findFirst()
                .orElse(null);
        return new DynoxideBinary(candidates, hit);
    }

    public Optional<Path> path() {
        return Optional.ofNullable(found);
    }

    /** Where it was looked for, in order: for the message that says it is missing. */
    public List<Path> searched() {
        return searched;
    }

    /** What a user reads when the sandbox cannot start because the binary is missing: the places and the remedies. */
    public String missingAdvice() {
        return "The sandbox runs dynoxide, a local DynamoDB server, and it is not part of this installation (looked in "
                + String.join(", ", searched.stream().limit(3).map(Path::toString).toList())
                + (searched.size() > 3 ? " and on the PATH" : "") + ").\n\nInstall it with Rust's cargo: cargo install"
                + " --locked dynoxide-rs@" + BuildInfo.dynoxideVersion() + " --no-default-features --features"
                + " native-sqlite,http-server,cli, then open the sandbox again. Or start a local DynamoDB you already"
                + " have (DynamoDB Local in Docker, LocalStack, moto) and use it for the sandbox.";
    }

    private static void addConfigured(List<Path> candidates, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            Path configured = Path.of(value.strip());
            candidates.add(Files.isDirectory(configured) ? configured.resolve(executableName()) : configured);
        } catch (InvalidPathException ignored) {
            // Not a path: nothing to look at.
        }
    }

    static String executableName() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") ? "dynoxide.exe"
                : "dynoxide";
    }

    /** The folder holding the app's jar (or target/classes when run from the build). */
    private static Optional<Path> codeFolder() {
        try {
            CodeSource source = DynoxideBinary.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Optional.ofNullable(location.getParent());
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
