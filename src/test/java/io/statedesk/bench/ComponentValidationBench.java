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
 * Validation cost of hostile component files just under the file limit (256 KiB) (issue 13, item 7): wall time, CPU time and
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
        shapes.put("documents of ~60 KiB of metadata items", documents(i -> "  - name: field" + i
                + "\n    value: \"v" + i + "\"\n"));
        shapes.put("documents of ~60 KiB of duplicates of `table`", documents(i -> "  - name: table\n"
                + "    value: t" + i + "\n"));
        shapes.put("documents of ~60 KiB of misspelt names", documents(i -> "  - name: tabel" + i
                + "\n    value: x\n"));
        shapes.put("documents of ~60 KiB of secretKeyRefs", documents(i -> "  - name: accessKey\n"
                + "    secretKeyRef:\n      name: s" + i + "\n      key: k\n"));
        shapes.put("documents with one ~60 KiB value", documents(i -> i > 0 ? "" : "  - name: table\n    value: \""
                + "x".repeat(60 * 1024) + "\"\n"));
        shapes.put("documents with one ~60 KiB metadata name", documents(i -> i > 0 ? "" : "  - name: "
                + "n".repeat(60 * 1024) + "\n    value: x\n"));
        shapes.put("documents of ~60 KiB scopes", documents(i -> i == 0 ? "scopes:\n" : "  - app" + i + "\n"));
        shapes.put("1,000 empty documents (`---` lines)", "---\n".repeat(999));
        shapes.put("1,000 documents of `---x` (dropped text)", repeatCount(999, i -> "---x" + i + "\n"));
        shapes.put("flow mapping of ~60 KiB", documents(i -> i == 0 ? "{" : i > 5000 ? "" : "k" + i + ": v, ")
                .replace("\n---\n", "z: 1}\n---\n{"));
        shapes.put("scalar aliases, ~60 KiB a document", documents(i -> i == 0 ? "a: &x v\nb: [" : "*x, ")
                .replace("\n---\n", "*x]\n---\na: &x v\nb: ["));
        shapes.put("comments only", repeat(i -> "# comment line " + i + "\n"));
        shapes.put("too many documents (refused)", repeat(i -> "---\n"));
        shapes.put("one document over 64 KiB (refused)", header(0) + "  - name: " + "n".repeat(LIMIT - 400)
                + "\n    value: x\n");

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

    /** Documents of just under daprd's 64 KiB each, as many as fit: a component header, then parts. */
    private static String documents(IntFunction<String> part) {
        StringBuilder out = new StringBuilder();
        while (out.length() + 64 * 1024 < LIMIT) {
            StringBuilder doc = new StringBuilder(header(out.length()));
            for (int i = 0; ; i++) {
                String next = part.apply(i);
                if (doc.length() + next.length() > 62 * 1024) {
                    break;
                }
                doc.append(next);
                if (next.isEmpty() && i > 0) {
                    break;
                }
            }
            out.append(doc).append("\n---\n");
        }
        return out.toString();
    }

    private static String repeatCount(int count, IntFunction<String> part) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(part.apply(i));
        }
        return out.toString();
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
