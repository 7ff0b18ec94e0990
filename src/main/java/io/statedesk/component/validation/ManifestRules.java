package io.statedesk.component.validation;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.Hosting;
import io.statedesk.component.model.MetadataItem;
import io.statedesk.component.model.Severity;
import io.statedesk.component.model.ValueStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Rules every component must follow for daprd to load it, whatever its type. */
final class ManifestRules {

    private static final Pattern GO_DURATION =
            Pattern.compile("0|[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h)"
                    + "(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))*");

    private ManifestRules() {
    }

    static void check(Findings f) {
        ComponentManifest c = f.component();
        checkKind(f, c);
        checkName(f, c);
        checkSpec(f, c);
        checkItems(f, c);
        checkDuplicateItems(f, c);
    }

    private static void checkKind(Findings f, ComponentManifest c) {
        if (c.kind() == null) {
            f.at("document", "kind", Severity.ERROR, "The document has no `kind`, so daprd skips it.",
                    "Add `kind: Component`.");
        } else if (!c.kind().equals(ComponentManifest.KIND)) {
            f.at("kind", "kind", Severity.ERROR,
                    "`kind: " + c.kind() + "` is not `Component`: daprd compares it exactly and skips this document.",
                    "Write `kind: Component`.");
        }
        if (c.apiVersion() == null) {
            f.at("document", "apiVersion", Severity.WARNING, "The document has no `apiVersion`.",
                    "Add `apiVersion: dapr.io/v1alpha1`; the Dapr operator on Kubernetes requires it.");
        } else if (!c.apiVersion().equals(ComponentManifest.API_VERSION)) {
            f.at("apiVersion", "apiVersion", Severity.WARNING,
                    "`apiVersion: " + c.apiVersion() + "` is not `dapr.io/v1alpha1`. daprd's self-hosted loader checks"
                            + " only `kind`, but Kubernetes and the Dapr operator reject other versions.",
                    "Write `apiVersion: dapr.io/v1alpha1`.");
        }
    }

    private static void checkName(Findings f, ComponentManifest c) {
        String name = c.name();
        if (name == null || name.isEmpty()) {
            f.at("metadata.name", "metadata.name", Severity.ERROR,
                    "The component has no `metadata.name`; daprd cannot register it and apps cannot address it.",
                    "Add `metadata:` with `name: <store name>`, the name apps use in /v1.0/state/<name>.");
        } else if (name.equals(".") || name.equals("..") || name.contains("/") || name.contains("%")) {
            f.at("metadata.name", "metadata.name", Severity.ERROR,
                    "`metadata.name` must be usable as a URL path segment: not `.` or `..`, no `/` or `%`."
                            + " daprd refuses this document.",
                    "Use letters, digits and dashes, e.g. `statestore`.");
        }
    }

    private static void checkSpec(Findings f, ComponentManifest c) {
        if (c.type() == null || c.type().isEmpty()) {
            f.at("spec.type", "spec.type", Severity.ERROR, "The component has no `spec.type`; daprd cannot create it.",
                    "Add `type: state.aws.dynamodb` under `spec`.");
        }
        String v = c.version();
        boolean known = v == null || v.isEmpty() || v.equals("v0") || v.equals("v1");
        if (!known) {
            f.at("spec.version", "spec.version", Severity.ERROR,
                    "`" + v + "` is not a version daprd knows for " + c.type()
                            + ": only `v1` exists (``, `v0` and `v1` all mean it). daprd fails to start the component.",
                    "Write `version: v1`.");
        }
        if (c.initTimeout() != null && !GO_DURATION.matcher(c.initTimeout()).matches()) {
            f.at("spec.initTimeout", "spec.initTimeout", Severity.ERROR,
                    "`initTimeout` must be a Go duration such as `5s`, `1m30s` or `500ms`.",
                    "Write a number followed by a unit: ns, us, ms, s, m or h.");
        }
        if (c.ignoreErrors() != null && !c.ignoreErrors().equalsIgnoreCase("true")
                && !c.ignoreErrors().equalsIgnoreCase("false")) {
            f.at("spec.ignoreErrors", "spec.ignoreErrors", Severity.ERROR,
                    "`ignoreErrors` must be `true` or `false`.", "Write `ignoreErrors: true` or remove it.");
        }
    }

