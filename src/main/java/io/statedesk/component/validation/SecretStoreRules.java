package io.statedesk.component.validation;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.MetadataItem;
import io.statedesk.component.model.Severity;
import java.util.List;
import java.util.Optional;

/** The two local secret stores StateDesk reads: {@code secretstores.local.file} and {@code secretstores.local.env}. */
final class SecretStoreRules {

    private static final List<String> FILE_FIELDS = List.of("secretsFile", "nestedSeparator", "multiValued");
    private static final List<String> ENV_FIELDS = List.of("prefix");

    private SecretStoreRules() {
    }

    static void check(Findings f) {
        ComponentManifest c = f.component();
        if (c.hasType(ComponentManifest.LOCAL_FILE_SECRET_STORE)) {
            unknown(f, c, FILE_FIELDS);
            Optional<MetadataItem> file = last(c, "secretsFile");
            if (file.isEmpty() || !(file.get().hasValue() || file.get().hasEnvRef())) {
                f.at("spec.metadata", "spec.metadata.secretsFile", Severity.ERROR,
                        "A local file secret store needs `secretsFile`, the path of its JSON file.",
                        "Add `- name: secretsFile` with `value: <path to secrets.json>`.");
            }
            last(c, "multiValued").filter(MetadataItem::hasValue).ifPresent(m -> {
                if (!isGoBool(m.value())) {
                    f.onValue(m, Severity.ERROR, "`multiValued` must be true or false.", "Write `\"true\"` or"
                            + " `\"false\"`.");
                }
            });
        } else if (c.hasType(ComponentManifest.LOCAL_ENV_SECRET_STORE)) {
            unknown(f, c, ENV_FIELDS);
        }
    }

    private static void unknown(Findings f, ComponentManifest c, List<String> known) {
        for (MetadataItem item : c.metadata()) {
            boolean isKnown = known.stream().anyMatch(k -> k.equalsIgnoreCase(item.name()));
            if (!item.name().isEmpty() && !isKnown) {
                f.onName(item, Severity.WARNING, "Unknown metadata field `" + item.name() + "` for " + c.type()
                        + "; it is ignored." + Suggestions.didYouMean(item.name(), known), "Correct or remove it.");
            }
        }
    }

    /** Go's strconv.ParseBool, which the weakly typed decoder uses. */
    static boolean isGoBool(String v) {
        return List.of("1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False").contains(v);
    }

    private static Optional<MetadataItem> last(ComponentManifest c, String field) {
        List<MetadataItem> items = c.itemsMatching(field);
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(items.size() - 1));
    }
}
