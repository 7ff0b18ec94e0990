package io.statedesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md's package diagram cannot drift: it is computed here from the classes (an arrow from a package
 * to each package its classes use) and compared with the file. When they differ the test prints the block to paste.
 */
class ArchitectureDiagramTest {

    static final Path DOCUMENT = Path.of("docs/architecture.md");
    private static final String ROOT = "io.statedesk.";
    private static final Pattern BLOCK = Pattern.compile("```mermaid\\n(.*?)```", Pattern.DOTALL);

    @Test
    void packageDiagram_matchesTheClasses() throws IOException {
        String expected = diagram(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.statedesk"));
        String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        Matcher block = BLOCK.matcher(document);

        assertThat(block.find()).as("%s has a ```mermaid block; it should be:%n```mermaid%n%s```", DOCUMENT,
                expected).isTrue();
        assertThat(block.group(1))
                .as("The package diagram in %s is out of date. Replace its block with:%n```mermaid%n%s```", DOCUMENT,
                        expected)
                .isEqualTo(expected);
    }

    /** "flowchart TD", then one line per arrow, sorted, so that the text only changes when the graph does. */
    static String diagram(JavaClasses classes) {
        SortedMap<String, SortedSet<String>> arrows = new TreeMap<>();
        for (JavaClass type : classes) {
            Optional<String> from = topPackage(type);
            if (from.isEmpty()) {
                continue;
            }
            arrows.computeIfAbsent(from.get(), name -> new TreeSet<>());
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                topPackage(dependency.getTargetClass()).filter(to -> !to.equals(from.get()))
                        .ifPresent(to -> arrows.get(from.get()).add(to));
            }
        }
        StringBuilder text = new StringBuilder("flowchart TD\n");
        arrows.forEach((from, targets) -> text.append(targets.isEmpty() ? "    " + from + "\n"
                : targets.stream().map(to -> "    " + from + " --> " + to + "\n").collect(Collectors.joining())));
        return text.toString();
    }

    /** "engine" for io.statedesk.engine.json.DaprJson; empty outside the product. */
    private static Optional<String> topPackage(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT)) {
            return Optional.empty();
        }
        String rest = name.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
