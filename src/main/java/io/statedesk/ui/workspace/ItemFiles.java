package io.statedesk.ui.workspace;

import io.statedesk.engine.model.StateItem;
import io.statedesk.session.ErrorText;
import io.statedesk.session.StoreSession;
import io.statedesk.ui.common.DialogService;
import io.statedesk.ui.common.TaskRunner;
import io.statedesk.ui.common.Texts;
import io.statedesk.ui.editor.ValueEditorViewModel;
import io.statedesk.ui.keys.KeyRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;

/** A tab's file actions: export keys as JSON Lines, save a value's bytes to a file, load a value from one. */
final class ItemFiles {

    private final StoreSession session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ValueEditorViewModel editor;
    private final Consumer<String> tell;
    private final Consumer<String> problem;

    ItemFiles(StoreSession session, TaskRunner runner, DialogService dialogs, ValueEditorViewModel editor,
            Consumer<String> tell, Consumer<String> problem) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.editor = editor;
        this.tell = tell;
        this.problem = problem;
    }

    /**
     * Writes the rows as JSON Lines, one item a line, in the command line's export format (import reads it back),
     * to a file the user picks. The file is written beside and moved in place, so a failed write never leaves half.
     */
    void export(List<KeyRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String suggested = session.config().table() + (rows.size() == 1 ? "-" + safeName(rows.get(0).storedKey())
                : "-" + rows.size() + "-keys") + ".jsonl";
        dialogs.chooseFileToSave("Export " + Texts.count(rows.size(), "key") + " as JSON Lines", suggested)
                .ifPresent(file -> {
                    List<String> keys = rows.stream().map(KeyRow::storedKey).toList();
                    runner.run(() -> {
                        // Rows keep no values: each item is read now (a key deleted since is left out).
                        StringBuilder out = new StringBuilder();
                        int count = 0;
                        for (var found : session.store().browseAll(keys)) {
                            if (found.isPresent()) {
                                out.append(ItemJsonText.of(found.get(), true)).append('\n');
                                count++;
                            }
                        }
                        writeWhole(file, out.toString().getBytes(StandardCharsets.UTF_8));
                        return count;
                    }, count -> tell.accept("Exported " + Texts.count(count, "key") + " to " + file
                            + " (statedesk import reads it back)."),
                            failure -> problem.accept("Not exported: " + ErrorText.of(failure)));
                });
    }

    /** Saves the open value's stored bytes, exactly, to a file the user picks. */
    void saveValue() {
        StateItem open = editor.itemProperty().get();
        byte[] bytes = editor.storedBytes().orElse(null);
        if (open == null || bytes == null) {
            return;
        }
        String suggested = safeName(open.key().stateKey()) + (io.statedesk.ui.common.ValueKind.of(bytes,
                open.storage()) == io.statedesk.ui.common.ValueKind.JSON ? ".json" : ".bin");
        dialogs.chooseFileToSave("Save the value of \"" + open.key().stored() + "\"", suggested).ifPresent(file ->
                runner.run(() -> {
                    writeWhole(file, bytes);
                    return bytes.length;
                }, written -> tell.accept("Saved " + Texts.count(written, "byte") + " of \"" + open.key().stored()
                        + "\" to " + file + "."), failure -> problem.accept("Not saved to a file: " + ErrorText.of(failure))));
    }

    /** Puts a file's bytes in the editor as the new value (not written until Save). */
    void loadValue() {
        if (editor.itemProperty().get() == null || !editor.editable()) {
            return;
        }
        dialogs.chooseFileToOpen("Load a value from a file").ifPresent(file -> runner.run(() -> {
            long size = Files.size(file);
            if (size > MAX_VALUE_BYTES) {
                throw new IllegalArgumentException(file + " holds " + Texts.count(size, "byte") + "; a DynamoDB item"
                        + " holds at most 400 KB, key and attributes included.");
            }
            return Files.readAllBytes(file);
        }, bytes -> editor.loadBytes(bytes, file.getFileName().toString()),
                failure -> problem.accept("Not loaded: " + ErrorText.of(failure))));
    }

    private static final long MAX_VALUE_BYTES = 400 * 1024;

    private static void writeWhole(Path file, byte[] bytes) {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.write(partial, bytes);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the first failure is the one to report
            }
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static String safeName(String text) {
        String name = text.replaceAll("[^A-Za-z0-9._-]+", "_");
        return name.isEmpty() ? "value" : name.length() > 80 ? name.substring(0, 80) : name;
    }
}
