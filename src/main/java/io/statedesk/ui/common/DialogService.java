package io.statedesk.ui.common;

import io.statedesk.session.ComponentChoice;
import io.statedesk.session.Remedy;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog goes through here, so that view-model tests answer them without a screen. A feature's own dialogs
 * extend it in the feature's package (the ETag conflict: {@code ui.conflict.ConflictDialogs}): this package knows
 * no feature.
 */
public interface DialogService {

    /**
     * Asks before something that cannot be undone; true only when the user confirmed. The safe answer (Cancel) is
     * the default: Enter or Escape never confirms.
     */
    boolean confirm(String title, String message, String confirmLabel);

    /** Asks what to do with an unsaved edit before leaving it: Save, Discard or Cancel (the default). */
    UnsavedChoice askUnsaved(String title, String message);

    void showError(String title, String message);

    /** Shows a long text in full, selectable, for reading or copying (a message that did not fit its line). */
    void showText(String title, String text);

    /**
     * Shows why a component did not open and offers what can be done about it; empty when the user just closed it.
     */
    Optional<Remedy> showProblem(String title, String message, List<Remedy> remedies);

    /** Asks where to write a file; empty when cancelled. */
    Optional<Path> chooseFileToSave(String title, String suggestedName);

    /** Asks which file to read; empty when cancelled. */
    Optional<Path> chooseFileToOpen(String title);

    /**
     * Asks for one line of text; empty when the user cancelled.
     *
     * @param confirmLabel the button that accepts the text, named for what it does
     */
    Optional<String> askText(String title, String message, String initialValue, String confirmLabel);

    Optional<Path> chooseComponentFile();

    Optional<Path> chooseComponentFolder();

    /** Lets the user pick one of several components found in a file or folder. */
    Optional<ComponentChoice> chooseComponent(List<ComponentChoice> choices);

    /**
     * Shows, without waiting, the code of an SSO sign-in and the page where the user approves it. Returns what
     * closes it once the sign-in is over; {@code onCancel} runs if the user closes it first.
     */
    Runnable showSignInCode(String profile, String userCode, String verificationUri, String verificationUriComplete,
                            Runnable onCancel);
}
