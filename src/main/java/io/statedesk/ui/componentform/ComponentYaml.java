package io.statedesk.ui.componentform;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ValueStyle;
import io.statedesk.component.yaml.YamlScalars;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a form state as a new component document, and single metadata items for in-place replacement. Only
 * references are written for referenced values: a resolved secret never reaches this class.
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
            ValueSource v = s.value(f);
            if (v.isSet()) {
                String name = f == FormField.REGION ? s.regionItemName() : f.itemName();
                List<String> item = itemLines(name, v);
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

    /** A block-style item without its dash: the first line is {@code name: ...}, the rest relative to it. */
    static List<String> itemLines(String name, ValueSource v) {
        List<String> lines = new ArrayList<>();
        lines.add("name: " + scalar(name));
        if (v instanceof ValueSource.SecretRef r) {
            lines.add("secretKeyRef:");
            lines.add("  name: " + scalar(r.name()));
            if (!r.key().isEmpty()) {
                lines.add("  key: " + scalar(r.key()));
            }
        } else if (v instanceof ValueSource.EnvRef e) {
            lines.add("envRef: " + scalar(e.variable()));
        } else if (v instanceof ValueSource.Plain p) {
            lines.add("value: " + scalar(p.text()));
        }
        return lines;
    }

    /** The same item in flow style, for files that write items as {@code {name: x, value: y}}. */
    static String flowItem(String name, ValueSource v) {
        String body = "name: " + scalar(name);
        if (v instanceof ValueSource.SecretRef r) {
            body += ", secretKeyRef: {name: " + scalar(r.name()) + (r.key().isEmpty() ? "" : ", key: "
                    + scalar(r.key())) + "}";
        } else if (v instanceof ValueSource.EnvRef e) {
            body += ", envRef: " + scalar(e.variable());
        } else if (v instanceof ValueSource.Plain p) {
            body += ", value: " + scalar(p.text());
        }
        return "{" + body + "}";
    }

    /** Plain when that reads back as the same text in every YAML reader, quoted otherwise. */
    static String scalar(String text) {
        return YamlScalars.render(text, ValueStyle.PLAIN);
    }
}
