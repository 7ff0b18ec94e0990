package io.statedesk.component.model;

import java.util.Locale;

/**
 * One entry of {@code spec.metadata}.
 *
 * @param index        position in the list, 0-based
 * @param name         the item's {@code name}, or "" when missing
 * @param value        the value text as daprd reads it (quotes removed, a structure as its source text), or null when
 *                     there is no value or it is null
 * @param style        how the value is written
 * @param secretKeyRef the secret reference, or null
 * @param envRef       the environment variable name, or null
 * @param itemSpan     the whole item
 * @param nameSpan     the {@code name} value, or the item when missing
 * @param valueSpan    the {@code value} node, or the item when there is none
 */
public record MetadataItem(
        int index,
        String name,
        String value,
        ValueStyle style,
        SecretKeyRef secretKeyRef,
        String envRef,
        SourceSpan itemSpan,
        SourceSpan nameSpan,
        SourceSpan valueSpan) {

    public boolean hasValue() {
        return value != null && !value.isEmpty();
    }

    public boolean hasSecretKeyRef() {
        return secretKeyRef != null;
    }

    public boolean hasEnvRef() {
        return envRef != null && !envRef.isEmpty();
    }

    /** The lower-cased name, which is how daprd's DecodeMetadata matches field names. */
    public String foldedName() {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The item without its value, for messages and logs: the value may be a secret. */
    @Override
    public String toString() {
        return "MetadataItem[" + index + " " + name + " style=" + style
                + (secretKeyRef != null ? " secretKeyRef=" + secretKeyRef : "")
                + (envRef != null ? " envRef=" + envRef : "") + " line=" + itemSpan.line() + "]";
    }
}
