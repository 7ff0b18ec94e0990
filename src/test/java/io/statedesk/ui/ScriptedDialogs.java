package io.statedesk.ui;

import io.statedesk.session.ComponentChoice;
import io.statedesk.session.Remedy;
import io.statedesk.ui.common.UnsavedChoice;
import io.statedesk.ui.conflict.ConflictChoice;
import io.statedesk.ui.conflict.ConflictDialogs;
import io.statedesk.ui.conflict.ConflictViewModel;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers dialogs from a script and remembers what was asked, for view-model tests without a screen. */
public final class ScriptedDialogs implements ConflictDialogs {

    public final Deque<ConflictChoice> conflictAnswers = new ArrayDeque<>();
    public final List<ConflictViewModel> conflictsShown = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public boolean confirmAnswer = true;
    /** Answers to the next confirmations, in order; {@link #confirmAnswer} once they are used up. */
    public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    /** Answers of askText, in order; an empty queue answers "cancelled". */
    public final Deque<String> textAnswers = new ArrayDeque<>();
    public final List<String> textQuestions = new ArrayList<>();
    /** Sign-in codes shown, as "profile code url"; and whether each prompt was closed again. */
    public final List<String> signInCodes = new ArrayList<>();
    public int signInPromptsClosed;
    /** Runs when a sign-in code is shown, with the cancel action: lets a test play the user closing it. */
    public java.util.function.Consumer<Runnable> onSignInCode = cancel -> { };
    /** Runs when a conflict dialog opens, before it is answered: lets a test play a third writer. */
    public Runnable onConflict = () -> { };
    /** Answers of askUnsaved, in order; an empty queue answers Cancel. */
    public final Deque<UnsavedChoice> unsavedAnswers = new ArrayDeque<>();
    public final List<String> unsavedQuestions = new ArrayList<>();
    public final List<String> textsShown = new ArrayList<>();
    /** Problems shown as "title: message [remedies]"; answers in order, an empty queue means closed. */
    public final List<String> problems = new ArrayList<>();
    public final Deque<Remedy> problemAnswers = new ArrayDeque<>();
    /** Files the user "picks" in the save and open choosers, in order; an empty queue means cancelled. */
    public final Deque<Path> filesToSave = new ArrayDeque<>();
    public final Deque<Path> filesToOpen = new ArrayDeque<>();
    /** How often the user was asked to pick one of several components. */
    public int componentChoicesShown;
    /** Titles of confirmations, in order. */
    public final List<String> confirmTitles = new ArrayList<>();

    @Override
    public ConflictChoice resolveConflict(ConflictViewModel conflict) {
        conflictsShown.add(conflict);
        onConflict.run();
        if (conflictAnswers.isEmpty()) {
            throw new AssertionError("Unexpected conflict dialog for " + conflict.key());
        }
        return conflictAnswers.removeFirst();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(message);
        confirmTitles.add(title);
        return confirmAnswers.isEmpty() ? confirmAnswer : confirmAnswers.removeFirst();
    }

    @Override
    public UnsavedChoice askUnsaved(String title, String message) {
        unsavedQuestions.add(message);
        return unsavedAnswers.isEmpty() ? UnsavedChoice.CANCEL : unsavedAnswers.removeFirst();
    }

    @Override
    public void showText(String title, String text) {
        textsShown.add(title + ": " + text);
    }

    @Override
    public Optional<Remedy> showProblem(String title, String message, List<Remedy> remedies) {
        problems.add(title + ": " + message + " " + remedies);
        return Optional.ofNullable(problemAnswers.pollFirst());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName) {
        return Optional.ofNullable(filesToSave.pollFirst());
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title) {
        return Optional.ofNullable(filesToOpen.pollFirst());
    }

    @Override
    public Optional<String> askText(String title, String message, String initialValue, String confirmLabel) {
        textQuestions.add(title + ": " + message);
        return Optional.ofNullable(textAnswers.pollFirst());
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public Optional<Path> chooseComponentFile() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseComponentFolder() {
        return Optional.empty();
    }

    @Override
    public Optional<ComponentChoice> chooseComponent(List<ComponentChoice> choices) {
        componentChoicesShown++;
        return choices.stream().filter(ComponentChoice::usable).findFirst();
    }

    @Override
    public Runnable showSignInCode(String profile, String userCode, String verificationUri,
            String verificationUriComplete, Runnable onCancel) {
        signInCodes.add(profile + " " + userCode + " " + verificationUriComplete);
        onSignInCode.accept(onCancel);
        return () -> signInPromptsClosed++;
    }
}
