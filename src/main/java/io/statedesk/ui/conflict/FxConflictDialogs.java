package io.statedesk.ui.conflict;

import io.statedesk.ui.common.FxDialogService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/** The real dialogs of the main window, with the conflict dialog. */
public final class FxConflictDialogs extends FxDialogService implements ConflictDialogs {

    public FxConflictDialogs(Supplier<Window> owner) {
        super(owner);
    }

    /** @param browser opens a web page in the user's browser */
    public FxConflictDialogs(Supplier<Window> owner, Consumer<String> browser) {
        super(owner, browser);
    }

    @Override
    public ConflictChoice resolveConflict(ConflictViewModel conflict) {
        return new ConflictDialog(conflict, owner()).showAndWait().orElse(ConflictChoice.KEEP_EDITING);
    }
}
