package io.statedesk.compare;

import io.statedesk.dapr.encryption.EncryptionSetup;
import io.statedesk.engine.StateStore;

/**
 * One side of a comparison: a store and the part of it compared.
 *
 * @param store      the store
 * @param prefix     only keys beginning with this (server-side); keys are matched by what follows it; "" for all
 * @param encryption the component's keys: encrypted values are compared in their plaintext when both sides open them
 */
public record Side(StateStore store, String prefix, EncryptionSetup encryption) {

    public Side {
        prefix = prefix == null ? "" : prefix;
        encryption = encryption == null ? EncryptionSetup.none() : encryption;
    }

    public static Side of(StateStore store, String prefix) {
        return new Side(store, prefix, null);
    }

    /** The key both sides share, or null for a key outside the prefix. */
    String relative(String storedKey) {
        return storedKey.startsWith(prefix) ? storedKey.substring(prefix.length()) : null;
    }
}
