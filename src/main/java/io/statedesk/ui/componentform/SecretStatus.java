package io.statedesk.ui.componentform;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.MetadataItem;
import io.statedesk.component.model.Severity;
import io.statedesk.component.model.Violation;
import io.statedesk.component.secrets.ResolvedMetadata;
import io.statedesk.component.secrets.SecretResolver;
import io.statedesk.component.yaml.ItemValue;
import io.statedesk.session.ErrorText;
import io.statedesk.ui.common.TaskRunner;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether each reference of the form resolves now, worked out in the background with the component layer's
 * resolver (it reads the secret store's file). Only sentences come back to the form: resolved values are dropped
 * where they were read. Resolution problems are shown as warnings: they describe this machine's secret stores and
 * environment, which may differ from daprd's, not the file.
 */
final class SecretStatus {

    private final TaskRunner runner;
    private final FormInputs inputs;
    private final Map<String, String> environment;
    private final Runnable onChange;
    private Map<FormField, List<FieldMessage>> messages = Map.of();
    private TaskRunner.Cancellable running;

    SecretStatus(TaskRunner runner, FormInputs inputs, Map<String, String> environment, Runnable onChange) {
        this.runner = runner;
        this.inputs = inputs;
        this.environment = environment;
        this.onChange = onChange;
    }

    /** What one resolution found: a sentence and problems per field, no values. */
    private record Outcome(Map<FormField, String> sentences, Map<FormField, List<FieldMessage>> problems) {
    }

    void resolve(FormCheck check) {
        cancel();
        ComponentManifest component = check == null ? null : check.component();
        boolean references = component != null && component.metadata().stream()
                .anyMatch(i -> i.hasSecretKeyRef() || !i.hasValue() && i.hasEnvRef());
        if (!references) {
            messages = Map.of();
            inputs.fields.values().forEach(f -> f.setResolution(""));
            return;
        }
        running = runner.run(() -> outcome(check, component), outcome -> {
            messages = outcome.problems();
            inputs.fields.forEach((f, model) -> model.setResolution(outcome.sentences().getOrDefault(f, "")));
            onChange.run();
        }, failure -> {
            inputs.fields.values().forEach(f -> f.setResolution(f.value() instanceof ItemValue.Plain
                    || !f.value().isSet() ? "" : "Not resolved: " + ErrorText.of(failure)));
        });
    }

    List<FieldMessage> messages(FormField field) {
        return messages.getOrDefault(field, List.of());
    }

    void cancel() {
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    private Outcome outcome(FormCheck check, ComponentManifest component) {
        ResolvedMetadata resolved = new SecretResolver(check.set(), environment).resolve(component);
        Map<FormField, String> sentences = new EnumMap<>(FormField.class);
        Map<FormField, List<FieldMessage>> problems = new EnumMap<>(FormField.class);
        for (Violation v : resolved.problems()) {
            FormField.forViolation(v.field()).ifPresent(f -> problems.computeIfAbsent(f,
                    k -> new java.util.ArrayList<>()).add(new FieldMessage(Severity.WARNING, v.message(), v.fix())));
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
        return new Outcome(sentences, problems);
    }
}
