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

    private final ComponentManifest component;
    private final Hosting hosting;
    private final List<Violation> violations = new ArrayList<>();

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
        return violations;
    }
}
