package io.statedesk.component.form;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.yaml.ItemValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a form state as a new component document. Only references are written for referenced values: a resolved
 * secret never reaches this class.
 */
public final class ComponentYaml {

    private ComponentYaml() {
    }

    /** A complete file: the header comments, then one component document. */
    public static String document(FormState s, List<String> header) {
        List<String> lines = new ArrayList<>();
        header.forEach(h -> lines.add(h.isEmpty() ? "#" : "# " + h));
        lines.add("apiVersion: " + ComponentManifest.API_VERSION);
        lines.add("kind: " + ComponentManifest.KIND);
        lines.add("metadata:");
        lines.add("  name: " + scalar(s.name()));
        if (!s.namespace().isEmpty()) {
            lines.add("  namespace: " + scalar(s.namespace()));
        }
        lines.add("spec:");
        lines.add("  type: " + ComponentManifest.DYNAMODB_TYPE);
        lines.add("  version: v1");
        List<String> items = new ArrayList<>();
        for (FormField f : FormField.METADATA) {
            ItemValue v = s.value(f);
            if (v.isSet()) {
                String name = f == FormField.REGION ? s.regionItemName() : f.itemName();
                List<String> item = v.blockLines(name);
                items.add("  - " + item.get(0));
                item.subList(1, item.size()).forEach(l -> items.add("    " + l));
            }
        }
        if (!items.isEmpty()) {
            lines.add("  metadata:");
            lines.addAll(items);
        }
        if (!s.secretStore().isEmpty()) {
            lines.add("auth:");
            lines.add("  secretStore: " + scalar(s.secretStore()));
        }
        if (!s.scopes().isEmpty()) {
            lines.add("scopes:");
            s.scopes().forEach(app -> lines.add("- " + scalar(app)));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String scalar(String text) {
        return ItemValue.scalar(text);
    }
}
