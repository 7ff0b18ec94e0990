package io.statedesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A rule that never fails proves nothing: each architecture rule, pointed at the fixtures package, reports the
 * class written to break it.
 */
class ArchitectureRulesCatchFixturesTest {

    static final String FIXTURES = "io.statedesk.architecture.fixtures";
    private static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages(FIXTURES);
    }

    static List<Rules.Named> rules() {
        return Rules.all(FIXTURES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void rule_reportsItsBrokenFixture(Rules.Named rule) {
        EvaluationResult result = rule.rule().evaluate(fixtures);

        assertThat(result.hasViolation()).as("%s finds a violation", rule.name()).isTrue();
        assertThat(result.getFailureReport().toString())
                .as("%s names the class that breaks it", rule.name())
                .contains(FIXTURES + "." + rule.brokenBy())
                .contains("because");
    }

    @Test
    void lengthCheck_reportsTheLongFixture() {
        assertThat(SourceLength.longerThan(Path.of("src/test/java/io/statedesk/architecture/fixtures/app"),
                ArchitectureTest.MAX_APP_LINES))
                .singleElement().asString().startsWith("LongWiring.java: ");
    }
}
