package io.statedesk.component.validation;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.Hosting;
import io.statedesk.component.model.MetadataItem;
import io.statedesk.component.model.Severity;
import io.statedesk.component.model.SourceSpan;
import io.statedesk.component.model.Violation;
import java.util.ArrayList;
import java.util.List;

/** Collects violations about one component, filling in its file and name. */
final class Findings {

    /**
     * Violations listed per component; the rest are counted in one closing finding. A component with more problems
     * than this is not a component one fixes line by line, and the cap bounds validation's memory and output.
     */
    static final int MAX_LISTED = 200;

    private final ComponentManifest component;
    private final Hosting hosting;
    private final List<Violation> violations = new ArrayList<>();
    private int unlisted;
    private Severity worstUnlisted = Severity.WARNING;

    Findings(ComponentManifest component) {
        this(component, Hosting.SELF_HOSTED);
    }

    Findings(ComponentManifest component, Hosting hosting) {
        this.component = component;
        this.hosting = hosting;
    }

    ComponentManifest component() {
        return component;
    }

    Hosting hosting() {
        return hosting;
    }

    void at(String path, String field, Severity severity, String message, String fix) {
        at(component.span(path), field, severity, message, fix);
    }

    void at(SourceSpan span, String field, Severity severity, String message, String fix) {
        if (violations.size() >= MAX_LISTED) {
            unlisted++;
            worstUnlisted = severity.compareTo(worstUnlisted) < 0 ? severity : worstUnlisted;
            return;
        }
        violations.add(Violation.at(component.file(), span, component.name(), field, severity, message, fix));
    }

    void onName(MetadataItem item, Severity severity, String message, String fix) {
        at(item.nameSpan(), field(item), severity, message, fix);
    }

    void onValue(MetadataItem item, Severity severity, String message, String fix) {
        at(item.valueSpan(), field(item), severity, message, fix);
    }

    static String field(MetadataItem item) {
        return "spec.metadata." + (item.name().isEmpty() ? "[" + item.index() + "]" : item.name());
    }

    List<Violation> violations() {
        if (unlisted == 0) {
            return violations;
        }
        List<Violation> all = new ArrayList<>(violations);
        all.add(Violation.at(component.file(), component.span("metadata"), component.name(), "component",
                worstUnlisted, unlisted + " more problems in this component are not listed (at most " + MAX_LISTED
                        + " are).", "Fix the ones listed and validate again."));
        return all;
    }
}
