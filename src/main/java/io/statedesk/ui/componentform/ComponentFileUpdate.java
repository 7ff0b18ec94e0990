package io.statedesk.ui.componentform;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.DynamoDbFields;
import io.statedesk.component.model.LoadedFile;
import io.statedesk.component.model.MetadataItem;
import io.statedesk.component.yaml.ComponentFileEditor;
import io.statedesk.component.yaml.ComponentFileWrites;
import io.statedesk.component.yaml.ComponentFileReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Writes a form's changes into an existing component file. Values of existing items are set, new items added and
 * cleared ones removed by the component layer's {@link ComponentFileEditor}, so only the changed values differ;
 * what it cannot do yet (switching an item between value, secretKeyRef and envRef, renaming {@code awsRegion}, the
 * name, namespace, secret store and scopes) goes through {@link SpanEdits}. The result must read back as the form
 * says, or nothing is written.
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
    public record Plan(ComponentFileEditor editor, String text, boolean beyondEditor) {
    }

    /**
     * The file's text with the target state written in.
     *
     * @throws IllegalStateException when a change cannot be written safely (the message says which)
     */
    public Plan plan(FormState target) {
        ComponentFileEditor editor = ComponentFileEditor.open(file);
        List<BiFunction<String, ComponentManifest, String>> later = new ArrayList<>();
        boolean regionExisted = FormState.itemFor(original, FormField.REGION).isPresent();
        for (FormField f : FormField.METADATA) {
            ValueSource from = baseline.value(f);
            ValueSource to = target.value(f);
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
                editor.addItem(original, name, to instanceof ValueSource.Plain p ? p.text() : "");
                if (!(to instanceof ValueSource.Plain)) {
                    later.add((text, c) -> SpanEdits.replaceItem(text, c, name, to));
                }
            } else if (to instanceof ValueSource.Plain p && from instanceof ValueSource.Plain) {
                editor.setValue(original, name, p.text());
            } else {
                later.add((text, c) -> SpanEdits.replaceItem(text, c, name, to));
            }
        }
        if (regionExisted && target.value(FormField.REGION).isSet()
                && !baseline.regionItemName().equals(target.regionItemName())) {
            String from = baseline.regionItemName();
            String to = target.regionItemName();
            original.item(to).filter(i -> !i.name().equals(from)).ifPresent(i -> editor.removeItem(original, to));
            later.add((text, c) -> SpanEdits.renameItem(text, c, from, to));
        }
        scalar(later, baseline.name(), target.name(), "metadata.name");
        scalar(later, baseline.namespace(), target.namespace(), "metadata.namespace");
        scalar(later, baseline.secretStore(), target.secretStore(), "auth.secretStore");
        if (!baseline.scopes().equals(target.scopes())) {
            later.add((text, c) -> SpanEdits.setScopes(text, c, target.scopes()));
        }
        String text = editor.text();
        for (BiFunction<String, ComponentManifest, String> edit : later) {
            text = edit.apply(text, reparse(text));
        }
        verify(text, target);
        return new Plan(editor, text, !later.isEmpty());
    }

    private static void scalar(List<BiFunction<String, ComponentManifest, String>> later, String from, String to,
                               String path) {
        if (!from.equals(to)) {
            later.add((text, c) -> SpanEdits.setManifestScalar(text, c, path, to));
        }
    }

    /**
     * Saves a plan: through the component layer's editor when it made every edit, otherwise with the same
     * guarantees (refuses when the file changed on disk since it was loaded, temporary file moved into place,
     * permissions and byte order mark kept).
     */
    public void save(Plan plan) throws IOException {
        if (!plan.beyondEditor()) {
            plan.editor().save();
            return;
        }
        ComponentFileWrites.replaceIfUnchanged(file.path(), ComponentFileWrites.encode(file.text(),
                file.byteOrderMark()), ComponentFileWrites.encode(plan.text(), file.byteOrderMark()));
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
