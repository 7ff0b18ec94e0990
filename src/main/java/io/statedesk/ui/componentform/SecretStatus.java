package io.statedesk.ui.componentform;

import io.statedesk.component.form.FieldMessage;
import io.statedesk.component.form.FormCheck;
import io.statedesk.component.form.FormField;
import io.statedesk.component.form.ReferenceCheck;
import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.yaml.ItemValue;
import io.statedesk.session.ErrorText;
import io.statedesk.ui.common.TaskRunner;
import java.util.List;
import java.util.Map;

/**
 * Keeps the form's reference status current: {@link ReferenceCheck} runs in the background after each edit, and only
 * its sentences come back to the form (resolved values are dropped where they were read).
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

    void resolve(FormCheck check) {
        cancel();
        ComponentManifest component = check == null ? null : check.component();
        if (!ReferenceCheck.hasReferences(component)) {
            messages = Map.of();
            inputs.fields.values().forEach(f -> f.setResolution(""));
            return;
        }
        running = runner.run(() -> ReferenceCheck.run(check, component, environment), outcome -> {
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
}
