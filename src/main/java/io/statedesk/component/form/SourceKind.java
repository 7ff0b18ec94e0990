package io.statedesk.component.form;

import io.statedesk.component.yaml.ItemValue;

/** The form's choice of where a field's value comes from; a value that is empty means no item. */
public enum SourceKind {
    VALUE("Value"), SECRET_REF("Secret ref"), ENV_REF("Env variable");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    /** The choice that shows this item value (no item shows as an empty value). */
    public static SourceKind of(ItemValue value) {
        if (value instanceof ItemValue.SecretRef) {
            return SECRET_REF;
        }
        if (value instanceof ItemValue.EnvRef) {
            return ENV_REF;
        }
        return VALUE;
    }

    @Override
    public String toString() {
        return label;
    }
}
