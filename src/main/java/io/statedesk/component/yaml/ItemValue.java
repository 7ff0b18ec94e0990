package io.statedesk.component.yaml;

import io.statedesk.component.model.MetadataItem;
import io.statedesk.component.model.ValueStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a metadata item holds, as written into a file: a value, a {@code secretKeyRef} or an {@code envRef}; or
 * {@link Unset}, no item at all (daprd's default applies). {@code toString()} never shows a value: it may be a
 * credential.
 */
public sealed interface ItemValue {

    /** No item in the file: daprd's default applies. */
    record Unset() implements ItemValue {
        @Override
        public String toString() {
            return "Unset";
        }
    }

    /** {@code value: <text>}. */
    record Plain(String text) implements ItemValue {
        public Plain {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String toString() {
            return "Plain[" + text.length() + " chars]";
        }
    }

    /** {@code secretKeyRef: {name, key}}; an empty key is left out (daprd then uses the name as the key). */
    record SecretRef(String name, String key) implements ItemValue {
        public SecretRef {
            Objects.requireNonNull(name, "name");
            key = key == null ? "" : key;
        }
    }

    /** {@code envRef: <variable>}. */
    record EnvRef(String variable) implements ItemValue {
        public EnvRef {
            Objects.requireNonNull(variable, "variable");
        }
    }

    ItemValue UNSET = new Unset();

    static ItemValue plain(String text) {
        return new Plain(text);
    }

    default boolean isSet() {
        return !(this instanceof Unset);
    }

    /** The item in block style without its dash: the first line is {@code name: ...}, the rest relative to it. */
    default List<String> blockLines(String itemName) {
        requireSet();
        List<String> lines = new ArrayList<>();
        lines.add("name: " + scalar(itemName));
        if (this instanceof SecretRef r) {
            lines.add("secretKeyRef:");
            lines.add("  name: " + scalar(r.name()));
            if (!r.key().isEmpty()) {
                lines.add("  key: " + scalar(r.key()));
            }
        } else if (this instanceof EnvRef e) {
            lines.add("envRef: " + scalar(e.variable()));
        } else if (this instanceof Plain p) {
            lines.add("value: " + scalar(p.text()));
        }
        return lines;
    }

    /** The same item in flow style, for files that write items as {@code {name: x, value: y}}. */
    default String flow(String itemName) {
        requireSet();
        String body = "name: " + scalar(itemName);
        if (this instanceof SecretRef r) {
            body += ", secretKeyRef: {name: " + scalar(r.name()) + (r.key().isEmpty() ? "" : ", key: "
                    + scalar(r.key())) + "}";
        } else if (this instanceof EnvRef e) {
            body += ", envRef: " + scalar(e.variable());
        } else if (this instanceof Plain p) {
            body += ", value: " + scalar(p.text());
        }
        return "{" + body + "}";
    }

    /** How daprd reads an item: a secretKeyRef replaces a value, a value wins over an envRef. */
    static ItemValue of(MetadataItem item) {
        if (item.hasSecretKeyRef()) {
            return new SecretRef(item.secretKeyRef().name(), item.secretKeyRef().key());
        }
        if (!item.hasValue() && item.hasEnvRef()) {
            return new EnvRef(item.envRef());
        }
        return new Plain(item.value() == null ? "" : item.value());
    }

    private void requireSet() {
        if (!isSet()) {
            throw new IllegalStateException("An unset field has no item to write");
        }
    }

    /** Plain when that reads back as the same text in every YAML reader, quoted otherwise. */
    static String scalar(String text) {
        return YamlScalars.render(text, ValueStyle.PLAIN);
    }
}
