package io.statedesk.bench;

import com.sun.management.ThreadMXBean;
import io.statedesk.component.ComponentLoader;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.validation.ComponentValidator;
import io.statedesk.component.yaml.SafeYaml;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Validation cost of hostile component files just under the 1 MiB limit (issue 13, item 7): wall time, CPU time and
 * bytes allocated by loading and validating each shape, as {@code statedesk validate} does. Not a test (timings do
 * not belong in {@code verify}); run it with a small heap to show the memory bound:
 *
 * <pre>
 * ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx64m -cp target/test-classes:target/classes:$(cat target/cp.txt) io.statedesk.bench.ComponentValidationBench
 * </pre>
 */
public final class ComponentValidationBench {

    private static final int LIMIT = SafeYaml.MAX_FILE_BYTES - 64;

    private ComponentValidationBench() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> shapes = new LinkedHashMap<>();
        shapes.put("many small components (one per document)", repeat(i -> "---\n" + component(i, 6)));
        shapes.put("one component, ~25,000 metadata items", header(0) + repeat(i -> "  - name: field" + i
                + "\n    value: \"v" + i + "\"\n"));
        shapes.put("one component, every item a duplicate of `table`", header(0) + repeat(i -> "  - name: table\n"
                + "    value: t" + i + "\n"));
        shapes.put("one component, ~25,000 misspelt names", header(0) + repeat(i -> "  - name: tabel" + i
                + "\n    value: x\n"));
        shapes.put("one component, ~25,000 secretKeyRefs", header(0) + "auth:\n  secretStore: s\n".repeat(0)
                + repeat(i -> "  - name: accessKey\n    secretKeyRef:\n      name: s" + i + "\n      key: k\n"));
        shapes.put("empty documents (`---` lines)", repeat(i -> "---\n"));
        shapes.put("one 1 MiB value", header(0) + "  - name: table\n    value: \"" + "x".repeat(LIMIT - 400)
                + "\"\n");
        shapes.put("one 1 MiB metadata name", header(0) + "  - name: " + "n".repeat(LIMIT - 400) + "\n    value: x\n");
        shapes.put("flow mapping of ~60,000 keys", "{" + repeat(i -> "k" + i + ": v,") + "z: 1}\n");
        shapes.put("~50,000 scalar aliases", "a: &x v\nb: [" + repeat(i -> "*x,") + "*x]\n");
        shapes.put("comments only", repeat(i -> "# comment line " + i + "\n"));
        shapes.put("one 1 MiB line of `-` without newline", "-".repeat(LIMIT));
        shapes.put("lines of `---x` (dropped separator text)", repeat(i -> "---x" + i + "\n"));
        shapes.put("scopes list of ~60,000 app ids", header(0) + "  - name: table\n    value: t\nscopes:\n"
                + repeat(i -> "  - app" + i + "\n"));

        Path dir = Files.createTempDirectory("statedesk-validation-bench");
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "max heap %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "%-52s %9s %8s %8s %10s %8s%n", "shape", "bytes", "wall ms", "cpu ms",
                "alloc MB", "findings");
        for (Map.Entry<String, String> shape : shapes.entrySet()) {
            Path file = dir.resolve("c.yaml");
            byte[] bytes = shape.getValue().getBytes(StandardCharsets.UTF_8);
            Files.write(file, bytes);
            // one warm-up, then the measured run
            validate(file);
            long alloc = threads.getCurrentThreadAllocatedBytes();
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            int findings = validate(file);
            wall = System.nanoTime() - wall;
            cpu = threads.getCurrentThreadCpuTime() - cpu;
            alloc = threads.getCurrentThreadAllocatedBytes() - alloc;
            System.out.printf(Locale.ROOT, "%-52s %9d %8d %8d %10.1f %8d%n", shape.getKey(), bytes.length,
                    wall / 1_000_000, cpu / 1_000_000, alloc / 1048576.0, findings);
            Files.delete(file);
        }
        Files.delete(dir);
    }

    private static int validate(Path file) throws IOException {
        ComponentSet set = ComponentLoader.load(file);
        return ComponentValidator.validate(set).size();
    }

    /** Repeats the generated text until the file is just under the limit. */
    private static String repeat(IntFunction<String> part) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; ; i++) {
            String next = part.apply(i);
            if (out.length() + next.length() > LIMIT - 512) {
                return out.toString();
            }
            out.append(next);
        }
    }

    private static String header(int i) {
        return "apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: c" + i + "\nspec:\n"
                + "  type: state.aws.dynamodb\n  version: v1\n  metadata:\n";
    }

    private static String component(int i, int items) {
        StringBuilder out = new StringBuilder(header(i));
        out.append("  - name: table\n    value: t").append(i).append('\n');
        for (int k = 1; k < items; k++) {
            out.append("  - name: f").append(k).append("\n    value: v\n");
        }
        return out.toString();
    }
}
