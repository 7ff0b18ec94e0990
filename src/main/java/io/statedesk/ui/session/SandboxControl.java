package io.statedesk.ui.session;

/** Starts and resets the embedded sandbox; implemented by the app. Both calls do I/O and take seconds. */
public interface SandboxControl {

    StoreSession start();

    /** Stops the sandbox, deletes its data and starts it again with fresh sample state. */
    StoreSession reset();
}
