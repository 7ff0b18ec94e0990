package io.statedesk.sandbox;

import java.nio.file.Path;

/**
 * The sandbox folder still holds the database of the DynamoDB Local sandbox that earlier StateDesk versions ran; the
 * window asks before replacing it, since its edits cannot be carried over.
 */
public final class LegacySandboxException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient Path legacyData;

    LegacySandboxException(Path legacyData) {
        super("The sandbox folder holds data from DynamoDB Local (" + legacyData + "), which StateDesk no longer runs.");
        this.legacyData = legacyData;
    }

    public Path legacyData() {
        return legacyData;
    }
}
