package io.statedesk.ui.componentform;

import io.statedesk.component.model.MetadataItem;
import java.util.Objects;

/**
 * Where a metadata field's value comes from: nothing (no item), a value written in the file, a secret in the
 * component's secret store, or an environment variable of daprd. {@code toString()} never shows a plain value: it
 * may be a credential.
 */
public sealed interface ValueSource {

    /** No item in the file: daprd's default applies. */
    record Unset() implements ValueSource {
        @Override
        public String toString() {
            return "Unset";
        }
    }

    /** {@code value: <text>}. */
    record Plain(String text) implements ValueSource {
        public Plain {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String toString() {
            return "Plain[" + text.length() + " chars]";
        }
    }

    /** {@code secretKeyRef: {name, key}}; daprd uses the name as the key when the key is empty. */
    record SecretRef(String name, String key) implements ValueSource {
        public SecretRef {
            Objects.requireNonNull(name, "name");
            key = key == null ? "" : key;
        }
    }

    /** {@code envRef: <variable>}. */
    record EnvRef(String variable) implements ValueSource {
        public EnvRef {
            Objects.requireNonNull(variable, "variable");
        }
    }

    ValueSource UNSET = new Unset();

    static ValueSource plain(String text) {
        return new Plain(text);
    }

    /** How an item is read, as daprd reads it: a secretKeyRef replaces a value, a value wins over an envRef. */
    static ValueSource of(MetadataItem item) {
        if (item.hasSecretKeyRef()) {
            return new SecretRef(item.secretKeyRef().name(), item.secretKeyRef().key());
        }
        if (!item.hasValue() && item.hasEnvRef()) {
            return new EnvRef(item.envRef());
        }
        return new Plain(item.value() == null ? "" : item.value());
    }

    /** The kind, for the form's value-source chooser. */
    default Kind kind() {
        if (this instanceof SecretRef) {
            return Kind.SECRET_REF;
        }
        if (this instanceof EnvRef) {
            return Kind.ENV_REF;
        }
        return Kind.VALUE;
    }

    default boolean isSet() {
        return !(this instanceof Unset);
    }

    /** The form's choice of source; a value that is empty means no item. */
    enum Kind {
        VALUE("Value"), SECRET_REF("Secret ref"), ENV_REF("Env variable");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
