package io.statedesk.ui.compare;

import io.statedesk.session.StoreSession;

/** An open component that can be one side of a comparison. */
public record CompareSide(String title, StoreSession session) {

    @Override
    public String toString() {
        return title;
    }
}
