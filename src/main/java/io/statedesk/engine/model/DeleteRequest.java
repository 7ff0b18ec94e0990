package io.statedesk.engine.model;

import java.util.Objects;

/** One Dapr Delete: with a non-empty ETag it only deletes the item version that was read. */
public record DeleteRequest(String key, String etag) {

    public DeleteRequest {
        Objects.requireNonNull(key, "key");
    }

    public static DeleteRequest unconditional(String key) {
        return new DeleteRequest(key, null);
    }

    public boolean hasEtag() {
        return etag != null && !etag.isEmpty();
    }
}
