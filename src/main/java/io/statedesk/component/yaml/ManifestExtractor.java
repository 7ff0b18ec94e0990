package io.statedesk.component.yaml;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.LoadNote;
import io.statedesk.component.model.MetadataItem;
import io.statedesk.component.model.SecretKeyRef;
import io.statedesk.component.model.Severity;
import io.statedesk.component.model.SourceSpan;
import io.statedesk.component.model.ValueStyle;
import io.statedesk.component.model.Violation;
import io.statedesk.component.validation.Suggestions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one composed document into a {@link ComponentManifest}, keeping positions, and reports what is wrong with
 * its shape. Keys match as daprd's decoder (Go's encoding/json behind sigs.k8s.io/yaml) matches them:
 * case-insensitively, the last duplicate winning.
 */
final class ManifestExtractor {

    /** What became of one document. */
    sealed interface Outcome {
        record Component(ComponentManifest manifest) implements Outcome {
        }

        record Skipped(LoadNote note) implements Outcome {
        }

        record Nothing() implements Outcome {
        }
    }

    static final Set<String> TOP_KEYS = Set.of("apiVersion", "kind", "metadata", "spec", "auth", "scopes");
    static final Set<String> SPEC_KEYS = Set.of("type", "version", "ignoreErrors", "initTimeout", "metadata");
    static final Set<String> ITEM_KEYS = Set.of("name", "value", "secretKeyRef", "envRef");

    private final Path file;
    private final int documentIndex;
    private final String fileText;
    private final NodePositions positions;
    private final List<Violation> problems;
    private final Map<String, SourceSpan> spans = new HashMap<>();
    private String componentName;

    ManifestExtractor(Path file, int documentIndex, String fileText, NodePositions positions,
                      List<Violation> problems) {
        this.file = file;
        this.documentIndex = documentIndex;
        this.fileText = fileText;
        this.positions = positions;
        this.problems = problems;
    }

    Outcome extract(Node root) {
        if (root == null) {
            return new Outcome.Nothing();
        }
        SourceSpan rootSpan = positions.span(root);
        spans.put("document", rootSpan);
        if (!(root instanceof MappingNode map)) {
            problem(rootSpan, "document", Severity.ERROR,
                    "A component document must be a YAML mapping (apiVersion, kind, metadata, spec), but this one is a "
                            + describe(root) + ".",
                    "Write the document as `key: value` lines, starting with `apiVersion: dapr.io/v1alpha1`.");
            return new Outcome.Nothing();
        }
        String kind = scalar(map, "kind", "kind");
        String apiVersion = scalar(map, "apiVersion", "apiVersion");
        MappingNode metadata = mapping(map, "metadata", "metadata");
        componentName = metadata == null ? null : scalar(metadata, "name", "metadata.name");
        MappingNode spec = mapping(map, "spec", "spec");
        if (!ComponentManifest.KIND.equals(kind) && !looksLikeComponent(kind, spec)) {
            String what = kind == null ? "no kind" : "kind " + kind;
            return new Outcome.Skipped(new LoadNote(file, rootSpan.line(),
                    "Document " + (documentIndex + 1) + " skipped: " + what + " is not a Component."));
        }
        checkUnknownKeys(map, TOP_KEYS, "");
        String namespace = metadata == null ? null : scalar(metadata, "namespace", "metadata.namespace");
        List<MetadataItem> items = new ArrayList<>();
        String type = null;
        String version = null;
        String initTimeout = null;
        String ignoreErrors = null;
        if (spec != null) {
            checkUnknownKeys(spec, SPEC_KEYS, "spec.");
            type = scalar(spec, "type", "spec.type");
            version = scalar(spec, "version", "spec.version");
            initTimeout = scalar(spec, "initTimeout", "spec.initTimeout");
            ignoreErrors = scalar(spec, "ignoreErrors", "spec.ignoreErrors");
            items = items(spec);
        }
        MappingNode auth = mapping(map, "auth", "auth");
        String secretStore = auth == null ? null : scalar(auth, "secretStore", "auth.secretStore");
        List<String> scopes = scopes(map);
        return new Outcome.Component(new ComponentManifest(file, documentIndex, apiVersion, kind, componentName,
                namespace, type, version, items, secretStore, scopes, initTimeout, ignoreErrors, spans));
    }

