package io.statedesk.engine.model;

import java.util.Locale;
import java.util.Objects;

/**
 * daprd's {@code keyPrefix} strategy, which decides how a user key becomes the stored key.
 * The value is lower-cased as daprd does; a custom prefix keeps the lower-cased text.
 */
public record KeyPrefix(Strategy strategy, String customPrefix) {

    public enum Strategy { APPID, NAME, NAMESPACE, NONE, CUSTOM }

    public static final String SEPARATOR = "||";

    public KeyPrefix {
        Objects.requireNonNull(strategy, "strategy");
        if (strategy == Strategy.CUSTOM) {
            Objects.requireNonNull(customPrefix, "customPrefix");
        } else {
            customPrefix = null;
        }
    }

    public static KeyPrefix appId() {
        return new KeyPrefix(Strategy.APPID, null);
    }

    /**
     * Reads a {@code keyPrefix} value where empty means "not set" (a form field): absent or empty means
     * {@code appid}. A component's item is read with {@link #fromDaprd}.
     */
    public static KeyPrefix fromMetadata(String value) {
        if (value == null || value.isEmpty()) {
            return appId();
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "appid" -> appId();
            case "name" -> new KeyPrefix(Strategy.NAME, null);
            case "namespace" -> new KeyPrefix(Strategy.NAMESPACE, null);
            case "none" -> new KeyPrefix(Strategy.NONE, null);
            default -> new KeyPrefix(Strategy.CUSTOM, lower);
        };
    }

    /**
     * Reads a {@code keyPrefix} metadata value exactly as daprd 1.16 does: absent (null) means {@code appid}, but an
     * item that is present with an empty value is an empty custom prefix, so key {@code k} is stored as
     * {@code ||k} (checked against daprd 1.16.5 over HTTP, gRPC and actors).
     */
    public static KeyPrefix fromDaprd(String valueOrNull) {
        if (valueOrNull == null) {
            return appId();
        }
        return valueOrNull.isEmpty() ? new KeyPrefix(Strategy.CUSTOM, "") : fromMetadata(valueOrNull);
    }

    /** The text daprd expects in the component metadata for this strategy. */
    public String metadataValue() {
        return strategy == Strategy.CUSTOM ? customPrefix : strategy.name().toLowerCase(Locale.ROOT);
    }
}
