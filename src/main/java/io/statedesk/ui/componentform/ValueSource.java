package io.statedesk.ui.componentform;

import io.statedesk.component.model.MetadataItem;
import io.statedesk.component.yaml.ItemValue;
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
        ItemValue read = ItemValue.of(item);
        if (read instanceof ItemValue.SecretRef r) {
            return new SecretRef(r.name(), r.key());
        }
        if (read instanceof ItemValue.EnvRef e) {
            return new EnvRef(e.variable());
        }
        return new Plain(((ItemValue.Plain) read).text());
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

    /** What the component layer writes for this source; there is nothing to write for {@link Unset}. */
    default ItemValue toItemValue() {
        if (this instanceof SecretRef r) {
            return new ItemValue.SecretRef(r.name(), r.key());
        }
        if (this instanceof EnvRef e) {
            return new ItemValue.EnvRef(e.variable());
        }
        if (this instanceof Plain p) {
            return new ItemValue.Plain(p.text());
        }
        throw new IllegalStateException("An unset field has no item to write");
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
