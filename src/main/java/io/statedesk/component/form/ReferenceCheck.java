package io.statedesk.component.form;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.MetadataItem;
import io.statedesk.component.model.Severity;
import io.statedesk.component.model.Violation;
import io.statedesk.component.secrets.ResolvedMetadata;
import io.statedesk.component.secrets.SecretResolver;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether each reference of the form resolves now, with the component layer's resolver (it reads the secret store's
 * file: blocking). Only sentences come out: resolved values are dropped where they were read. Resolution problems are
 * warnings: they describe this machine's secret stores and environment, which may differ from daprd's, not the file.
 *
 * @param sentences what each referenced field resolves to, in words (never the value)
 * @param problems  the resolution problems, by field
 */
public record ReferenceCheck(Map<FormField, String> sentences, Map<FormField, List<FieldMessage>> problems) {

    public ReferenceCheck {
        sentences = Map.copyOf(sentences);
        problems = Map.copyOf(problems);
    }

    /** True when the component has references to check at all. */
    public static boolean hasReferences(ComponentManifest component) {
        return component != null && component.metadata().stream()
                .anyMatch(i -> i.hasSecretKeyRef() || !i.hasValue() && i.hasEnvRef());
    }

    public static ReferenceCheck run(FormCheck check, ComponentManifest component, Map<String, String> environment) {
        ResolvedMetadata resolved = new SecretResolver(check.set(), environment).resolve(component);
        Map<FormField, String> sentences = new EnumMap<>(FormField.class);
        Map<FormField, List<FieldMessage>> problems = new EnumMap<>(FormField.class);
        for (Violation v : resolved.problems()) {
            FormField.forViolation(v.field()).ifPresent(f -> problems.computeIfAbsent(f, k -> new ArrayList<>())
                    .add(new FieldMessage(Severity.WARNING, v.message(), v.fix())));
        }
        for (FormField f : FormField.METADATA) {
            Optional<MetadataItem> item = FormState.itemFor(component, f);
            if (item.isEmpty()) {
                continue;
            }
            MetadataItem i = item.get();
            boolean found = resolved.valueOf(i).filter(s -> !s.isEmpty()).isPresent() && !problems.containsKey(f);
            if (i.hasSecretKeyRef()) {
                sentences.put(f, found ? "Resolved from secret store `" + component.secretStore()
                        + "`. The value stays hidden and is never written to the file." : "Not resolved now.");
            } else if (!i.hasValue() && i.hasEnvRef()) {
                sentences.put(f, found ? "Set in StateDesk's environment. The value stays hidden."
                        : "Not set in StateDesk's environment.");
            }
        }
        return new ReferenceCheck(sentences, problems);
    }
}
