package io.statedesk.component.model;

import java.util.Objects;

/**
 * A metadata item's {@code secretKeyRef}: the secret {@code name} in the component's secret store and the
 * {@code key} inside it; daprd uses the name as the key when {@code key} is empty.
 */
public record SecretKeyRef(String name, String key) {

    public SecretKeyRef {
        Objects.requireNonNull(name, "name");
        key = key == null ? "" : key;
    }

    /** The field daprd picks from the secret. */
    public String effectiveKey() {
        return key.isEmpty() ? name : key;
    }
}
