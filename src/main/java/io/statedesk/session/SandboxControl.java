package io.statedesk.session;

import java.net.URI;

/** Starts and resets the sandbox; implemented by the app. Every call does I/O and may take seconds. */
public interface SandboxControl {

    /**
     * Starts the sandbox (or returns the running one).
     *
     * @param replaceLegacy true once the user agreed to replace a DynamoDB Local sandbox left in the folder
     * @throws io.statedesk.sandbox.LegacySandboxException when such a folder is there and not yet agreed
     * @throws io.statedesk.sandbox.DynoxideMissingException when the local server is not installed
     */
    StoreSession start(boolean replaceLegacy);

    /** Stops the sandbox, deletes its data and starts it again with fresh sample state. */
    StoreSession reset();

    /** From now on the sandbox uses this local DynamoDB the user runs, instead of dynoxide; then starts it. */
    StoreSession useEndpoint(URI endpoint);
}
