package io.statedesk.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.lang.ArchRule;
import io.statedesk.rules.AllowedToStartThreads;
import io.statedesk.session.SandboxControl;
import io.statedesk.session.Sessions;
import java.util.List;

/**
 * The layering rules of docs/decisions/0001-layering.md and 0024-session-layer.md, written once over a root package:
 * {@code io.statedesk} for the product, {@code io.statedesk.architecture.fixtures} for the deliberately broken
 * classes that show each rule catches what it is meant to catch.
 */
final class Rules {

    /** A rule, its name in test reports, and the fixture class that breaks it. */
    record Named(String name, ArchRule rule, String brokenBy) {
        @Override
        public String toString() {
            return name;
        }
    }

    private Rules() {
    }

    static List<Named> all(String root) {
        return List.of(
                new Named("engine is plain Java", engineIsPlainJava(root), "engine.EngineShowingANode"),
                new Named("engine knows no layer above", engineKnowsNothingAbove(root), "engine.EngineCallingUp"),
                new Named("component is free of JavaFX", componentFreeOfJavaFx(root),
                        "component.ComponentShowingANode"),
                new Named("dapr views' core is free of JavaFX", daprFreeOfJavaFx(root), "dapr.DaprShowingANode"),
                new Named("command line is free of JavaFX", commandLineFreeOfJavaFx(root), "cli.CliShowingANode"),
                new Named("session layer is free of JavaFX", sessionFreeOfJavaFx(root),
                        "session.SessionShowingANode"),
                new Named("view models never touch the scene graph", viewModelsNeverTouchTheScene(root),
                        "ui.alpha.SceneTouchingViewModel"),
                new Named("no raw threads", noRawThreads(root), "ui.alpha.StartsAThread"),
                new Named("only the command line prints", onlyTheCommandLinePrints(root), "ui.alpha.PrintsToConsole"),
                new Named("top-level slices free of cycles", topSlicesFreeOfCycles(root), "history.HistoryInACycle"),
                new Named("ui slices free of cycles", uiSlicesFreeOfCycles(root), "ui.alpha.AlphaInACycle"),
                new Named("ui.common knows no feature", uiCommonKnowsNoFeature(root),
                        "ui.common.CommonKnowingAFeature"),
                new Named("AWS SDK only below the front ends", awsSdkOnlyBelowTheFrontEnds(root),
                        "ui.alpha.AwsInTheWindow"),
                new Named("Platform.runLater only in the task runner", runLaterOnlyInTheTaskRunner(root),
                        "ui.alpha.RunsLaterItself"),
                new Named("only app and the CLI entry wire sessions", onlyTheWiringMakesSessions(root),
                        "ui.alpha.WiresItsOwnSessions"));
    }

    static ArchRule engineIsPlainJava(String root) {
        return noClasses().that().resideInAPackage(root + ".engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.yaml..")
                .because("the engine is shared by the window, the command line and tests without a screen");
    }

    static ArchRule engineKnowsNothingAbove(String root) {
        return noClasses().that().resideInAPackage(root + ".engine..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".component..", root + ".session..",
                        root + ".ui..", root + ".cli..", root + ".app..")
                .because("dependencies point one way: ui, cli -> session -> component -> engine");
    }

    static ArchRule componentFreeOfJavaFx(String root) {
        return noClasses().that().resideInAPackage(root + ".component..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", root + ".ui..", root + ".cli..",
                        root + ".app..")
                .because("the component layer is read by the command line, which never starts JavaFX");
    }

    static ArchRule daprFreeOfJavaFx(String root) {
        return noClasses().that().resideInAPackage(root + ".dapr..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", root + ".ui..", root + ".cli..",
                        root + ".app..")
                .because("workflow, actor and encryption logic is shared by the window and the command line");
    }

    static ArchRule commandLineFreeOfJavaFx(String root) {
        return noClasses().that().resideInAPackage(root + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", root + ".ui..")
                .because("the command line runs headless, from the same jar, without the JavaFX toolkit");
    }

    static ArchRule sessionFreeOfJavaFx(String root) {
        return noClasses().that().resideInAPackage(root + ".session..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", root + ".ui..", root + ".cli..",
                        root + ".app..")
                .because("opening a component is one use case for the window and the command line, which never"
                        + " starts JavaFX (docs/decisions/0024-session-layer.md)");
    }

    static ArchRule viewModelsNeverTouchTheScene(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("view models are tested without a screen; only views build nodes");
    }

    static ArchRule noRawThreads(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().areNotAnnotatedWith(AllowedToStartThreads.class)
                .should().callConstructor(Thread.class)
                .orShould().callConstructor(Thread.class, Runnable.class)
                .orShould().callConstructor(Thread.class, Runnable.class, String.class)
                .orShould().callConstructor(Thread.class, String.class)
                .because("all I/O runs through the one TaskRunner executor, which owns its threads");
    }

    static ArchRule onlyTheCommandLinePrints(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(root + ".cli..", root + ".app..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("output belongs to the command line; the window reports through its own views");
    }

    static ArchRule topSlicesFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .because("a newcomer reads the layers bottom up: engine, component, session, then the front ends;"
                        + " a cycle makes two packages one");
    }

    static ArchRule uiSlicesFreeOfCycles(String root) {
        return slices().matching(root + ".ui.(*)..").should().beFreeOfCycles()
                .because("each window feature is read, changed and tested on its own");
    }

    static ArchRule uiCommonKnowsNoFeature(String root) {
        return noClasses().that().resideInAPackage(root + ".ui.common..")
                .should().dependOnClassesThat(resideInAPackage(root + ".ui..")
                        .and(not(resideInAPackage(root + ".ui.common.."))))
                .because("ui.common is what every feature builds on; a feature's own dialogs live in the feature"
                        + " (ConflictDialogs in ui.conflict)");
    }

    static ArchRule awsSdkOnlyBelowTheFrontEnds(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(root + ".engine..", root + ".component..", root + ".session..",
                        root + ".sandbox..")
                .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
                .because("only engine and component speak DynamoDB, and session builds the clients and asks STS, so"
                        + " that the window and the command line cannot write around the engine's checks; sandbox"
                        + " is the one exception: it writes its sample state raw on purpose, item by item as daprd"
                        + " stores it (its table is made through the engine)");
    }

    static ArchRule runLaterOnlyInTheTaskRunner(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().doNotHaveFullyQualifiedName("io.statedesk.ui.common.FxTaskRunner")
                .should().accessTargetWhere(target(owner(JavaClass.Predicates.type(javafx.application.Platform.class)))
                        .and(target(name("runLater"))))
                .because("the FX thread is reached through the TaskRunner only (FxTaskRunner.nextTurn for a view's"
                        + " next turn), so that tests can run it on their own thread and nothing bypasses its order");
    }

    static ArchRule onlyTheWiringMakesSessions(String root) {
        DescribedPredicate<JavaConstructorCall> makesAnImplementation = DescribedPredicate.describe(
                "a concrete Sessions or SandboxControl", call -> {
                    JavaClass made = call.getTargetOwner();
                    return !made.isInterface() && (made.isAssignableTo(Sessions.class)
                            || made.isAssignableTo(SandboxControl.class));
                });
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage(root + ".app..")
                .and().doNotHaveFullyQualifiedName("io.statedesk.cli.CommandLineMain")
                .should().callConstructorWhere(makesAnImplementation)
                .because("app (and the command line's entry point) wires; everything else depends on the"
                        + " interfaces, so that view models and commands are tested with fakes");
    }
}
