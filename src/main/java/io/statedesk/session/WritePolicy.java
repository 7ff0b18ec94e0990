package io.statedesk.session;

import io.statedesk.component.model.LocalEndpoints;
import io.statedesk.component.settings.StateDeskSettings;

/**
 * The one rule for what StateDesk may change without being asked twice, shared by the window and the command line
 * (decision 0018): a store on a local endpoint ({@code localhost}, a loopback IP literal, or a host the user marked
 * local in the settings) opens writable and may have its table created; AWS and every other host open read-only
 * until the user allows writes, and StateDesk never creates tables there.
 *
 * @param local the hosts that count as local
 */
public record WritePolicy(LocalEndpoints local) {

    /** The rule with the hosts the user marked local in the settings file. */
    public static WritePolicy of(StateDeskSettings settings) {
        return new WritePolicy(settings.localEndpoints());
    }

    /** Only {@code localhost} and loopback IP literals are local. */
    public static WritePolicy loopbackOnly() {
        return new WritePolicy(LocalEndpoints.loopbackOnly());
    }

    /** @param endpoint the endpoint the client talks to, or null for AWS's regional one */
    public boolean opensReadOnly(String endpoint) {
        return !isLocal(endpoint);
    }

    public boolean mayCreateTables(String endpoint) {
        return isLocal(endpoint);
    }

    public boolean isLocal(String endpoint) {
        return local.isLocal(endpoint);
    }
}