    /** A document daprd would skip, but that its author surely meant as a component: report it, don't hide it. */
    private static boolean looksLikeComponent(String kind, MappingNode spec) {
        if (kind != null) {
            return kind.equalsIgnoreCase(ComponentManifest.KIND);
        }
        return spec != null && find(spec, "type") != null;
    }

    private List<MetadataItem> items(MappingNode spec) {
        NodeTuple entry = entry(spec, "metadata", "spec.metadata");
        if (entry == null) {
            return List.of();
        }
        Node value = entry.getValueNode();
        spans.put("spec.metadata", positions.span(entry.getKeyNode()));
        spans.put("spec.metadata.value", positions.span(value));
        if (isNull(value)) {
            return List.of();
        }
        if (!(value instanceof SequenceNode seq)) {
            problem(positions.span(value), "spec.metadata", Severity.ERROR,
                    "spec.metadata must be a list of items, but it is a " + describe(value) + ".",
                    "Write each item as `- name: <field>` followed by `value: <text>`.");
            return List.of();
        }
        List<MetadataItem> items = new ArrayList<>();
        for (Node itemNode : seq.getValue()) {
            MetadataItem item = item(items.size(), itemNode);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    private MetadataItem item(int index, Node node) {
        SourceSpan itemSpan = positions.span(node);
        if (!(node instanceof MappingNode map)) {
            problem(itemSpan, "spec.metadata[" + index + "]", Severity.ERROR,
                    "A metadata item must be a mapping with `name` and `value`, but item " + (index + 1) + " is a "
                            + describe(node) + ".",
                    "Write it as `- name: <field>` and, indented below, `value: <text>`.");
            return null;
        }
        String path = "spec.metadata[" + index + "]";
        checkUnknownKeys(map, ITEM_KEYS, path + ".");
        NodeTuple nameEntry = entry(map, "name", path + ".name");
        String name = nameEntry == null ? null : text(nameEntry.getValueNode(), path + ".name");
        SourceSpan nameSpan = nameEntry == null ? itemSpan : positions.span(nameEntry.getValueNode());
        String field = "spec.metadata." + (name == null || name.isEmpty() ? "[" + index + "]" : name);
        NodeTuple valueEntry = entry(map, "value", field);
        ValueStyle style = ValueStyle.ABSENT;
        String value = null;
        SourceSpan valueSpan = itemSpan;
        if (valueEntry != null) {
            Node v = valueEntry.getValueNode();
            valueSpan = positions.span(v);
            style = ScalarText.style(v);
            value = switch (style) {
                case STRUCTURE -> fileText.substring(valueSpan.startIndex(), valueSpan.endIndex()).strip();
                case NULL, ABSENT -> null;
                default -> plainValue((ScalarNode) v, valueSpan, field);
            };
        }
        SecretKeyRef ref = secretKeyRef(map, field);
        NodeTuple envEntry = entry(map, "envRef", field + ".envRef");
        String envRef = envEntry == null ? null : text(envEntry.getValueNode(), field + ".envRef");
        return new MetadataItem(index, name == null ? "" : name, value, style, ref, envRef, itemSpan, nameSpan,
                valueSpan);
    }

    private String plainValue(ScalarNode node, SourceSpan span, String field) {
        String daprText = ScalarText.asDapr(node);
        if (ScalarText.isYaml11Boolean(node) && !node.getValue().equals(daprText)) {
            problem(span, field, Severity.WARNING,
                    "The unquoted value `" + node.getValue() + "` is a YAML 1.1 boolean: daprd's YAML decoder reads it"
                            + " as `" + daprText + "`.",
                    "Quote it ('" + node.getValue() + "') if you mean the text.");
        } else if (ScalarText.isRewrittenNumber(node)) {
            problem(span, field, Severity.WARNING,
                    "This unquoted value is a YAML number in a form daprd's decoder may rewrite (octal, hex, exponent or"
                            + " underscores).",
                    "Quote the value to keep its text exactly.");
        }
        return daprText;
    }

    private SecretKeyRef secretKeyRef(MappingNode item, String field) {
        NodeTuple entry = entry(item, "secretKeyRef", field + ".secretKeyRef");
        if (entry == null || isNull(entry.getValueNode())) {
            return null;
        }
        if (!(entry.getValueNode() instanceof MappingNode ref)) {
            problem(positions.span(entry.getValueNode()), field + ".secretKeyRef", Severity.ERROR,
                    "secretKeyRef must be a mapping with `name` (and optionally `key`).",
                    "Write `secretKeyRef:` and, indented below, `name: <secret>` and `key: <field>`.");
            return null;
        }
        checkUnknownKeys(ref, Set.of("name", "key"), field + ".secretKeyRef.");
        String name = scalar(ref, "name", field + ".secretKeyRef.name");
        String key = scalar(ref, "key", field + ".secretKeyRef.key");
        return new SecretKeyRef(name == null ? "" : name, key);
    }

    private List<String> scopes(MappingNode root) {
        NodeTuple entry = entry(root, "scopes", "scopes");
        if (entry == null || isNull(entry.getValueNode())) {
            return List.of();
        }
        spans.put("scopes", positions.span(entry.getKeyNode()));
        if (!(entry.getValueNode() instanceof SequenceNode seq)) {
            problem(positions.span(entry.getValueNode()), "scopes", Severity.ERROR,
                    "scopes must be a list of app ids.", "Write each app id on its own `- <app-id>` line.");
            return List.of();
        }
        List<String> scopes = new ArrayList<>();
        for (Node n : seq.getValue()) {
            String s = text(n, "scopes");
            if (s != null) {
                scopes.add(s);
            }
        }
        return scopes;
    }

    private MappingNode mapping(MappingNode parent, String key, String path) {
        NodeTuple entry = entry(parent, key, path);
        if (entry == null || isNull(entry.getValueNode())) {
            return null;
        }
        spans.put(path, positions.span(entry.getKeyNode()));
        if (entry.getValueNode() instanceof MappingNode m) {
            spans.put(path + ".value", positions.span(m));
            return m;
        }
        problem(positions.span(entry.getValueNode()), path, Severity.ERROR,
                "`" + path + "` must be a mapping, but it is a " + describe(entry.getValueNode()) + ".",
                "Indent its fields below `" + key + ":`.");
        return null;
    }

    private String scalar(MappingNode parent, String key, String path) {
        NodeTuple entry = entry(parent, key, path);
        if (entry == null) {
            return null;
        }
        spans.put(path, positions.span(entry.getValueNode()));
        return text(entry.getValueNode(), path);
    }

    private String text(Node node, String path) {
        if (node instanceof ScalarNode s) {
            return ScalarText.isNull(s) ? null : ScalarText.asDapr(s);
        }
        problem(positions.span(node), path, Severity.ERROR,
                "`" + path + "` must be a single text value, but it is a " + describe(node) + ".",
                "Write it on one line as `" + lastSegment(path) + ": <text>`.");
        return null;
    }

    /** The entry for a key, matched as Go's JSON decoder matches struct fields; duplicates are reported. */
    private NodeTuple entry(MappingNode map, String key, String path) {
        NodeTuple found = null;
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equalsIgnoreCase(key)) {
                if (found != null) {
                    problem(positions.span(k), path, Severity.WARNING,
                            "`" + key + "` appears more than once in this mapping; daprd keeps the last one.",
                            "Remove the duplicate.");
                }
                found = t;
            }
        }
        return found;
    }

    private static NodeTuple find(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equalsIgnoreCase(key)) {
                return t;
            }
        }
        return null;
    }

    private void checkUnknownKeys(MappingNode map, Set<String> known, String prefix) {
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                continue;
            }
            boolean isKnown = known.stream().anyMatch(x -> x.equalsIgnoreCase(k.getValue()));
            if (!isKnown) {
                problem(positions.span(k), prefix + k.getValue(), Severity.WARNING,
                        "Unknown key `" + k.getValue() + "`" + (prefix.isEmpty() ? "" : " under `"
                                + prefix.substring(0, prefix.length() - 1) + "`") + "; daprd ignores it."
                                + Suggestions.didYouMean(k.getValue(), known),
                        "Remove it or correct its spelling.");
            }
        }
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && ScalarText.isNull(s);
    }

    private static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "list";
        }
        if (node instanceof MappingNode) {
            return "mapping";
        }
        return "single value";
    }

    private static String lastSegment(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private void problem(SourceSpan span, String field, Severity severity, String message, String fix) {
        problems.add(Violation.at(file, span, componentName, field, severity, message, fix));
    }
}
