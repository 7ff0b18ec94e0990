package io.statedesk.component.validation;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.model.Hosting;
import io.statedesk.component.model.Severity;
import io.statedesk.component.model.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks loaded components against what daprd and {@code state.aws.dynamodb} accept. Pure: no file, network or
 * environment access, so the same input always gives the same list, sorted by file and position.
 */
public final class ComponentValidator {

    private ComponentValidator() {
    }

    /** Reading problems, every component's own problems, and those across the folder (names, secret stores). */
    public static List<Violation> validate(ComponentSet set) {
        List<Violation> all = new ArrayList<>(set.readProblems());
        List<ComponentManifest> components = set.components();
        for (ComponentManifest c : components) {
            all.addAll(validate(c, set.hosting()));
            all.addAll(secretStoreReference(c, components, set.hosting()));
        }
        all.addAll(duplicateNames(components));
        all.sort(Violation.BY_POSITION);
        return List.copyOf(all);
    }

    /** The problems of one component on its own. */
    public static List<Violation> validate(ComponentManifest component) {
        return validate(component, Hosting.SELF_HOSTED);
    }

    /** The problems of one component on its own, as daprd sees it where it runs. */
    public static List<Violation> validate(ComponentManifest component, Hosting hosting) {
        Findings f = new Findings(component, hosting);
        ManifestRules.check(f);
        if (component.isDynamoDb()) {
            DynamoDbRules.check(f);
        }
        SecretStoreRules.check(f);
        return f.violations();
    }

    private static List<Violation> duplicateNames(List<ComponentManifest> components) {
        Map<String, ComponentManifest> seen = new HashMap<>();
        List<Violation> out = new ArrayList<>();
        for (ComponentManifest c : components) {
            if (c.name() == null || c.name().isEmpty()) {
                continue;
            }
            ComponentManifest first = seen.putIfAbsent(c.name(), c);
            if (first != null) {
                Findings f = new Findings(c);
                f.at("metadata.name", "metadata.name", Severity.ERROR,
                        "Another component is already named `" + c.name() + "` (" + first.file().getFileName() + " line "
                                + first.span("metadata.name").line() + "): daprd refuses to start with duplicate names.",
                        "Rename one of them, or move it to another resources folder.");
                out.addAll(f.violations());
            }
        }
        return out;
    }

    private static List<Violation> secretStoreReference(ComponentManifest c, List<ComponentManifest> all,
                                                       Hosting hosting) {
        String store = c.secretStore();
        if (store == null || store.isEmpty() || hosting.operatorResolvesSecrets(store)) {
            return List.of();
        }
        boolean used = c.metadata().stream().anyMatch(i -> i.hasSecretKeyRef());
        Findings f = new Findings(c);
        Optional<ComponentManifest> target = all.stream().filter(o -> store.equals(o.name())).findFirst();
        if (target.isEmpty()) {
            f.at("auth.secretStore", "auth.secretStore", used ? Severity.ERROR : Severity.WARNING,
                    "No component named `" + store + "` is in this "
                            + (hosting == Hosting.KUBERNETES ? "namespace" : "folder") + (used
                            ? "; daprd waits for that secret store forever and never starts this component."
                            : "."),
                    "Add the secret store component to the folder, or correct the name.");
        } else if (!target.get().isSecretStore()) {
            f.at("auth.secretStore", "auth.secretStore", Severity.ERROR,
                    "`" + store + "` is a " + target.get().type() + " component, not a secret store.",
                    "Name a component whose type starts with `secretstores.`.");
        }
        return f.violations();
    }
}
