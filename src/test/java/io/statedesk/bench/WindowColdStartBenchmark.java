package io.statedesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Cold start of the window to the sandbox's first keys (issue 19: within 3 s with {@code java -jar}), on a display
 * (Xvfb will do):
 *
 * <pre>DISPLAY=:55 ./mvnw -B -q -Pbench package exec:exec -DskipTests \
 *     -Dbench.main=io.statedesk.bench.WindowColdStartBenchmark -Dbench.rounds=5</pre>
 *
 * Each run is a fresh {@code java -jar target/statedesk.jar} (or the command in {@code -Dbench.launch}, e.g. an
 * installed image's launcher) with its own per-user folders; the first run creates the sandbox, the later ones reuse
 * it as a user's second start does. The time is the app's own log line (counted from the process start, JVM start-up
 * included); at that moment the CPU each thread used is read from {@code /proc/<pid>/task/*}, so the figures say where
 * a start-up spends its CPU (on 2 cores, the JIT compilers' share decides).
 */
public final class WindowColdStartBenchmark {

    private static final int RUNS = Integer.getInteger("bench.rounds", 5);
    private static final Pattern FIRST_KEYS = Pattern.compile("First keys on screen (\\d+) ms after the process "
            + "started \\(window shown at (\\d+) ms\\)");

    private WindowColdStartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            System.out.println("WindowColdStartBenchmark needs a display: start Xvfb (Xvfb :55 &) and set DISPLAY=:55");
            return;
        }
        List<String> launch = new ArrayList<>(List.of(System.getProperty("bench.launch",
                Path.of(System.getProperty("java.home"), "bin", "java") + " -jar target/statedesk.jar").split(" ")));
        Path root = Files.createTempDirectory("statedesk-cold-start");
        System.out.printf(Locale.ROOT, "window cold start: %s, %d runs, load average %s%n", String.join(" ", launch),
                RUNS, MillionKeysBenchmark.loadAverage());
        List<Long> later = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            Start start = start(launch, root);
            System.out.printf(Locale.ROOT, "  %s: first keys %,d ms (window shown %,d ms), CPU %.2f s: %s%n",
                    run == 0 ? "first start (creates the sandbox)" : "start " + run, start.firstKeys(),
                    start.windowShown(), start.cpu().values().stream().mapToDouble(d -> d).sum(), top(start.cpu()));
            if (run > 0) {
                later.add(start.firstKeys());
            }
        }
        later.sort(null);
        System.out.printf(Locale.ROOT, "later starts: median %,d ms, min %,d, max %,d; load average %s%n",
                later.get(later.size() / 2), later.get(0), later.get(later.size() - 1),
                MillionKeysBenchmark.loadAverage());
    }

    private record Start(long firstKeys, long windowShown, Map<String, Double> cpu) {
    }

    private static Start start(List<String> launch, Path root) throws Exception {
        Path log = root.resolve("state/statedesk/logs/statedesk.log");
        Files.deleteIfExists(log);
        ProcessBuilder builder = new ProcessBuilder(launch).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("XDG_DATA_HOME", root.toString());
        builder.environment().put("XDG_CONFIG_HOME", root.resolve("config").toString());
        builder.environment().put("XDG_STATE_HOME", root.resolve("state").toString());
        Process process = builder.start();
        try {
            for (int i = 0; i < 1_200; i++) {
                Matcher matcher = Files.exists(log)
                        ? FIRST_KEYS.matcher(Files.readString(log, StandardCharsets.UTF_8)) : null;
                if (matcher != null && matcher.find()) {
                    Map<String, Double> cpu = threadCpu(process.pid());
                    return new Start(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)), cpu);
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("the window ended before its first keys; see " + log);
                }
                Thread.sleep(25);
            }
            throw new IllegalStateException("no first keys within 30 s; see " + log);
        } finally {
            process.destroy(); // the window stops its sandbox server on the way out
            process.waitFor(20, TimeUnit.SECONDS);
            process.destroyForcibly();
        }
    }

    /** CPU seconds by thread name (numbers dropped: "GC Thread#0" and "#1" count together). */
    private static Map<String, Double> threadCpu(long pid) throws IOException {
        Map<String, Double> cpu = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                            .replaceAll("[#\\-]?\\d+$", "").strip();
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
                    cpu.merge(name, seconds, Double::sum);
                } catch (IOException | RuntimeException ended) {
                    // a thread that ended meanwhile
                }
            }
        }
        return cpu;
    }

    private static String top(Map<String, Double> cpu) {
        return cpu.entrySet().stream().filter(e -> e.getValue() >= 0.05)
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(6)
                .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue()))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
