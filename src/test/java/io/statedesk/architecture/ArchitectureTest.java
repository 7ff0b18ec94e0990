package io.statedesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.statedesk.rules.AllowedToStartThreads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds the layering of docs/decisions/0001-layering.md. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.statedesk");
    }

    @Test
    void engine_isPlainJava_withoutJavaFxOrYaml() {
        ArchRule rule = noClasses().that().resideInAPackage("io.statedesk.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.yaml..")
                .because("the engine is shared by the window, the command line and tests without a screen");
        rule.check(classes);
    }

    @Test
    void engine_knowsNothingOfTheLayersAboveIt() {
        noClasses().that().resideInAPackage("io.statedesk.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.statedesk.component..", "io.statedesk.ui..", "io.statedesk.cli..", "io.statedesk.app..")
                .because("dependencies point one way: ui, cli -> component -> engine")
                .check(classes);
    }

    @Test
    void component_neverImportsJavaFx_norTheUiOrCommandLine() {
        noClasses().that().resideInAPackage("io.statedesk.component..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "io.statedesk.ui..", "io.statedesk.cli..", "io.statedesk.app..")
                .because("the component layer is read by the command line, which never starts JavaFX")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void daprViews_coreIsPlainJava_belowTheWindowAndTheCommandLine() {
        noClasses().that().resideInAPackage("io.statedesk.dapr..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "io.statedesk.ui..", "io.statedesk.cli..", "io.statedesk.app..")
                .because("workflow, actor and encryption logic is shared by the window and the command line")
                .check(classes);
    }

    @Test
    void commandLine_neverImportsJavaFx() {
        noClasses().that().resideInAPackage("io.statedesk.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.statedesk.ui..")
                .because("the command line runs headless, from the same jar, without the JavaFX toolkit")
                .check(classes);
    }

    @Test
    void viewModels_neverTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("view models are tested without a screen; only views build nodes")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void nobody_startsRawThreads() {
        noClasses().that().areNotAnnotatedWith(AllowedToStartThreads.class)
                .should().callConstructor(Thread.class)
                .orShould().callConstructor(Thread.class, Runnable.class)
                .orShould().callConstructor(Thread.class, Runnable.class, String.class)
                .orShould().callConstructor(Thread.class, String.class)
                .because("all I/O runs through the one TaskRunner executor, which owns its threads")
                .check(classes);
    }

    @Test
    void onlyTheCommandLine_printsToStandardStreams() {
        noClasses().that().resideOutsideOfPackages("io.statedesk.cli..", "io.statedesk.app..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("output belongs to the command line; the window reports through its own views")
                .check(classes);
    }
}
