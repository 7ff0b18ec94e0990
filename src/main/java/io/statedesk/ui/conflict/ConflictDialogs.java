package io.statedesk.ui.conflict;

import io.statedesk.ui.common.DialogService;

/** The window's dialogs with the ETag conflict dialog: what the editor needs to save safely. */
public interface ConflictDialogs extends DialogService {

    /** Shows the ETag conflict and returns the user's explicit choice. */
    ConflictChoice resolveConflict(ConflictViewModel conflict);
}
