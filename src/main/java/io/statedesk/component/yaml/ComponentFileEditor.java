package io.statedesk.component.yaml;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.LoadedFile;
import io.statedesk.component.model.MetadataItem;
import io.statedesk.component.model.SourceSpan;
import io.statedesk.component.model.ValueStyle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Edits metadata values of a loaded component file by replacing text at the exact character span of the YAML node,
 * so comments, key order, quoting, line breaks and the other documents stay byte for byte as they were. After each
 * edit the text is parsed again and the edit is checked to read back as intended; if not, the edit is refused.
 * Edits are in memory until {@link #save()}, which refuses to overwrite a file that changed on disk meanwhile.
 */
public final class ComponentFileEditor {

    /** The top-level fields {@link #setField} edits. */
    public static final Set<String> FIELDS = Set.of("metadata.name", "metadata.namespace", "auth.secretStore");

    private final Path path;
    private final boolean bom;
    private final byte[] loadedBytes;
    private String text;

    private ComponentFileEditor(Path path, String text, boolean bom) {
        this.path = path;
        this.text = text;
        this.bom = bom;
        this.loadedBytes = ComponentFileWrites.encode(text, bom);
    }

    public static ComponentFileEditor open(LoadedFile file) {
        if (!file.wasRead()) {
            throw new IllegalArgumentException("The file " + file.path() + " was not read, so it cannot be edited");
        }
        return new ComponentFileEditor(file.path(), file.text(), file.byteOrderMark());
    }

    /** Sets the value of an existing metadata item (the last one of that exact name, the one daprd uses). */
    public ComponentFileEditor setValue(ComponentManifest component, String itemName, String newValue) {
        Objects.requireNonNull(newValue, "newValue");
        ComponentManifest current = current(component);
        MetadataItem item = current.item(itemName).orElseThrow(() -> new IllegalArgumentException(
                "Component " + current.name() + " has no metadata item " + itemName + "; add it instead"));
        if (item.hasSecretKeyRef()) {
            throw new IllegalStateException("Item " + itemName + " takes its value from secret "
                    + item.secretKeyRef().name() + "; change the secret, or remove the item and add it with a value");
        }
        String updated = switch (item.style()) {
            case ABSENT -> insertValueKey(item, newValue);
            default -> replaceValue(item, newValue);
        };
        commit(updated, component, itemName, newValue);
        return this;
    }

    /** Adds a metadata item at the end of {@code spec.metadata}, in the list's own indentation. */
    public ComponentFileEditor addItem(ComponentManifest component, String itemName, String value) {
        Objects.requireNonNull(value, "value");
        ComponentManifest current = current(component);
        if (current.item(itemName).isPresent()) {
            throw new IllegalArgumentException("Component " + current.name() + " already has " + itemName);
        }
        commit(new ItemInserter(text, current).insert(itemName, value), component, itemName, value);
        return this;
    }

    /** Removes a metadata item (the last one of that exact name) with its lines. */
    public ComponentFileEditor removeItem(ComponentManifest component, String itemName) {
        ComponentManifest current = current(component);
        MetadataItem item = current.item(itemName).orElseThrow(() -> new IllegalArgumentException(
                "Component " + current.name() + " has no metadata item " + itemName));
        SourceSpan s = item.itemSpan();
        String updated;
        if (text.charAt(s.startIndex()) == '{' && isInFlowList(current)) {
            updated = removeFromFlowList(s);
        } else {
            int from = TextLines.lineStart(text, s.startIndex());
            int to = TextLines.endOfLastContentLine(text, s.startIndex(), s.endIndex());
            updated = text.substring(0, from) + text.substring(to);
        }
        int before = current.itemsNamed(itemName).size();
        ComponentManifest after = reparse(updated, component);
        if (after.itemsNamed(itemName).size() != before - 1
                || after.metadata().size() != current.metadata().size() - 1) {
            throw new IllegalStateException("Removing " + itemName
                    + " could not be done safely; the file is unchanged");
        }
        text = updated;
        return this;
    }

    /**
     * Writes an existing item anew with the same name and {@code value}: switches it between value, secretKeyRef
     * and envRef. The item's own lines are rewritten (comments inside them go); the rest of the file stays.
     */
    public ComponentFileEditor setItem(ComponentManifest component, String itemName, ItemValue value) {
        Objects.requireNonNull(value, "value");
        ComponentManifest current = current(component);
        String updated = ManifestTextEdits.replaceItem(text, current, itemName, value);
        ComponentManifest after = reparse(updated, component);
        boolean ok = after.item(itemName).map(i -> ItemValue.of(i).equals(value)).orElse(false)
                && after.metadata().size() == current.metadata().size();
        refuseUnless(ok, "The new " + itemName + " item would not read back as written");
        text = updated;
        return this;
    }

    /** Renames the item daprd uses under {@code from} (the last of that name), keeping its value and quoting. */
    public ComponentFileEditor renameItem(ComponentManifest component, String from, String to) {
        ComponentManifest current = current(component);
        MetadataItem item = current.item(from).orElseThrow(() -> new IllegalArgumentException(
                "Component " + current.name() + " has no metadata item " + from));
        String updated = ManifestTextEdits.renameItem(text, current, from, to);
        ComponentManifest after = reparse(updated, component);
        boolean ok = after.item(to).map(i -> i.index() == item.index()
                && ItemValue.of(i).equals(ItemValue.of(item))).orElse(false)
                && after.itemsNamed(from).size() == current.itemsNamed(from).size() - 1;
        refuseUnless(ok, "Renaming " + from + " to " + to + " could not be done safely");
        text = updated;
        return this;
    }

    /**
     * Sets {@code metadata.name}, {@code metadata.namespace} or {@code auth.secretStore}; an empty value removes
     * the key (and an {@code auth} block left empty).
     */
    public ComponentFileEditor setField(ComponentManifest component, String path, String value) {
        if (!FIELDS.contains(path)) {
            throw new IllegalArgumentException("Not an editable field: " + path + "; one of " + FIELDS);
        }
        Objects.requireNonNull(value, "value");
        String updated = ManifestTextEdits.setManifestScalar(text, current(component), path, value);
        ComponentManifest after = reparse(updated, component);
        String now = switch (path) {
            case "metadata.name" -> after.name();
            case "metadata.namespace" -> after.namespace();
            default -> after.secretStore();
        };
        refuseUnless(value.equals(now == null ? "" : now), "The new " + path + " would not read back as written");
        text = updated;
        return this;
    }

    /** Writes {@code scopes} as a block list in place of the old one; an empty list removes the key. */
    public ComponentFileEditor setScopes(ComponentManifest component, List<String> scopes) {
        String updated = ManifestTextEdits.setScopes(text, current(component), List.copyOf(scopes));
        refuseUnless(reparse(updated, component).scopes().equals(scopes),
                "The new scopes would not read back as written");
        text = updated;
        return this;
    }

    public String text() {
        return text;
    }

    public boolean isChanged() {
        return !Arrays.equals(ComponentFileWrites.encode(text, bom), loadedBytes);
    }

    public Path path() {
        return path;
    }

    /**
     * Writes the edited text next to the file and moves it into place, keeping the file's permissions.
     *
     * @throws ComponentFileChangedException when the file on disk is no longer what was loaded
     */
    public void save() throws IOException {
        ComponentFileWrites.replaceIfUnchanged(path, loadedBytes, ComponentFileWrites.encode(text, bom));
    }

    private String replaceValue(MetadataItem item, String newValue) {
        SourceSpan v = item.valueSpan();
        SourceSpan i = item.itemSpan();
        if (v.startIndex() < i.startIndex() || v.endIndex() > i.endIndex()) {
            throw new IllegalStateException("The value of " + item.name() + " is an alias to an anchor elsewhere;"
                    + " edit the anchor instead");
        }
        ValueStyle style = item.style();
        String rendered = YamlScalars.render(newValue, style);
        int start = v.startIndex();
        int end = v.endIndex() - TextLines.trailingBlank(text, v.startIndex(), v.endIndex());
        if (start == end && start > 0 && text.charAt(start - 1) == ':') {
            rendered = " " + rendered;
        }
        return text.substring(0, start) + rendered + text.substring(end);
    }

    private String insertValueKey(MetadataItem item, String newValue) {
        SourceSpan name = item.nameSpan();
        String rendered = YamlScalars.render(newValue, ValueStyle.PLAIN);
        if (text.charAt(item.itemSpan().startIndex()) == '{') {
            int at = name.endIndex();
            return text.substring(0, at) + ", value: " + rendered + text.substring(at);
        }
        int keyColumn = TextLines.column(text, item.itemSpan().startIndex());
        int at = TextLines.nextLineStart(text, name.endIndex());
        String eol = TextLines.lineBreak(text);
        String prefix = at == text.length() && !text.endsWith("\n") ? eol : "";
        return text.substring(0, at) + prefix + TextLines.spaces(keyColumn) + "value: " + rendered + eol
                + text.substring(at);
    }

    private boolean isInFlowList(ComponentManifest c) {
        SourceSpan list = c.spans().get("spec.metadata.value");
        return list != null && text.charAt(list.startIndex()) == '[';
    }

    private String removeFromFlowList(SourceSpan item) {
        int start = item.startIndex();
        int end = item.endIndex();
        int after = end;
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        if (after < text.length() && text.charAt(after) == ',') {
            after++;
            while (after < text.length() && text.charAt(after) == ' ') {
                after++;
            }
            return text.substring(0, start) + text.substring(after);
        }
        int before = start;
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        if (before > 0 && text.charAt(before - 1) == ',') {
            before--;
            return text.substring(0, before) + text.substring(end);
        }
        return text.substring(0, start) + text.substring(end);
    }

    private ComponentManifest current(ComponentManifest component) {
        return reparse(text, component);
    }

    private ComponentManifest reparse(String candidate, ComponentManifest component) {
        LoadedFile file = ComponentFileReader.parseText(path, candidate, bom);
        return file.components().stream()
                .filter(c -> c.documentIndex() == component.documentIndex())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Document " + (component.documentIndex() + 1)
                        + " of " + path.getFileName() + " is no longer a readable component"));
    }

    private void commit(String candidate, ComponentManifest component, String itemName, String expected) {
        ComponentManifest after = reparse(candidate, component);
        boolean ok = after.item(itemName).map(i -> expected.equals(i.value())).orElse(false);
        if (!ok) {
            throw new IllegalStateException("The new value of " + itemName + " would not read back as written;"
                    + " the file is unchanged");
        }
        text = candidate;
    }

    private static void refuseUnless(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what + "; the file is unchanged");
        }
    }

    @Override
    public String toString() {
        return "ComponentFileEditor[" + path + (isChanged() ? ", changed" : "") + "]";
    }
}
