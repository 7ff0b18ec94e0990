package io.statedesk.component.settings;

import io.statedesk.component.model.LocalEndpoints;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * The user's own settings for connecting, one small properties file shared by the window and the command line
 * ({@value #FILE_NAME} in the app data folder; {@value #LOCATION_VARIABLE} names another file):
 *
 * <pre>
 * # hosts you declare local: writable without "Allow writes" or --allow-writes (never inferred from a name)
 * local.hosts = dynamodb.lab.internal, build-box
 * timeout.connect.seconds = 3
 * timeout.attempt.seconds = 10
 * timeout.total.seconds = 30
 * retry.max.attempts = 3
 * </pre>
 *
 * A value that cannot be used is ignored with a problem naming the file, the key and what is allowed; the default
 * stays in force. No secret is ever read from or written to this file.
 *
 * @param localEndpoints which endpoints count as local
 * @param limits         the client's timeouts and retries
 * @param source         the file read, or null for the defaults
 * @param problems       one sentence per ignored value
 */
public record StateDeskSettings(LocalEndpoints localEndpoints, ClientLimits limits, Path source,
        List<String> problems) {

    public static final String FILE_NAME = "settings.properties";
    public static final String LOCATION_VARIABLE = "STATEDESK_SETTINGS";

    public static final String LOCAL_HOSTS = "local.hosts";
    public static final String CONNECT = "timeout.connect.seconds";
    public static final String ATTEMPT = "timeout.attempt.seconds";
    public static final String TOTAL = "timeout.total.seconds";
    public static final String MAX_ATTEMPTS = "retry.max.attempts";

    public StateDeskSettings {
        problems = List.copyOf(problems);
    }

    public static StateDeskSettings defaults() {
        return new StateDeskSettings(LocalEndpoints.loopbackOnly(), ClientLimits.DEFAULTS, null, List.of());
    }

    /** The settings file the environment names, else {@value #FILE_NAME} in {@code appDataFolder}. */
    public static Path location(Map<String, String> environment, Path appDataFolder) {
        String named = environment.get(LOCATION_VARIABLE);
        return named != null && !named.isBlank() ? Path.of(named.strip()) : appDataFolder.resolve(FILE_NAME);
    }

    /** Reads {@code file}; a missing file means the defaults. */
    public static StateDeskSettings load(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return defaults();
        }
        Properties values = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return new StateDeskSettings(LocalEndpoints.loopbackOnly(), ClientLimits.DEFAULTS, file,
                    List.of(file + ": cannot be read (" + e.getMessage() + "); the defaults are used"));
        }
        List<String> problems = new ArrayList<>();
        Set<String> hosts = Arrays.stream(values.getProperty(LOCAL_HOSTS, "").split("[,\\s]+"))
                .filter(h -> !h.isBlank()).collect(Collectors.toSet());
        for (String host : hosts) {
            if (host.contains("/") || host.contains(":") && !host.startsWith("[")) {
                problems.add(file + ": " + LOCAL_HOSTS + " lists '" + host + "', which is not a host name; list "
                        + "names only, such as dynamodb.lab.internal, without scheme or port");
            }
        }
        hosts.removeIf(h -> h.contains("/") || h.contains(":") && !h.startsWith("["));
        ClientLimits d = ClientLimits.DEFAULTS;
        int connect = number(values, CONNECT, (int) d.connect().toSeconds(), n -> n >= 1 && n <= 60, "1 to 60",
                file, problems);
        int attempt = number(values, ATTEMPT, (int) d.attempt().toSeconds(), n -> n >= 1 && n <= 300, "1 to 300",
                file, problems);
        int total = number(values, TOTAL, (int) d.total().toSeconds(), n -> n >= 1 && n <= 900, "1 to 900", file,
                problems);
        int attempts = number(values, MAX_ATTEMPTS, d.maxAttempts(), n -> n >= 1 && n <= 10, "1 to 10", file,
                problems);
        return new StateDeskSettings(new LocalEndpoints(hosts), new ClientLimits(Duration.ofSeconds(connect),
                Duration.ofSeconds(attempt), Duration.ofSeconds(Math.max(total, attempt)), attempts), file, problems);
    }

    private static int number(Properties values, String key, int fallback, IntPredicate allowed, String range,
            Path file, List<String> problems) {
        String text = values.getProperty(key);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (allowed.test(n)) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(file + ": " + key + " = '" + text.strip() + "' is not a whole number from " + range
                + "; the default " + fallback + " is used");
        return fallback;
    }

    public StateDeskSettings withLimits(ClientLimits newLimits) {
        return new StateDeskSettings(localEndpoints, newLimits, source, problems);
    }
}
