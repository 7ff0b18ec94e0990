package io.statedesk.ui.transfer;

import io.statedesk.session.StoreSession;

/** An open component a copy or an import can write to. */
public record TransferTarget(String title, StoreSession session) {

    @Override
    public String toString() {
        return title + (session.readOnly() ? " (read-only)" : "");
    }
}
