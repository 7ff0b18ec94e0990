package io.statedesk.component.form;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.DynamoDbFields;
import io.statedesk.component.model.LoadedFile;
import io.statedesk.component.model.MetadataItem;
import io.statedesk.component.yaml.ComponentFileEditor;
import io.statedesk.component.yaml.ComponentFileReader;
import io.statedesk.component.yaml.ItemValue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes a form's changes into an existing component file through the component layer's
 * {@link ComponentFileEditor}: values set in place, items added, removed, switched between value, secretKeyRef and
 * envRef or renamed ({@code region}/{@code awsRegion}), and the name, namespace, secret store and scopes set, each
 * touching only its own text. The result must also read back as the form says as a whole, or nothing is written.
 */
public final class ComponentFileUpdate {

    private final LoadedFile file;
    private final ComponentManifest original;
    private final FormState baseline;

    /**
     * @param file     the file as loaded
     * @param original the component being edited, from that file
     */
    public ComponentFileUpdate(LoadedFile file, ComponentManifest original) {
        this.file = file;
        this.original = original;
        this.baseline = FormState.of(original);
    }

    public FormState baseline() {
        return baseline;
    }

    public ComponentManifest original() {
        return original;
    }

    public Path path() {
        return file.path();
    }

    /** The edited text, not yet saved. */
    public record Plan(ComponentFileEditor editor, String text) {
    }

    /**
     * The file's text with the target state written in.
     *
     * @throws IllegalStateException when a change cannot be written safely (the message says which)
     */
    public Plan plan(FormState target) {
        ComponentFileEditor editor = ComponentFileEditor.open(file);
        boolean regionExisted = FormState.itemFor(original, FormField.REGION).isPresent();
        for (FormField f : FormField.METADATA) {
            ItemValue from = baseline.value(f);
            ItemValue to = target.value(f);
            if (from.equals(to)) {
                continue;
            }
            Optional<MetadataItem> item = FormState.itemFor(original, f);
            String name = item.map(MetadataItem::name)
                    .orElse(f == FormField.REGION ? target.regionItemName() : f.itemName());
            if (!to.isSet()) {
                if (item.isPresent()) {
                    editor.removeItem(original, name);
                }
            } else if (item.isEmpty()) {
                editor.addItem(original, name, to instanceof ItemValue.Plain p ? p.text() : "");
                if (!(to instanceof ItemValue.Plain)) {
                    editor.setItem(original, name, to);
                }
            } else if (to instanceof ItemValue.Plain p && from instanceof ItemValue.Plain) {
                editor.setValue(original, name, p.text());
            } else {
                editor.setItem(original, name, to);
            }
        }
        if (regionExisted && target.value(FormField.REGION).isSet()
                && !baseline.regionItemName().equals(target.regionItemName())) {
            String from = baseline.regionItemName();
            String to = target.regionItemName();
            original.item(to).filter(i -> !i.name().equals(from)).ifPresent(i -> editor.removeItem(original, to));
            editor.renameItem(original, from, to);
        }
        field(editor, baseline.name(), target.name(), "metadata.name");
        field(editor, baseline.namespace(), target.namespace(), "metadata.namespace");
        field(editor, baseline.secretStore(), target.secretStore(), "auth.secretStore");
        if (!baseline.scopes().equals(target.scopes())) {
            editor.setScopes(original, target.scopes());
        }
        verify(editor.text(), target);
        return new Plan(editor, editor.text());
    }

    private void field(ComponentFileEditor editor, String from, String to, String path) {
        if (!from.equals(to)) {
            editor.setField(original, path, to);
        }
    }

    /**
     * Saves a plan through the component layer's editor: refused when the file changed on disk since it was
     * loaded; a temporary file moved into place, permissions and byte order mark kept.
     */
    public void save(Plan plan) throws IOException {
        plan.editor().save();
    }

    private ComponentManifest reparse(String text) {
        return ComponentFileReader.parseText(file.path(), text, file.byteOrderMark()).components().stream()
                .filter(c -> c.documentIndex() == original.documentIndex())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The edit would make document "
                        + (original.documentIndex() + 1) + " of " + file.path().getFileName()
                        + " unreadable; the file is unchanged."));
    }

    private void verify(String text, FormState target) {
        FormState after = FormState.of(reparse(text));
        if (after.equals(target)) {
            return;
        }
        String what = !after.name().equals(target.name()) ? "the name"
                : !after.namespace().equals(target.namespace()) ? "the namespace"
                : !after.secretStore().equals(target.secretStore()) ? "the secret store"
                : !after.scopes().equals(target.scopes()) ? "the scopes"
                : FormField.METADATA.stream().filter(f -> !after.value(f).equals(target.value(f)))
                        .map(f -> f == FormField.REGION ? DynamoDbFields.REGION : f.itemName()).findFirst()
                        .orElse("the region item's name");
        throw new IllegalStateException("The change to " + what + " cannot be written into "
                + file.path().getFileName() + " without changing other text; edit that part of the file by hand.");
    }
}
