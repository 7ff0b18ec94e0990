package io.statedesk.component.form;

import io.statedesk.component.ComponentCatalog;
import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.model.LoadedFile;
import io.statedesk.component.model.Severity;
import io.statedesk.component.model.Violation;
import io.statedesk.component.yaml.ComponentFileReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Validates what the form would write, with the component layer's own rules: the candidate file text is read as
 * daprd would read it, put in place of the file in its folder, and checked with the rest of the folder (duplicate
 * names, the named secret store). Pure: no I/O.
 *
 * @param set       the folder as it would be after saving
 * @param component the component as it would be read back, or null when it cannot be read
 * @param byField   findings next to the field they are about
 * @param general   findings no field shows (kind, type, unknown items)
 */
public record FormCheck(ComponentSet set, ComponentManifest component, Map<FormField, List<FieldMessage>> byField,
                        List<FieldMessage> general) {

    public FormCheck {
        EnumMap<FormField, List<FieldMessage>> copy = new EnumMap<>(FormField.class);
        byField.forEach((f, l) -> copy.put(f, List.copyOf(l)));
        byField = java.util.Collections.unmodifiableMap(copy);
        general = List.copyOf(general);
    }

    public static FormCheck run(FolderSnapshot folder, Path file, String text, int documentIndex) {
        LoadedFile candidate = ComponentFileReader.parseText(file, text, false);
        List<LoadedFile> files = new ArrayList<>();
        boolean replaced = false;
        for (LoadedFile f : folder.set().files()) {
            if (f.path().equals(file)) {
                files.add(candidate);
                replaced = true;
            } else {
                files.add(f);
            }
        }
        if (!replaced) {
            files.add(candidate);
        }
        ComponentSet set = new ComponentSet(folder.folder(), folder.folder(), files, folder.set().notes());
        ComponentCatalog catalog = ComponentCatalog.of(set);
        Optional<ComponentCatalog.Entry> entry = catalog.entries().stream()
                .filter(e -> e.file().equals(file) && e.manifest().documentIndex() == documentIndex)
                .findFirst();
        Map<FormField, List<FieldMessage>> byField = new EnumMap<>(FormField.class);
        List<FieldMessage> general = new ArrayList<>();
        if (entry.isEmpty()) {
            general.add(new FieldMessage(Severity.ERROR, "The component cannot be read back from the text the form"
                    + " would write.", "Edit the file by hand."));
            catalog.fileProblems().stream().filter(v -> file.equals(v.file()))
                    .forEach(v -> general.add(FieldMessage.of(v)));
            return new FormCheck(set, null, byField, general);
        }
        ComponentManifest component = entry.get().manifest();
        List<Violation> violations = new ArrayList<>(entry.get().violations());
        duplicateName(set, component, violations);
        for (Violation v : violations) {
            FieldMessage m = FieldMessage.of(v);
            Optional<FormField> field = FormField.forViolation(v.field());
            if (field.isPresent()) {
                byField.computeIfAbsent(field.get(), f -> new ArrayList<>()).add(m);
            } else {
                general.add(m);
            }
        }
        return new FormCheck(set, component, byField, general);
    }

    /**
     * The validator reports a duplicate name on the later component in file order, which may be the other one;
     * the form needs it on its own name field.
     */
    private static void duplicateName(ComponentSet set, ComponentManifest component, List<Violation> violations) {
        String name = component.name();
        if (name == null || name.isEmpty()
                || violations.stream().anyMatch(v -> v.field().equals("metadata.name") && v.isError())) {
            return;
        }
        set.components().stream()
                .filter(o -> o != component && name.equals(o.name()))
                .filter(o -> !(Objects.equals(o.file(), component.file())
                        && o.documentIndex() == component.documentIndex()))
                .findFirst()
                .ifPresent(o -> violations.add(Violation.at(component.file(), component.span("metadata.name"), name,
                        "metadata.name", Severity.ERROR, "Another component is already named `" + name + "` ("
                                + o.file().getFileName() + " line " + o.span("metadata.name").line()
                                + "): daprd refuses to start with duplicate names.",
                        "Choose another name.")));
    }

    public List<FieldMessage> messages(FormField field) {
        return byField.getOrDefault(field, List.of());
    }

    public long errorCount() {
        return all().filter(FieldMessage::isError).count();
    }

    public long warningCount() {
        return all().filter(m -> !m.isError()).count();
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }

    private java.util.stream.Stream<FieldMessage> all() {
        return java.util.stream.Stream.concat(byField.values().stream().flatMap(List::stream), general.stream());
    }
}
