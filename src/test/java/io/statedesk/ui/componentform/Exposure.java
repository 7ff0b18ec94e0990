package io.statedesk.ui.componentform;

import io.statedesk.component.form.FormField;
import java.util.ArrayList;
import java.util.List;

/** Every text the form's view model holds for the view to show: where a secret must never turn up. */
final class Exposure {

    private Exposure() {
    }

    static List<String> textsOf(ComponentFormViewModel form) {
        List<String> texts = new ArrayList<>(List.of(form.nameProperty().get(), form.namespaceProperty().get(),
                form.secretStoreProperty().get(), form.scopesProperty().get(), form.previewProperty().get(),
                form.statusProperty().get(), form.summaryProperty().get(), form.connection().summaryProperty().get(),
                form.endpointNoteProperty().get(), form.titleProperty().get(), form.locationProperty().get(),
                form.exampleProperty().get().storedKey(), form.exampleProperty().get().explanation()));
        for (FormField f : FormField.values()) {
            form.messages(f).forEach(m -> texts.add(m.text()));
            if (f.isMetadata()) {
                MetadataFieldModel m = form.field(f);
                texts.addAll(List.of(m.textProperty().get(), m.secretNameProperty().get(),
                        m.secretKeyProperty().get(), m.envVariableProperty().get(), m.resolutionProperty().get(),
                        String.valueOf(m.value())));
            }
        }
        form.generalMessages().forEach(m -> texts.add(m.text()));
        form.connection().steps().forEach(s -> s.lines().forEach(l -> texts.add(l.text())));
        texts.add(String.valueOf(form.state()));
        return texts;
    }
}
