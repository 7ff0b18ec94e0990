package io.statedesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds the layering of docs/decisions/0001-layering.md and 0024-session-layer.md on the product's classes. Each rule
 * is shown to catch a deliberately broken class in {@link ArchitectureRulesCatchFixturesTest}.
 */
class ArchitectureTest {

    static final String ROOT = "io.statedesk";
    static final int MAX_APP_LINES = 150;
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/io/statedesk/architecture/fixtures/"))
                .importPackages(ROOT);
    }

    static List<Rules.Named> rules() {
        return Rules.all(ROOT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void product_keepsTheRule(Rules.Named rule) {
        rule.rule().check(classes);
    }

    @Test
    void theFixtures_areNotPartOfWhatIsChecked() {
        assertThat(classes.stream().map(c -> c.getPackageName()))
                .isNotEmpty()
                .noneMatch(name -> name.startsWith("io.statedesk.architecture"));
    }

    /** app wires; logic that makes an app class long belongs to the session layer or a view model. */
    @Test
    void app_holdsNoClassOver150Lines() {
        assertThat(SourceLength.longerThan(Path.of("src/main/java/io/statedesk/app"), MAX_APP_LINES))
                .as("app classes over %d lines: app only wires (docs/decisions/0024-session-layer.md)",
                        MAX_APP_LINES)
                .isEmpty();
    }
}