    private static void checkItems(Findings f, ComponentManifest c) {
        boolean anySecretRef = false;
        for (MetadataItem item : c.metadata()) {
            if (item.name().isEmpty()) {
                f.at(item.itemSpan(), Findings.field(item), Severity.ERROR,
                        "Metadata item " + (item.index() + 1) + " has no `name`.", "Add `name: <field>` to the item.");
                continue;
            }
            if (item.hasSecretKeyRef()) {
                anySecretRef = true;
                if (item.secretKeyRef().name().isEmpty()) {
                    f.onName(item, Severity.ERROR, "`secretKeyRef` of `" + item.name() + "` has no `name`.",
                            "Add `name: <secret name>` under `secretKeyRef`.");
                }
                if (item.hasValue()) {
                    f.onValue(item, Severity.WARNING, "`" + item.name() + "` has both a value and a secretKeyRef;"
                            + " daprd replaces the value with the secret when it finds one.", "Keep only one of them.");
                }
            } else if (!item.hasValue() && !item.hasEnvRef() && item.style() != ValueStyle.STRUCTURE) {
                f.onName(item, Severity.WARNING, "`" + item.name() + "` has no value.",
                        "Add `value: <text>`, a `secretKeyRef` or an `envRef`, or remove the item.");
            }
            if (item.hasEnvRef()) {
                String env = item.envRef().toUpperCase(Locale.ROOT);
                if (env.startsWith("DAPR_") || env.equals("APP_API_TOKEN")) {
                    f.onName(item, Severity.ERROR, "daprd refuses `envRef` to " + item.envRef()
                                    + ": variables starting DAPR_ and APP_API_TOKEN are reserved.",
                            "Copy the value into another variable and reference that one.");
                }
            }
        }
        // On Kubernetes no store means the built-in one: the operator fills the reference from a Secret.
        if (anySecretRef && (c.secretStore() == null || c.secretStore().isEmpty())
                && f.hosting() == Hosting.SELF_HOSTED) {
            MetadataItem first = c.metadata().stream().filter(MetadataItem::hasSecretKeyRef).findFirst().orElseThrow();
            f.onName(first, Severity.ERROR,
                    "`" + first.name() + "` uses a secretKeyRef, but the component names no `auth.secretStore`:"
                            + " self-hosted daprd has no default store and waits for one forever.",
                    "Add `auth:` with `secretStore: <name of a secret store component>` at the top level.");
        }
    }

    private static void checkDuplicateItems(Findings f, ComponentManifest c) {
        Map<String, MetadataItem> exact = new HashMap<>();
        Map<String, MetadataItem> folded = new LinkedHashMap<>();
        for (MetadataItem item : c.metadata()) {
            if (item.name().isEmpty()) {
                continue;
            }
            MetadataItem same = exact.put(item.name(), item);
            if (same != null) {
                f.onName(item, Severity.WARNING, "`" + item.name() + "` is listed twice (first on line "
                        + same.nameSpan().line() + "); daprd keeps this last one.", "Remove one of them.");
                continue;
            }
            MetadataItem other = folded.putIfAbsent(item.foldedName(), item);
            if (other != null) {
                f.onName(item, Severity.ERROR, "`" + item.name() + "` and `" + other.name() + "` (line "
                                + other.nameSpan().line() + ") differ only in case: daprd's metadata decoder refuses"
                                + " such duplicates and the component fails to start.",
                        "Keep one spelling and remove the other item.");
            }
        }
    }

    static List<String> itemNames(ComponentManifest c) {
        return c.metadata().stream().map(MetadataItem::name).toList();
    }
}
